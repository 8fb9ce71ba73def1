package org.isnad.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * A day named from the day of the report ("أمس", "فجر اليوم السبت"), and two such days told together as one
 * time: "قصفت المدفعية، فجر اليوم السبت، ومساء أمس الجمعة، …" is the evening of Friday and the dawn of Saturday,
 * "بعد حادثتين مماثلتين خلال يوم أمس الثلاثاء وأول أمس الإثنين" one of the two days: analysts code both days
 * as the range (the second day, joined by "و", is no date of another act).
 */
final class RelativeDays {
    private RelativeDays() {}

    /**
     * The days read from a mention on: the first and last day (equal for one day; null when unknown), the end
     * token and the last mention read.
     */
    record Read(LocalDate day, LocalDate lastDay, int firstToken, int endToken, int lastMention, boolean night) {
        Read(LocalDate day, LocalDate lastDay, int firstToken, int endToken, int lastMention) {
            this(day, lastDay, firstToken, endToken, lastMention, false);
        }

        boolean twoDays() { return day != null && !day.equals(lastDay); }
    }

    // two days told together lie at most this far apart ("اليوم وأول أمس")
    private static final int MAX_APART = 2;

    /**
     * The relative day at mention {@code k}, with a weekday right after it ("أمس الثلاثاء"), joined to an earlier
     * one that follows it with "و" ("، ومساء أمس الجمعة"): the span of both days; else the day alone.
     */
    static Read read(List<Token> tokens, List<Mention> ms, int k, LocalDate published) {
        Read one = day(ms, k, published);
        Read late = smallHoursAfter(tokens, ms, one, published);
        if (late != null) return late;
        Read night = nightAfter(tokens, ms, one, published);
        if (night != null) return night;
        int j = one.lastMention() + 1;
        if (j >= ms.size() || one.day() == null) return one;
        Mention n = ms.get(j);
        if (n.firstToken() != one.endToken() || !n.is("RelativeDay") || !tokens.get(n.firstToken()).term().startsWith("و")) return one;
        Read two = day(ms, j, published);
        // told back in time, the second day widens the first; told forward ("أمس، واليوم أفرجت عنه") it may
        // open a clause of its own, with an act of that day
        if (two.day() == null || !two.day().isBefore(one.day()) || two.day().isBefore(one.day().minusDays(MAX_APART))) return one;
        return new Read(two.day(), one.day(), one.firstToken(), two.endToken(), two.lastMention());
    }

    /**
     * "ليلة أمس الاثنين - الثلاثاء", "ليل أمس الأحد والاثنين": the day named with its weekday and the next day
     * named right after it are one night over both (as "ليل الجمعة - السبت" without "أمس"); null otherwise.
     */
    private static Read nightAfter(List<Token> tokens, List<Mention> ms, Read one, LocalDate published) {
        int w = one.lastMention();
        if (one.day() == null || !ms.get(w).is("Weekday")) return null;
        int end = DateParser.nextDayNamed(tokens, ms, w, ms.get(w).entry("Weekday").intProp("dayOfWeek", 0));
        LocalDate last = one.day().plusDays(1);
        if (end < 0 || last.isAfter(published)) return null;
        int next = DateParser.nextWeekday(ms, w);
        // "أمس السبت، واليوم الأحد أفرجت عنه": a day counted from the report again opens a time of its own
        for (int j = w + 1; j < next; j++) if (ms.get(j).is("RelativeDay")) return null;
        return new Read(one.day(), last, one.firstToken(), end, next, true);
    }

    // a night or an evening: "ليلة أمس", "الليلة الماضية", "ليل أمس", "مساء أمس"
    private static final java.util.Set<String> NIGHT = ArabicAnalysis.wordSet("ليلة", "ليل", "الليلة", "مساء");
    // "ليلة أمس، عند الساعة الواحدة بعد منتصف الليل": a few words of the hour between the night and "after midnight"
    private static final int HOUR_WORDS = 4;

    /**
     * "أحبط المجلس، ليلة أمس، عند الساعة الواحدة بعد منتصف الليل، محاولة تسلل": the night named, then the small
     * hours after its midnight (isnad:afterMidnight) told a few words on: the act is of the day after that night.
     * Null when the day read is no night or evening, or no such words follow before another time or act.
     */
    private static Read smallHoursAfter(List<Token> tokens, List<Mention> ms, Read one, LocalDate published) {
        if (one.day() == null || !one.day().isBefore(published)) return null;
        boolean night = false;
        for (int t = one.firstToken(); t < one.endToken(); t++) night |= NIGHT.contains(tokens.get(t).term());
        if (!night) return null;
        for (int j = one.lastMention() + 1; j < ms.size() && ms.get(j).firstToken() <= one.endToken() + HOUR_WORDS; j++) {
            Mention m = ms.get(j);
            if (m.is("RelativeDay") && m.entry("RelativeDay").flag("afterMidnight")) {
                LocalDate next = one.day().plusDays(1);
                return new Read(next, next, one.firstToken(), m.endToken(), j);
            }
            if (m.is("RelativeDay") || m.is("Weekday") || m.is("Trigger")) return null;
        }
        return null;
    }

    private static Read day(List<Mention> ms, int k, LocalDate published) {
        Mention m = ms.get(k);
        int offset = m.entry("RelativeDay").intProp("dayOffset", 0);
        int end = m.endToken(), last = k;
        Integer weekday = null;
        if (k + 1 < ms.size() && ms.get(k + 1).firstToken() == end && ms.get(k + 1).is("Weekday")) {
            weekday = ms.get(k + 1).entry("Weekday").intProp("dayOfWeek", 0);
            end = ms.get(k + 1).endToken();
            last = k + 1;
        }
        LocalDate d = published == null ? null : published.plusDays(offset);
        // "أمس الثلاثاء" names the day twice: when the two disagree the weekday a day or two before is
        // meant (the page is dated by its upload), else the text is wrong somewhere: say so
        if (d != null && weekday != null && d.getDayOfWeek() != DayOfWeek.of(weekday)) d = DaysBack.byWeekday(d, weekday);
        return new Read(d, d, m.firstToken(), end, last);
    }
}
