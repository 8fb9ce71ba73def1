package org.isnad.extract;

import java.util.List;
import java.util.Set;
import org.isnad.morph.Analysis;

/**
 * A past verb written like its verbal noun, after its subject: "قال ناشطون إن الطيران المروحي قصف حي المعادي",
 * "وتابع أن التحالف قصف قاعدة للتنظيم", "أن الجيش داهم منزلاً", "وكان الطيران الحربي هاجم …". Reported speech
 * puts the doer first after "إن/أن", and a masculine verb ("قصف", "هاجم", "داهم", "قتل", "خطف", "نفذ") reads
 * as the noun too ("قصف", "هاجِم"), where the feminine ("قصفت") cannot. A word that may be a past verb is
 * the act when it stands
 * <ul>
 *   <li>right after a doer (a named actor, a force or gunmen no list names, aircraft or a weapon) that opens
 *       the clause, or follows an opening word ("إن", "أن", "قد", "كان"), with only the doer's own definite
 *       words or adjectives between ("الطيران الحربي التابع لقوات النظام", "الطيران الحربي والمروحي");</li>
 *   <li>and before its object: a word that is no particle and no verb only.</li>
 * </ul>
 * The noun keeps its place elsewhere: "جراء قصف الطيران" and "استمرار القصف" have no doer before them, and
 * "قصف الطيران المروحي حي المعادي" opens its clause, which tells its act anyway.
 */
final class SubjectFirstVerb {

    /** How many words a doer may take: "الطيران الحربي التابع لقوات النظام السوري". */
    private static final int DOER_WORDS = 6;

    private SubjectFirstVerb() {}

    /** "كان الطيران الحربي شن …": the copulas before the doer that open what it tells, as "أن" does (isnad:OpeningCopula). */
    static Set<String> copulas(Lexicon lexicon) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : lexicon.wordsOf("OpeningCopula", "headWord")) out.addAll(ArabicAnalysis.terms(w));
        return Set.copyOf(out);
    }

    /**
     * Token {@code t}, which may be read as a past verb, is that verb after its doer: the words from the
     * clause's opening up to {@code t} are a doer, and an object follows. {@code copulas}: {@link #copulas}.
     */
    static boolean afterDoer(List<Token> tokens, List<Mention> ms, Clause cl, Set<String> openers, Set<String> copulas, int t) {
        // "طائرات روسية تقصف محيط جسر الشغور": a word that may be present ("تقصّف" is also a past) is the headline's present
        if (tokens.get(t).hasVerbReading(Analysis.Tense.PRESENT)) return false;
        if (t + 1 >= cl.to() || !objectAt(tokens.get(t + 1)) || !actWord(ms, t)) return false;
        for (int s = t - 1; s >= Math.max(cl.from(), t - DOER_WORDS); s--) {
            Token w = tokens.get(s);
            boolean opening = s == cl.from() || openers.contains(tokens.get(s - 1).term())
                    || copulas.contains(tokens.get(s - 1).term());
            if (opening && doerAt(ms, s)) return doerWords(tokens, ms, s, t);
            if (w.hasVerbReading(Analysis.Tense.PAST) && !inDoer(ms, s)) return false;
        }
        return false;
    }

    /** An act's word starts at {@code t}: "البراميل المتفجرة خبز يومي" (bread, or baked) tells nothing. */
    private static boolean actWord(List<Mention> ms, int t) {
        for (Mention m : ms) if (m.firstToken() == t && (m.is("Trigger") || m.is("ActionVerb"))) return true;
        return false;
    }

    /** Every word from {@code s} to {@code t} is a doer's, or a definite word that describes it. */
    private static boolean doerWords(List<Token> tokens, List<Mention> ms, int s, int t) {
        for (int k = s; k < t; k++) {
            if (inDoer(ms, k)) continue;
            Token w = tokens.get(k);
            // "الحربي", "والمروحي", "التابع": the doer's adjectives; "للنظام" after "التابع"; "مسلحاً مجهولاً"
            boolean describes = !w.analyses().isEmpty() && w.analyses().stream().noneMatch(Analysis::isVerb)
                    && w.analyses().stream().anyMatch(a -> a.isNominal() && (a.definite() || a.wordClass() == Analysis.WordClass.ADJECTIVE));
            if (!describes) return false;
        }
        return true;
    }

    /** A doer mention starts at or covers token {@code k}. */
    private static boolean inDoer(List<Mention> ms, int k) {
        for (Mention m : ms) if (m.firstToken() <= k && k < m.endToken() && doer(m)) return true;
        return false;
    }

    private static boolean doerAt(List<Mention> ms, int s) {
        for (Mention m : ms) if (m.firstToken() == s && doer(m)) return true;
        return false;
    }

    /**
     * Who can act: a named actor, a group or force no list names ("مسلحون", "قوات الأمن"), a plane, or a
     * weapon noun of aircraft, drones or guns (isnad:weaponRank: "الطيران الحربي", "المروحيات").
     */
    private static boolean doer(Mention m) {
        if (m.is("Actor") || m.is("ActorNoun") || m.is("AircraftWord")) return true;
        Entry trigger = m.entry("Trigger");
        return trigger != null && !m.is("ActionVerb") && trigger.intProp("weaponRank", 0) > 0;
    }

    /** What follows the verb may be its object: not a particle ("على", "في") and not a word that is only a verb. */
    private static boolean objectAt(Token w) {
        if (w.analyses().isEmpty()) return true;     // a name or a number: "قصف 3 مواقع"
        boolean nominal = false;
        for (Analysis a : w.analyses()) if (a.isNominal() || a.wordClass() == Analysis.WordClass.PROPER_NOUN) nominal = true;
        return nominal;
    }
}
