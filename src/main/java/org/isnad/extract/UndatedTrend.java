package org.isnad.extract;

import java.util.List;
import org.isnad.extract.DateParser.DateExpr;

/**
 * "وتشهد مناطق الريف تصاعداً في عمليات الاغتيال", "وكانت مدينة طفس قد شهدت خلال الأشهر الماضية اشتباكات":
 * a trend, or acts told by their noun over months gone by, with no date of its own is background, no act
 * of the report (with a date of its own it is an aggregate of that period). A cue marked
 * isnad:withActNoun leaves an act told by its own verb alone ("حوّلت الميليشيا المبنى خلال الأسابيع الماضية
 * إلى مقر عسكري" is one act), and the cue's own words are no date of the clause ("في الآونة الأخيرة").
 */
final class UndatedTrend {

    private UndatedTrend() {}

    static boolean background(List<Mention> ms, List<DateExpr> dates, Clause cl) {
        for (Mention m : ms) {
            if (!cl.holds(m) || !m.is("TrendCue")) continue;
            boolean withNoun = m.entry("TrendCue").flag("withActNoun");
            if (withNoun && !toldByNoun(ms, cl)) continue;
            if (!datedApart(dates, cl, withNoun ? m : null)) return true;
        }
        return false;
    }

    /** A date in the clause, other than the cue's own words. */
    private static boolean datedApart(List<DateExpr> dates, Clause cl, Mention cue) {
        return dates.stream().anyMatch(d -> d.firstToken() >= cl.from() && d.firstToken() < cl.to()
                && (cue == null || d.endToken() <= cue.firstToken() || d.firstToken() >= cue.endToken()));
    }

    /** "شهدت … اشتباكات", "شنت … غارات": an act's noun stands in the clause. */
    private static boolean toldByNoun(List<Mention> ms, Clause cl) {
        return ms.stream().anyMatch(m -> cl.holds(m) && m.is("Trigger") && !m.is("ActionVerb"));
    }
}
