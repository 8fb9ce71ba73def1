package org.isnad.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.morph.Analysis;

/**
 * Act words that tell no act: what a person is charged with or known for ("شاب متهم بعمليات خطف",
 * "أحد مرتكبي جرائم الخطف", {@code isnad:ChargeCue}), and a plan said not to exist ("أنقرة لا تنوي شن عملية
 * عسكرية", "ليس لديها نية لاقتحام المدينة"). Their triggers are dropped, up to the end of the phrase: the
 * arrest of a man accused of kidnapping is an arrest, the killing of one is a killing, and a denied plan is
 * no planned attack.
 */
final class ActsNotTold {

    /** How far a charge or a denied plan reaches: "متهم بالمشاركة في عمليات خطف وسلب". */
    private static final int REACH = 6;
    /** "لا تنوي", "لن تعتزم", "ليس لديها أي نية" (the noun of intention is a plan cue too). */
    private static final Set<String> NEGATIONS = ArabicAnalysis.wordSet("لا", "لن", "ليس", "ليست", "ولا", "ولن", "وليس", "وليست");
    private static final Set<String> BETWEEN = ArabicAnalysis.wordSet("لديه", "لديها", "لديهم", "لدى", "أي", "أية", "توجد", "يوجد", "هناك", "ثمة");

    /** The readings of a speaker's accusation, which a charge word does not have. */
    private static final List<String> SAYING = List.of("ModalityCue", "SpeechVerb", "SpeechParticiple");

    private ActsNotTold() {}

    /**
     * The mentions, without the trigger readings a charge or a denied plan governs; a charge word read as
     * one ("متهماً بعمليات خطف") is no longer read as a speaker's accusation too.
     */
    static List<Mention> filter(String text, List<Token> tokens, List<Mention> ms) {
        Set<Integer> untold = new HashSet<>(), charges = new HashSet<>();
        for (Mention m : ms) {
            if (m.is("ChargeCue") && (!m.entry("ChargeCue").flag("chargeWithBi") || biAfter(tokens, m))) {
                charges.add(m.firstToken());
                markPhrase(text, tokens, m.endToken(), untold);
            }
        }
        for (int t = 0; t < tokens.size(); t++) {
            if (!NEGATIONS.contains(tokens.get(t).term())) continue;
            int plan = deniedPlan(tokens, ms, t);
            if (plan >= 0) markPhrase(text, tokens, plan, untold);
        }
        List<Mention> out = ms;
        for (String saying : SAYING) {
            List<Mention> in = out;
            out = Mention.withoutReadings(in, saying, k -> charges.contains(in.get(k).firstToken()));
        }
        List<Mention> kept = out;
        return untold.isEmpty() ? kept : Mention.withoutReadings(kept, "Trigger", k -> untold.contains(kept.get(k).firstToken()));
    }

    /** Where the words after a negated plan cue start ("لا تنوي شن", "ليس لديه أي نية لاقتحام"), or -1. */
    private static int deniedPlan(List<Token> tokens, List<Mention> ms, int negation) {
        for (int t = negation + 1; t < Math.min(tokens.size(), negation + 4); t++) {
            int at = t;
            boolean planCue = ms.stream().anyMatch(m -> m.firstToken() == at && ModalityReader.modalityOf(m) == Modality.PLANNED
                    && !m.is("SpeechVerb"));
            if (planCue) return t + 1;
            if (!BETWEEN.contains(tokens.get(t).term())) return -1;
        }
        return -1;
    }

    /** Whether the word after the mention carries the preposition ب ("متهم بالخطف", "مدعوماً بالمدفعية"). */
    static boolean biAfter(List<Token> tokens, Mention m) {
        if (m.endToken() >= tokens.size()) return false;
        for (Analysis a : tokens.get(m.endToken()).analyses()) {
            String p = a.proclitics().startsWith("و") ? a.proclitics().substring(1) : a.proclitics();
            if (p.startsWith("ب")) return true;
        }
        return false;
    }

    /** The tokens from {@code from} to a comma, a verb that opens a clause of its own, or {@link #REACH} words. */
    private static void markPhrase(String text, List<Token> tokens, int from, Set<Integer> out) {
        int end = Math.min(tokens.size(), from + REACH);
        for (int t = from; t < end; t++) {
            if (t > from && Token.commaBefore(text, tokens, t)) return;
            Token tok = tokens.get(t);
            if (t > from && !tok.analyses().isEmpty() && tok.analyses().stream().allMatch(Analysis::isVerb)) return;
            out.add(t);
        }
    }
}
