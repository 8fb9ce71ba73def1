package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;
import org.isnad.extract.DateParser.DateExpr;

/**
 * "أفاد المرصد السوري، اليوم الأحد، بمقتل شاب برصاص مجهولين في مدينة داعل أمس": a date set off by commas
 * after a verb of saying, before any act is told, is the day of the report. When what is reported names a day
 * of its own after it, that day dates the act, and the day of the report is no date of the sentence. (With
 * "أن"/"إن" what is reported is known to start later; "أفاد … بمقتل" has no such word.) A day told after
 * another act ("بمقتل شاب، بعد اعتقاله أمس") dates that act, and the day of the report stays the first's.
 *
 * <p>Wire and local leads often write the day of the report twice, as the day counted from it and as the date:
 * "أعلن المرصد، اليوم الخميس 8 شباط، مقتل …", "وأفاد المراسل اليوم، السبت 27 آب، أن …"; the parser reads two
 * expressions side by side, which are one day of the report all the same.
 */
final class DayOfTheReport {
    private DayOfTheReport() {}

    static List<DateExpr> filter(String text, List<Token> tokens, List<Mention> ms, List<DateExpr> dates) {
        if (dates.size() < 2) return dates;
        for (int i = 0; i < dates.size(); i++) {
            DateExpr d = dates.get(i);
            int last = sameDayRun(dates, i);
            if (!ofTheReport(text, tokens, ms, d, dates.get(last).endToken())) continue;
            int act = firstActAfter(ms, dates.get(last).endToken());
            for (DateExpr later : dates.subList(last + 1, dates.size())) {
                if (act >= 0 && later.firstToken() > act && namesADay(later) && !otherActBetween(text, tokens, ms, act, later.firstToken())) {
                    List<DateExpr> out = new ArrayList<>(dates);
                    out.subList(i, last + 1).clear();
                    return out;
                }
            }
            return dates;
        }
        return dates;
    }

    /**
     * The last of the expressions from {@code i} on that follow each other with nothing between them but a comma
     * and name the same day ("اليوم السبت" and "12 شباط 2022"); {@code i} itself when none does.
     */
    private static int sameDayRun(List<DateExpr> dates, int i) {
        int last = i;
        while (last + 1 < dates.size() && dates.get(last + 1).firstToken() == dates.get(last).endToken()
                && namesADay(dates.get(last)) && namesADay(dates.get(last + 1))
                && dates.get(last + 1).span().start().equals(dates.get(last).span().start())) last++;
        return last;
    }

    /** "، اليوم الأحد،" right after a verb of saying (and its speaker), with no act told before it. */
    private static boolean ofTheReport(String text, List<Token> tokens, List<Mention> ms, DateExpr d, int end) {
        if (!namesADay(d) || d.firstToken() == 0 || end >= tokens.size()) return false;
        if (!Token.commaBefore(text, tokens, d.firstToken()) || !Token.commaBefore(text, tokens, end)) return false;
        boolean said = false;
        for (Mention m : ms) {
            if (m.firstToken() >= d.firstToken()) break;
            if (m.is("Trigger")) return false;
            if (m.is("SpeechVerb")) said = true;
        }
        return said;
    }

    private static int firstActAfter(List<Mention> ms, int from) {
        for (Mention m : ms) if (m.firstToken() >= from && m.is("Trigger")) return m.firstToken();
        return -1;
    }

    /**
     * "بمقتل شاب …، بعد اعتقاله أمس": a day told after a comma and another act dates that one, not the first
     * ("بمقتل مدني برصاص مجهولين … أمس": the weapon's word is no other act).
     */
    private static boolean otherActBetween(String text, List<Token> tokens, List<Mention> ms, int act, int to) {
        for (int t = act + 1; t < to; t++) {
            if (!Token.commaBefore(text, tokens, t)) continue;
            for (Mention m : ms) if (m.firstToken() >= t && m.firstToken() < to && m.is("Trigger")) return true;
        }
        return false;
    }

    /** An explicit time, not a vague word, an anaphor or a time counted from another act. */
    private static boolean namesADay(DateExpr d) {
        return !d.vague() && !d.elapsed() && d.span().relation() == null && d.span().start() != null;
    }
}
