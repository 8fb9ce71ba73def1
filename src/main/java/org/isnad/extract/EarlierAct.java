package org.isnad.extract;

import java.util.List;
import org.isnad.extract.DateParser.DateExpr;

/**
 * "وأضاف المراسل أن مدنياً قُتل متأثراً بجراحه التي أصيب بها نتيجة قصف مدفعي سابق على بلدة …": an event noun
 * with "سابق" after it (isnad:EarlierActCue) names an act earlier than the one reported, on a day the text
 * does not give. It takes neither the date of its sentence ("… جراء قصف سابق وعنصر … جراء قصف الفصائل يوم
 * أمس") nor that of the events told before it; only a date told right after it is its own.
 */
final class EarlierAct {
    private EarlierAct() {}

    // the cue follows the noun, or one adjective of it ("قصف مدفعي سابق")
    private static final int GAP = 1;

    /** The clause's act of class {@code eventClass} is named as an earlier one, with no date of its own. */
    static boolean told(MatchedSentence s, Clause cl, String eventClass) {
        List<Mention> ms = s.mentions();
        for (int k = 0; k < ms.size(); k++) {
            Mention t = ms.get(k);
            if (!cl.holds(t) || !t.is("Trigger") || !eventClass.equals(t.entry("Trigger").prop("indicates"))) continue;
            Mention cue = k + 1 < ms.size() ? ms.get(k + 1) : null;
            if (cue == null || !cue.is("EarlierActCue") || !cl.holds(cue) || cue.firstToken() - t.endToken() > GAP) continue;
            if (!ownDateAfter(s, ms, k + 1, cue)) return true;
        }
        return false;
    }

    /** A date between the cue and the next act named ("قصف سابق يوم الجمعة"). */
    private static boolean ownDateAfter(MatchedSentence s, List<Mention> ms, int from, Mention cue) {
        int until = s.tokens().size();
        for (int k = from; k < ms.size(); k++) {
            if (ms.get(k).is("Trigger")) { until = ms.get(k).firstToken(); break; }
        }
        for (DateExpr d : s.dates()) if (d.firstToken() >= cue.endToken() && d.firstToken() < until && !d.vague()) return true;
        return false;
    }
}
