package org.isnad.extract;

import java.util.List;
import java.util.Set;

/**
 * "وتشهد مدينة درعا اشتباكات بين الفصائل ومسلحين", "وتشهد مناطق الريف استنفاراً أمنياً كبيراً للقوات": the
 * present "تشهد" that opens its clause before an indefinite act's noun tells what goes on as the report is
 * written, an act of the report's time, as the analysts code it. Not when the clause says it is habitual or
 * long-standing ("متكررة", "بين الحين والآخر", "شبه يومي", "ارتفاعاً في"), counts instances of a kind
 * ("وتشهد المحافظة عمليات اغتيال تطال …"), or runs "منذ" a time (read as a period by the date reader, or
 * background when it is no date: "منذ سيطرة النظام عليها").
 */
final class WitnessedNow {

    /** Cues, anywhere in the clause, that make it what usually or long goes on: "متكررة", "غالباً ما", "اشتباكات متقطعة". */
    private static final Set<String> USUAL = Set.of("HabitualCue", "SeriesCue", "TrendCue", "ContinuationCue", "IntermittentCue");

    /** Cues before the act that turn it away from one that goes on: "قد تشهد", "يُتوقع أن تشهد". */
    private static final Set<String> NOT_DONE = Set.of("ModalityCue", "IrrealisCue");

    /**
     * How far past the act's noun a "منذ" still dates it ("تشهد البلدة اشتباكات متقطعة منذ سنوات"); one
     * further on belongs to another noun ("بعد انقضاء المهلة التي أعلنتها الفصائل منذ يومين").
     */
    private static final int SINCE_REACH = 4;

    /** Nouns that count instances of a kind, a class of acts rather than the one going on: "عمليات اغتيال". */
    private static final Set<String> INSTANCES = ArabicAnalysis.wordSet("عمليات", "حوادث", "حالات");

    private static final Set<String> SINCE = ArabicAnalysis.wordSet("منذ", "ومنذ");

    private WitnessedNow() {}

    static boolean told(List<Token> tokens, List<Mention> ms, Clause cl) {
        Mention cue = null;
        for (Mention m : ms) {
            if (m.firstToken() == cl.from() && m.is("ContinuationCue") && m.entry("ContinuationCue") != null
                    && m.entry("ContinuationCue").flag("toldNow")) cue = m;
        }
        if (cue == null) return false;
        Mention act = null;
        for (Mention m : ms) {
            if (cl.holds(m) && m != cue && m.is("Trigger") && m.firstToken() >= cue.endToken()) { act = m; break; }
        }
        if (act == null || act.definite() || act.is("ActionVerb")) return false;
        for (Mention m : ms) {
            if (!cl.holds(m) || m == cue) continue;
            for (String type : USUAL) if (m.is(type)) return false;
            // "وتشهد المنطقة … استنفاراً، وسط أنباء عن محاولة اعتقال": a plan or an attempt after the act is its own
            if (m.firstToken() < act.firstToken()) for (String type : NOT_DONE) if (m.is(type)) return false;
        }
        for (int t = cl.from(); t < Math.min(cl.to(), act.endToken() + SINCE_REACH); t++) {
            String w = tokens.get(t).term();
            if (SINCE.contains(w)) return false;
            if (t >= cue.endToken() && t <= act.firstToken() && INSTANCES.contains(w)) return false;
        }
        return true;
    }

    /** Whether a date at that token is the act's own: before its noun, or within {@value #SINCE_REACH} words after it. */
    static boolean dates(int dateToken, int actToken) {
        return dateToken <= actToken + SINCE_REACH;
    }

    /** The day of the report, when it has one: what goes on is told as of that day. */
    static TimeSpan reportDay(java.time.LocalDate published) {
        return published == null ? TimeSpan.NONE : TimeSpan.day(published);
    }
}
