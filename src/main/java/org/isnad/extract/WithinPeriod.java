package org.isnad.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * A time word followed by the period it lies in ("من الشهر الجاري", "الأسبوع الماضي"): the period bounds the
 * time the word alone leaves open.
 * <ul>
 * <li>"وفي وقت سابق من الشهر الجاري، قال مصدر إن انفجاراً هز المدينة": earlier in the current month (or year,
 * or week) is a day from the period's start up to the report, not a time of no day at all.</li>
 * <li>"خرجت مظاهرات بعد صلاة الجمعة الأسبوع الماضي": the Friday of the week before the report's, not the last
 * Friday (on a Saturday page that is yesterday, in the report's own week). Weeks run Monday to Sunday, as
 * {@link PeriodSpans} reads "الأسبوع الماضي" alone.</li>
 * </ul>
 */
final class WithinPeriod {
    private WithinPeriod() {}

    private static final String MIN = ArabicAnalysis.terms("من").get(0);

    /** The period after a time word: its unit, the offset of its qualifier, and the index of its last mention. */
    record Period(String unit, int offset, int lastMention) {}

    /** What the period after a time word bounds: "earlier in" it, or the weekday in it; null fields when none. */
    record Bounds(Period period, TimeSpan earlier, LocalDate weekday) {}

    static final Bounds NONE = new Bounds(null, null, null);

    /**
     * The bounds of mention {@code k}, read once for the parser's branches: a time word that names no count of
     * days ("في وقت سابق") with the current period after it, or a weekday with the week it lies in.
     */
    static Bounds of(List<Token> tokens, List<Mention> ms, int k, LocalDate published) {
        Mention m = ms.get(k);
        boolean vague = m.is("VagueTime") && m.entry("VagueTime").intProp("days", 0) == 0;
        if (!vague && !m.is("Weekday")) return NONE;
        Period p = after(tokens, ms, k);
        return new Bounds(p, vague ? earlierIn(p, published) : null,
                m.is("Weekday") ? weekdayIn(p, m.entry("Weekday").intProp("dayOfWeek", 0), published) : null);
    }

    /**
     * The period that follows the mention {@code k}, right after it or after "من": a unit and its qualifier
     * ("الشهر الجاري", "الأسبوع الماضي") or the demonstrative before the unit ("هذا الشهر"); else null.
     */
    static Period after(List<Token> tokens, List<Mention> ms, int k) {
        int t = ms.get(k).endToken();
        if (t < tokens.size() && tokens.get(t).term().equals(MIN)) t++;
        for (int j = k + 1; j + 1 < ms.size() && ms.get(j).firstToken() <= t; j++) {
            Mention a = ms.get(j), b = ms.get(j + 1);
            if (a.firstToken() != t || b.firstToken() != a.endToken()) continue;
            if (a.is("PeriodUnit") && b.is("PeriodQualifier") && !b.entry("PeriodQualifier").flag("beforeUnit")) {
                return new Period(a.entry("PeriodUnit").prop("unit"), b.entry("PeriodQualifier").intProp("periodOffset", 0), j + 1);
            }
            if (a.is("PeriodQualifier") && a.entry("PeriodQualifier").flag("beforeUnit") && b.is("PeriodUnit")) {
                return new Period(b.entry("PeriodUnit").prop("unit"), a.entry("PeriodQualifier").intProp("periodOffset", 0), j + 1);
            }
        }
        return null;
    }

    /**
     * "في وقت سابق من الشهر الجاري": from the start of the report's month (year, week) to the report's day;
     * null when no current period follows or the page has no date.
     */
    static TimeSpan earlierIn(Period p, LocalDate published) {
        if (p == null || p.offset() != 0 || published == null || p.unit() == null) return null;
        return switch (p.unit()) {
            case "month" -> PeriodSpans.span(published.withDayOfMonth(1), published, "Month");
            case "year" -> PeriodSpans.span(published.withDayOfYear(1), published, "Year");
            case "week" -> PeriodSpans.span(published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), published, "Week");
            default -> null;
        };
    }

    /**
     * "الجمعة الأسبوع الماضي", "يوم الأحد من الأسبوع الجاري": the weekday {@code dow} in the week the period names
     * (the current one or one before it), or null when the period is no such week or the page has no date.
     */
    static LocalDate weekdayIn(Period p, int dow, LocalDate published) {
        if (p == null || !"week".equals(p.unit()) || p.offset() > 0 || published == null || dow < 1 || dow > 7) return null;
        LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(p.offset());
        LocalDate d = monday.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(dow)));
        return d.isAfter(published) ? null : d;
    }
}
