package org.isnad.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * The span a month or period read by {@link DateParser} stands for: "منتصف آب" (the 11th to the 20th),
 * "مطلع العام الجاري", "هذا الأسبوع", "في 12 من الشهر الجاري", a Hijri day; and the small span makers the
 * parser shares. Moved out of DateParser (behaviour unchanged) to keep it under the source-shape bound.
 */
final class PeriodSpans {

    private PeriodSpans() {}

    /** The span a month or period read by {@link DateParser} (its monthOrPeriod) stands for, or null for none. */
    static TimeSpan spanOf(LocalDate pub, Integer hijriMonth, boolean unresolvedYear, Integer day, Integer month,
                          String unit, String part, Integer qualifier, Integer year) {
        if (hijriMonth != null) {
            // a Hijri date stands on its own only with day and year; anything less is not resolved
            return day == null || year == null ? null : hijri(year, hijriMonth, day);
        }
        if (unresolvedYear) return unresolved();
        if (month != null) return monthSpan(pub, day, month, part, qualifier, year);
        if (day != null) return dayOfMonth(pub, day, qualifier);
        return unitSpan(pub, unit, part, qualifier, year);
    }

    private static TimeSpan monthSpan(LocalDate pub, Integer day, int month, String part, Integer q, Integer year) {
        if (month < 1 || month > 12) return TimeSpan.NONE;
        int y;
        if (year != null) y = year;
        else if (pub == null) return unresolved();
        else if (q == null) y = month <= pub.getMonthValue() ? pub.getYear() : pub.getYear() - 1;
        else if (q == 0) y = pub.getYear();
        else if (q < 0) y = month < pub.getMonthValue() || month == pub.getMonthValue() && day != null && day < pub.getDayOfMonth()
                ? pub.getYear() : pub.getYear() - 1;   // "يوم 23 نيسان الفائت" on 30 April: this April's 23rd, the last passed
        else y = month > pub.getMonthValue() ? pub.getYear() : pub.getYear() + 1;
        YearMonth ym = YearMonth.of(y, month);
        if (day != null) {
            if (day < 1 || day > ym.lengthOfMonth()) return unresolved();
            return day(ym.atDay(day));
        }
        return partOfMonth(ym, part);
    }

    /** That day of the month the qualifier names, counted from the publication date. */
    private static TimeSpan dayOfMonth(LocalDate pub, int day, Integer q) {
        if (pub == null || q == null) return unresolved();
        YearMonth ym = YearMonth.from(pub).plusMonths(q);
        return day < 1 || day > ym.lengthOfMonth() ? unresolved() : day(ym.atDay(day));
    }

    private static TimeSpan hijri(int year, int month, int day) {
        try {
            return day(LocalDate.from(java.time.chrono.HijrahDate.of(year, month, day)));
        } catch (java.time.DateTimeException e) {
            return unresolved();    // outside the Umm al-Qura tables, or no such day
        }
    }

    private static TimeSpan unitSpan(LocalDate pub, String unit, String part, Integer q, Integer year) {
        if ("year".equals(unit)) {
            int y;
            if (year != null) y = year;
            else if (pub == null || q == null) return unresolved();
            else y = pub.getYear() + q;
            return partOfYear(y, part);
        }
        if ("month".equals(unit)) {
            if (pub == null || q == null) return unresolved();
            return partOfMonth(YearMonth.from(pub).plusMonths(q), part);
        }
        if ("week".equals(unit) && pub != null && q != null && part == null) {
            LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(q);
            LocalDate sunday = monday.plusDays(6);
            return span(monday, sunday.isAfter(pub) && q == 0 ? pub : sunday, "Week");
        }
        return unresolved();
    }

    private static TimeSpan partOfMonth(YearMonth ym, String part) {
        if (part == null) return span(ym.atDay(1), ym.atEndOfMonth(), "Month");
        return switch (part) {
            case "early" -> span(ym.atDay(1), ym.atDay(10), "EarlyMonth");
            case "mid" -> span(ym.atDay(11), ym.atDay(20), "MidMonth");
            default -> span(ym.atDay(21), ym.atEndOfMonth(), "LateMonth");
        };
    }

    private static TimeSpan partOfYear(int y, String part) {
        if (part == null) return span(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), "Year");
        return switch (part) {
            case "early" -> span(LocalDate.of(y, 1, 1), YearMonth.of(y, 2).atEndOfMonth(), "EarlyYear");
            case "mid" -> span(LocalDate.of(y, 5, 1), LocalDate.of(y, 8, 31), "MidYear");
            default -> span(LocalDate.of(y, 11, 1), LocalDate.of(y, 12, 31), "LateYear");
        };
    }

    static TimeSpan day(LocalDate d) {
        return d == null ? unresolved() : TimeSpan.day(d);
    }

    static TimeSpan span(LocalDate a, LocalDate b, String precision) {
        return new TimeSpan(null, a, b, precision, null, null);
    }

    static TimeSpan unresolved() {
        return new TimeSpan(null, null, null, "Unresolved", null, null);
    }
}
