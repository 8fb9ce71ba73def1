package org.isnad.extract;

import java.util.List;
import org.isnad.extract.DateParser.DateExpr;

/**
 * "ويأتي الاستهداف بعد يوم من قصف مسيّرة تركية …", "وجاءت الاشتباكات بعد يومين من اغتيال …": an "after" word,
 * the time elapsed (isnad:ElapsedTime, counted or not) and "من" or "على" before an event noun. The event named
 * next happened that long before the one the sentence speaks of, so it is dated back from that one.
 */
final class ElapsedTime {
    private ElapsedTime() {}

    /** "من" and "على" as the text's words are normalised ("على" is written with a final ya). */
    private static final String FROM = ArabicAnalysis.terms("من").get(0), ON = ArabicAnalysis.terms("على").get(0);

    /** The expression that starts at the cue {@code ms.get(k)}, or null when none does. */
    static DateExpr read(String text, List<Token> tokens, List<Mention> ms, int k) {
        Mention cue = ms.get(k);
        int t = cue.endToken();
        Integer count = null;
        Mention unit = at(ms, t, "ElapsedTime");
        if (unit == null && t < tokens.size()) {
            // "بعد ثلاثة أيام من", "بعد 3 أيام من"
            Mention number = at(ms, t, "NumberWord");
            if (number != null) { count = number.entry("NumberWord").intProp("value", 0); t = number.endToken(); }
            else if (tokens.get(t).isNumber()) { count = parseCount(tokens.get(t).term()); t++; }
            unit = count == null ? null : at(ms, t, "ElapsedTime");
        }
        if (unit == null) return null;
        Entry e = unit.entry("ElapsedTime");
        // "ويأتي الهجوم بعد أيام من مواجهات شهدتها المدينة": days with no number are some days, up to
        // isnad:someDays, which ones the text does not say
        boolean some = e.flag("counted") && count == null && e.intProp("someDays", 0) > 0;
        int days = some ? e.intProp("someDays", 0)
                : e.flag("counted") ? (count == null ? -1 : count * e.intProp("days", 1)) : e.intProp("days", -1);
        if (days < 0) return null;
        t = unit.endToken();
        if (t >= tokens.size() || !(tokens.get(t).term().equals(FROM) || tokens.get(t).term().equals(ON))) return null;
        // the event noun follows at once: "بعد يوم من استهداف …", "بعد يومين من مقتل ثلاثة مدنيين بقصف …", "بعد
        // يومين على مجزرة أخرى …" (isnad:IncidentNoun), not "بعد يوم من الهدوء"
        Mention noun = at(ms, t + 1, "Trigger"), incident = at(ms, t + 1, "IncidentNoun");
        if (noun == null && at(ms, t + 1, "CasualtyCue") == null && incident == null) return null;
        // "بعد ساعات من الحادثة", "بعد أيام من الاشتباكات العنيفة": the incident already told, or what went on
        // for days, is no earlier act to date; "مجزرة أخرى", "مواجهات دامية" are
        if (noun == null && incident != null && incident.definite() || some && noun != null && noun.definite()) return null;
        int start = tokens.get(cue.firstToken()).start(), end = tokens.get(t).end();
        TimeSpan span = new TimeSpan(text.substring(start, end), null, null, "Unresolved", null, null);
        return new DateExpr(cue.firstToken(), t + 1, start, end, span, days, some);
    }

    /**
     * The time {@code d} names, counted back from {@code from} (the event the sentence speaks of); for some days
     * ("بعد أيام من"), the days up to the day before it, as a presumption (isnad:UpToReport): no day is told.
     */
    static TimeSpan before(DateExpr d, TimeSpan from) {
        if (!from.resolved() || !"Day".equals(from.precision())) return new TimeSpan(d.span().text(), null, null, "Unresolved", null, null);
        if (d.someDays()) {
            return new TimeSpan(d.span().text(), from.start().minusDays(d.daysBefore()), from.start().minusDays(1), "UpToReport", null, null);
        }
        return new TimeSpan(d.span().text(), from.start().minusDays(d.daysBefore()), from.end().minusDays(d.daysBefore()),
                "Day", null, null);
    }

    private static Mention at(List<Mention> ms, int token, String type) {
        for (Mention m : ms) if (m.firstToken() == token && m.is(type)) return m;
        return null;
    }

    private static Integer parseCount(String digits) {
        try { return Integer.valueOf(digits); } catch (NumberFormatException e) { return null; }
    }
}
