package org.isnad.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.isnad.extract.DateParser.DateExpr;

/**
 * A clause with no verb that tells an act by its verbal noun, as wire copy and headline-like sentences do:
 * "مقتل شرطي بهجوم مسلح في مدينة …", "إصابة ثلاثة مدنيين بانفجار لغم في بلدة …", "تظاهرة حاشدة في ساحة …".
 * The noun stands at the clause's head, indefinite, and carries what only a real act has: a toll, a means, a
 * place or a date. What is background, a habit, a plan, a call, a threat or an anniversary tells none.
 */
final class NominalAct {

    /** "في ذكرى تفجير …", "أحيا الأهالي الذكرى السنوية لمجزرة …": the act is remembered, not told. */
    private static final Pattern ANNIVERSARY = Pattern.compile("^[وف]?([بل]|لل|بال|وال)?(ال)?ذكر[يى]$|^[وف]?(بمناسبه|مناسبه)$");

    /**
     * Cues that turn a clause away from one act that took place. Not an irrealis cue: after the head it
     * governs only what follows ("تظاهرة حاشدة في ساحة البلدة للمطالبة بالإفراج عن …": the release is wanted,
     * the protest took place).
     */
    private static final Set<String> NOT_AN_ACT = Set.of("ModalityCue", "ContinuationCue", "HabitualCue",
            "TrendCue");

    /** What an act that took place carries beside its noun. */
    private static final Set<String> DETAILS = Set.of("Trigger", "CasualtyCue", "NumberWord", "PersonNoun", "PlaceNoun",
            "ActorNoun");

    /**
     * Words of background and of what is to come: "اشتباكات متقطعة منذ سنوات" goes on, "مظاهرة مرتقبة يوم
     * الجمعة المقبل" is yet to happen; a verb would tell these by its tense, a verbless clause only by them.
     */
    private static final Pattern BACKGROUND_OR_FUTURE = Pattern.compile("^[وف]?(منذ|(ال)?(مرتقب|مقبل|قادم|مزمع|مرتقبه|مقبله|قادمه|مزمعه))$");

    private NominalAct() {}

    /** True when the clause opens on an indefinite act noun with a detail, and nothing in it turns it away. */
    static boolean heads(List<Token> tokens, List<Mention> ms, List<DateExpr> dates, Clause cl) {
        if (cl.from() >= cl.to()) return false;
        Mention head = null;
        for (Mention m : ms) {
            if (m.firstToken() == cl.from() && (m.is("Trigger") || m.is("CasualtyCue"))) head = m;
        }
        boolean counted = false;
        if (head == null) { head = protestersCounted(tokens, ms, cl); counted = head != null; }
        if (head == null || (head.definite() && !counted) || head.is("ActionVerb") || !nounOnly(tokens.get(cl.from()))) return false;
        boolean detail = dates.stream().anyMatch(d -> d.firstToken() >= cl.from() && d.firstToken() < cl.to());
        for (Mention m : ms) {
            if (!cl.holds(m)) continue;
            for (String type : NOT_AN_ACT) if (m.is(type)) return false;
            if (m != head && (m.entry("Place") != null || DETAILS.stream().anyMatch(m::is))) detail = true;
        }
        for (int t = cl.from(); t < cl.to(); t++) {
            String w = tokens.get(t).term();
            if (counted && WHERE_A_CROWD_STANDS.contains(w)) detail = true;     // "مئات المعتصمين أمام مقر …"
            if (ANNIVERSARY.matcher(w).matches() || BACKGROUND_OR_FUTURE.matcher(w).matches()) return false;
        }
        return detail;
    }

    /**
     * "مئات المتظاهرين أمام مقر الحكومة …", "آلاف المحتجين في ساحة …": a wire head counts the crowd and says
     * where it stands, with no verb; the protesters' word after the count is the head (definite, as the second
     * noun of the count). Only a protest's word: a count of the dead is a toll, read elsewhere.
     */
    private static Mention protestersCounted(List<Token> tokens, List<Mention> ms, Clause cl) {
        if (cl.from() + 1 >= cl.to() || !CROWD_COUNTS.contains(tokens.get(cl.from()).term())) return null;
        for (Mention m : ms) {
            Entry t = m.entry("Trigger");
            if (m.firstToken() == cl.from() + 1 && t != null && PROTEST.equals(t.prop("indicates"))) return m;
        }
        return null;
    }

    private static final Set<String> CROWD_COUNTS = ArabicAnalysis.wordSet("عشرات", "مئات", "آلاف", "ألوف");
    /** Where a counted crowd is said to stand: the place after it may be one no gazetteer knows. */
    private static final Set<String> WHERE_A_CROWD_STANDS = ArabicAnalysis.wordSet("أمام", "قرب", "داخل", "وسط", "في", "بالقرب");
    private static final String PROTEST = org.isnad.vocab.Vocab.ISNAD + "PeacefulProtest";

    /** "مقتل", "تظاهرة": the word has no verb reading, so no verb governs it ("قتل" may be the verb). */
    private static boolean nounOnly(Token t) {
        return t.analyses().stream().noneMatch(a -> a.isVerb());
    }
}
