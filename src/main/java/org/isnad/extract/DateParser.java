package org.isnad.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import static org.isnad.extract.PeriodSpans.day;
import static org.isnad.extract.PeriodSpans.span;
import static org.isnad.extract.PeriodSpans.spanOf;
import static org.isnad.extract.PeriodSpans.unresolved;

/**
 * Reads the date expressions of one sentence and resolves them against the publication date:
 * "أمس الثلاثاء", "15 آب/أغسطس الجاري", "منتصف آب", "مطلع العام الجاري", "عام 2021", and the anaphors
 * "خلال الفترة ذاتها" / "وعقب ذلك" (returned with their relation, for the extractor to tie to the event told
 * before). With no publication date, anything relative stays unresolved: no date is invented.
 */
final class DateParser {

    /**
     * A date expression: tokens [firstToken, endToken), characters [start, end), and what it means.
     * {@code daysBefore} is set on "بعد يوم من" (after a day since): the event told next happened that many
     * days before the one the sentence speaks of; it is null on every other expression. {@code someDays} is set on
     * "بعد أيام من" (no number): the event told next lies up to that many days before, which day untold.
     */
    record DateExpr(int firstToken, int endToken, int start, int end, TimeSpan span, Integer daysBefore, boolean vague,
                    boolean someDays) {
        DateExpr(int firstToken, int endToken, int start, int end, TimeSpan span) {
            this(firstToken, endToken, start, end, span, null, false, false);
        }

        DateExpr(int firstToken, int endToken, int start, int end, TimeSpan span, Integer daysBefore, boolean someDays) {
            this(firstToken, endToken, start, end, span, daysBefore, false, someDays);
        }

        /** "في وقت سابق", "مؤخراً" (isnad:VagueTime): time words that name no day, nor make a point in time. */
        DateExpr vaguely() { return new DateExpr(firstToken, endToken, start, end, span, daysBefore, true, someDays); }

        /** "بعد يوم من": a time told back from the event the sentence speaks of. */
        boolean elapsed() { return daysBefore != null; }
    }

    DateParser() {}

    List<DateExpr> parse(String text, List<Token> tokens, List<Mention> mentions, LocalDate published) {
        List<DateExpr> out = new ArrayList<>();
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            Mention next = k + 1 < mentions.size() ? mentions.get(k + 1) : null;
            boolean nextAdjacent = next != null && next.firstToken() == m.endToken();
            DateExpr elapsed = m.is("EventAnaphorCue") ? ElapsedTime.read(text, tokens, mentions, k) : null;
            DateExpr ago = elapsed == null && DaysBack.mayOpen(m) && !insideLast(out, m) ? DaysBack.ago(text, tokens, mentions, k, published) : null;
            WithinPeriod.Bounds bounds = elapsed == null && ago == null ? WithinPeriod.of(tokens, mentions, k, published) : WithinPeriod.NONE;
            if (elapsed != null) {
                out.add(elapsed);
            } else if (ago != null) {
                out.add(ago);
                while (k + 1 < mentions.size() && mentions.get(k + 1).firstToken() < ago.endToken()) k++;
            } else if (m.is("VagueTime") && aDayFollows(mentions, k)) {
                continue;   // "في وقت سابق فجر الجمعة", "في وقت سابق يوم الأحد": earlier, on the day named next
            } else if (bounds.earlier() != null) {
                // "وفي وقت سابق من الشهر الجاري": from the start of the report's month up to the report (WithinPeriod)
                out.add(expr(text, m.firstToken(), mentions.get(bounds.period().lastMention()).endToken(), tokens, bounds.earlier()));
                k = bounds.period().lastMention();
            } else if (m.is("VagueTime") && !countedFromAnEvent(tokens, mentions, m)) {
                // "في وقت سابق", "قبل أيام": words of time that name no day
                out.add(expr(text, m.firstToken(), m.endToken(), tokens, DaysBack.someDays(m.entry("VagueTime"), published)).vaguely());
            } else if (m.is("RecentDays")) {
                out.add(expr(text, m.firstToken(), m.endToken(), tokens, DaysBack.recent(m.entry("RecentDays"), published)));
            } else if (m.is("EventAnaphorCue") && nextAdjacent && next.is("Trigger") && next.definite()) {
                // "عقب الهجوم" is after it; "لحظة الاستهداف", "خلال الاشتباكات" at its time
                String rel = m.entry("EventAnaphorCue").localProp("relation");
                out.add(expr(text, m.firstToken(), next.endToken(), tokens,
                        new TimeSpan(null, null, null, "Unresolved", rel == null ? "after" : rel, null)));
                k++;
            } else if (m.is("TimeAnaphor")) {
                String rel = m.entry("TimeAnaphor").localProp("relation");
                // "منذ ذلك الحين": the end is known (the article's date), the start is the earlier event's
                LocalDate until = m.entry("TimeAnaphor").flag("untilPublication") ? published : null;
                out.add(expr(text, m.firstToken(), m.endToken(), tokens,
                        new TimeSpan(null, null, until, "Unresolved", rel, null)));
            } else if (m.is("RelativeDay") && countedFromAnEvent(tokens, mentions, m)) {
                continue;   // "قبل يومين من الهجوم": counted back from the attack, not from the day of the report
            } else if (m.is("RelativeDay") && dayInARow(mentions, k)) {
                continue;   // "لليوم الـ14 على التوالي": a count of days, not the day of the report
            } else if (m.is("RelativeDay")) {
                // "أمس الثلاثاء"; "فجر اليوم السبت، ومساء أمس الجمعة": both days (RelativeDays)
                RelativeDays.Read r = RelativeDays.read(tokens, mentions, k, published);
                k = r.lastMention();
                out.add(expr(text, r.firstToken(), r.endToken(), tokens, r.twoDays() ? span(r.day(), r.lastDay(), r.night() ? "Night" : "Days") : day(r.day())));
            } else if (m.is("Weekday") && WeekdayAndDate.fullDateFollows(text, tokens, mentions, k)) {
                continue;   // "الاثنين ١٥ أيار/مايو ٢٠٢٣": the date that follows says it all
            } else if (bounds.weekday() != null) {
                // "بعد صلاة الجمعة الأسبوع الماضي": the Friday of the week before the report's (WithinPeriod)
                out.add(expr(text, m.firstToken(), mentions.get(bounds.period().lastMention()).endToken(), tokens, day(bounds.weekday())));
                k = bounds.period().lastMention();
            } else if (m.is("Weekday")) {
                int dow = m.entry("Weekday").intProp("dayOfWeek", 0);
                int end = m.endToken();
                int q = 0;
                if (nextAdjacent && next.is("PeriodQualifier")) {
                    q = next.entry("PeriodQualifier").intProp("periodOffset", 0);
                    end = next.endToken();
                    k++;
                }
                LocalDate d = null;
                if (published != null && q <= 0) {
                    d = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(dow)));
                    if (q < 0 && d.equals(published)) d = d.minusWeeks(1);
                }
                int nightEnd = q == 0 ? nextDayNamed(tokens, mentions, k, dow) : -1;
                if (nightEnd > 0) {
                    // "ليل الجمعة - السبت", "مساء الجمعة وصباح السبت": a night over two days is both
                    k = nextWeekday(mentions, k);
                    LocalDate last = d == null ? null : d.plusDays(1);
                    boolean known = last != null && !last.isAfter(published);
                    out.add(expr(text, m.firstToken(), nightEnd, tokens, known ? span(d, last, "Night") : day(d)));
                    continue;
                }
                int first = m.firstToken();
                if (k > 0 && mentions.get(k - 1).is("SmallHoursCue") && mentions.get(k - 1).endToken() == first) {
                    // "بعد منتصف ليلة الجمعة": the small hours of the day after, once the report has reached it
                    first = mentions.get(k - 1).firstToken();
                    if (d != null && q == 0 && !d.plusDays(1).isAfter(published)) d = d.plusDays(1);
                }
                out.add(expr(text, first, end, tokens, day(d)));
            } else if (m.is("MonthName") || (m.is("PeriodPart") && nextAdjacent && (next.is("MonthName") || next.is("PeriodUnit")
                    || thisUnitAt(mentions, k + 1)))
                    || (m.is("PeriodUnit") && (isDateUnit(m, next, nextAdjacent, tokens) || thisUnitAt(mentions, k - 1)))) {
                int consumed = monthOrPeriod(text, tokens, mentions, k, published, out);
                k += consumed - 1;
            }
        }
        return NumericDate.addTo(out, text, tokens);   // "بتاريخ 3/4/2024"
    }

    /**
     * The end token of the weekday after the one at mention {@code k} when it names the next day right after
     * it ("الجمعة - السبت", "الجمعة والسبت") or after one word that joins a part of it ("الجمعة وصباح السبت");
     * else -1.
     */
    static int nextDayNamed(List<Token> tokens, List<Mention> ms, int k, int dow) {
        int j = nextWeekday(ms, k);
        if (j < 0) return -1;
        Mention w = ms.get(j);
        int gap = w.firstToken() - ms.get(k).endToken();
        boolean joined = gap == 0 || (gap == 1 && tokens.get(ms.get(k).endToken()).term().startsWith("و"));
        return joined && w.entry("Weekday").intProp("dayOfWeek", 0) == dow % 7 + 1 ? w.endToken() : -1;
    }

    /**
     * A weekday or a day counted from the report follows the vague word at mention {@code k}, right after it or
     * after a word or two ("فجر", "من يوم"): the lexicon's "في وقت سابق اليوم" with any day.
     */
    private static boolean aDayFollows(List<Mention> ms, int k) {
        int end = ms.get(k).endToken();
        // "فجر" may be a mention of its own (the verb "فجّر")
        for (int j = k + 1; j < ms.size() && ms.get(j).firstToken() <= end + 2; j++) {
            if (ms.get(j).is("Weekday") || ms.get(j).is("RelativeDay")) return true;
        }
        return false;
    }

    /** "قبل ساعات من", "منذ يومين على": a time counted back from what follows, not from publication. */
    private static boolean countedFromAnEvent(List<Token> tokens, List<Mention> mentions, Mention m) {
        String first = tokens.get(m.firstToken()).term();
        if (!first.equals("قبل") && !first.equals("منذ")) return false;
        return DaysBack.countedFromWhatFollows(tokens, mentions, m.endToken());
    }

    /** "لليوم الثالث على التوالي": the day word at mention {@code k} is counted in a row (InARowCue) a few words on. */
    private static boolean dayInARow(List<Mention> ms, int k) {
        int end = ms.get(k).endToken();
        for (int j = k + 1; j < ms.size() && ms.get(j).firstToken() <= end + 3; j++) if (ms.get(j).is("InARowCue")) return true;
        return false;
    }

    static int nextWeekday(List<Mention> ms, int k) {
        for (int j = k + 1; j < ms.size() && j <= k + 2; j++) if (ms.get(j).is("Weekday")) return j;
        return -1;
    }

    /** After a month name at token {@code end}: "من العام الماضي" → {year offset, index of the qualifier mention}, or null. */
    private static int[] yearOfMonth(List<Token> tokens, List<Mention> ms, int from, int end) {
        if (end >= tokens.size() || !tokens.get(end).term().equals("من")) return null;
        for (int j = from; j + 1 < ms.size() && ms.get(j).firstToken() <= end + 2; j++) {
            Mention unit = ms.get(j), q = ms.get(j + 1);
            if (unit.firstToken() == end + 1 && unit.is("PeriodUnit") && "year".equals(unit.entry("PeriodUnit").prop("unit"))
                    && q.is("PeriodQualifier") && q.firstToken() == unit.endToken()) {
                return new int[] {q.entry("PeriodQualifier").intProp("periodOffset", 0), j + 1};
            }
        }
        return null;
    }

    /**
     * "هذا الشهر", "مطلع هذا العام": a qualifier that stands before the unit (isnad:beforeUnit, the
     * demonstrative) at mention {@code j}, right before a unit.
     */
    private static boolean thisUnitAt(List<Mention> ms, int j) {
        if (j < 0 || j + 1 >= ms.size()) return false;
        Mention q = ms.get(j), unit = ms.get(j + 1);
        return q.is("PeriodQualifier") && q.entry("PeriodQualifier").flag("beforeUnit")
                && unit.is("PeriodUnit") && unit.firstToken() == q.endToken()
                // "سجلت المدينة هذا الأسبوع اعتقال …" sums up the days told one by one after it (rdev12)
                && !"week".equals(unit.entry("PeriodUnit").prop("unit"));
    }

    private boolean isDateUnit(Mention unit, Mention next, boolean nextAdjacent, List<Token> tokens) {
        if (nextAdjacent && next.is("PeriodQualifier")) return true;
        return unit.endToken() < tokens.size() && isYear(tokens.get(unit.endToken()));
    }

    /** "[part] [day] month [month] [qualifier|year]" or "[part] unit qualifier|year". Returns mentions used. */
    private int monthOrPeriod(String text, List<Token> tokens, List<Mention> ms, int k, LocalDate pub, List<DateExpr> out) {
        int used = 0;
        int first = ms.get(k).firstToken();
        String part = null;
        Mention m = ms.get(k);
        Integer before = null;   // "هذا" before the unit
        if (m.is("PeriodPart")) {
            part = m.entry("PeriodPart").prop("part");
            used++;
            m = ms.get(k + used);
            if (thisUnitAt(ms, k + used)) {
                before = m.entry("PeriodQualifier").intProp("periodOffset", 0);
                used++;
                m = ms.get(k + used);
            }
            // "منذ أوائل شهر آب الماضي": the word "month" before the month's name adds nothing
            if (m.is("PeriodUnit") && "month".equals(m.entry("PeriodUnit").prop("unit")) && !m.definite()
                    && k + used + 1 < ms.size() && ms.get(k + used + 1).firstToken() == m.endToken() && ms.get(k + used + 1).is("MonthName")) {
                used++;
                m = ms.get(k + used);
            }
        }
        Integer day = null;
        Integer month = null;
        Integer hijriMonth = null;
        String unit = null;
        int end;
        if (m.is("MonthName")) {
            month = m.entry("MonthName").intProp("month", 0);
            hijriMonth = m.entry("MonthName").prop("hijriMonth") == null ? null : m.entry("MonthName").intProp("hijriMonth", 0);
            int[] dayAt = part == null ? dayBefore(tokens, ms, k, m, true) : null;
            if (dayAt != null) { day = dayAt[0]; first = dayAt[1]; }
            end = m.endToken();
            used++;
            // "آب/أغسطس": the same month in its two names
            while (k + used < ms.size() && ms.get(k + used).firstToken() == end && ms.get(k + used).is("MonthName")
                    && ms.get(k + used).entry("MonthName").intProp("month", 0) == month) {
                end = ms.get(k + used).endToken();
                used++;
            }
        } else {
            unit = m.entry("PeriodUnit").prop("unit");
            Mention from = m;
            if (part == null && thisUnitAt(ms, k - 1)) {
                from = ms.get(k - 1);
                before = from.entry("PeriodQualifier").intProp("periodOffset", 0);
                first = from.firstToken();
            }
            // "في 12 من الشهر الجاري", "في الرابع من الشهر الماضي", "في الـ25 من هذا الشهر": a day of the month
            // the qualifier names
            int[] dayAt = part == null && "month".equals(unit) ? dayBefore(tokens, ms, from == m ? k : k - 1, from, false) : null;
            if (dayAt != null) { day = dayAt[0]; first = dayAt[1]; }
            end = m.endToken();
            used++;
        }
        Integer qualifier = before;
        Integer year = null;
        boolean unresolvedYear = false;
        if (before != null) {
            // the qualifier was told before the unit
        } else if (k + used < ms.size() && ms.get(k + used).firstToken() == end && ms.get(k + used).is("PeriodQualifier")) {
            qualifier = ms.get(k + used).entry("PeriodQualifier").intProp("periodOffset", 0);
            end = ms.get(k + used).endToken();
            used++;
        } else if (month != null && yearOfMonth(tokens, ms, k + used, end) != null) {
            // "في آب/أغسطس من العام الماضي": the month of the year before ("من" may be a mention of its own)
            int[] found = yearOfMonth(tokens, ms, k + used, end);
            if (pub != null) year = pub.getYear() + found[0];
            else unresolvedYear = true;
            end = ms.get(found[1]).endToken();
            used = found[1] - k + 1;
        } else if (hijriMonth != null && end < tokens.size() && isHijriYear(tokens.get(end))) {
            year = Integer.parseInt(tokens.get(end).term());
            end++;
            if (end < tokens.size() && tokens.get(end).term().equals("ه")) end++;   // "هـ"
        } else if (end < tokens.size() && isYear(tokens.get(end))) {
            year = Integer.parseInt(tokens.get(end).term());
            end++;
        } else if (end + 1 < tokens.size() && isYear(tokens.get(end + 1))
                && k + used < ms.size() && ms.get(k + used).firstToken() == end && ms.get(k + used).is("PeriodUnit")) {
            year = Integer.parseInt(tokens.get(end + 1).term());   // "آذار عام 2021"
            end += 2;
            used++;
        }
        // a month name alone ("مارس" is also a verb) is not a date: it needs a day, a part, a qualifier or a year
        if (month != null && day == null && part == null && qualifier == null && year == null && !unresolvedYear) {
            return used;
        }
        TimeSpan span = spanOf(pub, hijriMonth, unresolvedYear, day, month, unit, part, qualifier, year);
        if (span != null) out.add(expr(text, first, end, tokens, span));
        return used;
    }

    /**
     * The day of the month told before a month at mention {@code k}: "15 آب", "10 من كانون الثاني", "الخامس من
     * يناير" → {day, its first token}, or null. Before a month name the number may stand alone; before "الشهر"
     * it needs "من" ("في 12 من الشهر الجاري"), as a lone number there counts something else.
     */
    private static int[] dayBefore(List<Token> tokens, List<Mention> ms, int k, Mention m, boolean bareNumber) {
        if (bareNumber && monthWordAt(ms, k - 1, m)) {
            // "في الـ24 من شهر أيار/ مايو الماضي", "في الثاني من شهر أيار": the word "month" before the name
            // adds nothing; the day stands before it (SOHR's and local outlets' long dates)
            k--;
            m = ms.get(k);
            bareNumber = false;   // with the word "month" the day is told with "من"
        }
        int at = m.firstToken();
        if (bareNumber && at > 0 && isDayNumber(tokens.get(at - 1))) return new int[] {Integer.parseInt(tokens.get(at - 1).term()), at - 1};
        if (at < 2 || !tokens.get(at - 1).term().equals("من")) return null;
        if (isDayNumber(tokens.get(at - 2))) return new int[] {Integer.parseInt(tokens.get(at - 2).term()), at - 2};
        // an ordinal, "من", the month ("من" may itself be a mention)
        for (int back = 1; back <= 2 && k - back >= 0; back++) {
            Mention o = ms.get(k - back);
            if (o.is("DayOrdinal") && o.endToken() == at - 1) return new int[] {o.entry("DayOrdinal").intProp("day", 0), o.firstToken()};
        }
        return null;
    }

    /** Mention {@code j} is the bare word "شهر" right before the month's name {@code month}. */
    private static boolean monthWordAt(List<Mention> ms, int j, Mention month) {
        if (j < 0) return false;
        Mention w = ms.get(j);
        return w.is("PeriodUnit") && "month".equals(w.entry("PeriodUnit").prop("unit")) && !w.definite()
                && w.endToken() == month.firstToken();
    }

    /** One or two digits, 1 to 31: a day of the month (a long number next to a month name is not one). */
    private static boolean isDayNumber(Token t) {
        if (!t.isNumber() || t.term().length() > 2) return false;
        int d = Integer.parseInt(t.term());
        return d >= 1 && d <= 31;
    }

    private static boolean isHijriYear(Token t) {
        if (!t.isNumber() || t.term().length() != 4) return false;
        int y = Integer.parseInt(t.term());
        return y >= 1300 && y <= 1600;
    }

    private static boolean isYear(Token t) {
        if (!t.isNumber() || t.term().length() != 4) return false;
        int y = Integer.parseInt(t.term());
        return y >= 1900 && y <= 2100;
    }

    /** The mention lies inside the expression read last ("قبل يومين" read whole, its "يومين" again). */
    private static boolean insideLast(List<DateExpr> out, Mention m) {
        return !out.isEmpty() && m.firstToken() < out.get(out.size() - 1).endToken();
    }

    static DateExpr expr(String text, int firstToken, int endToken, List<Token> tokens, TimeSpan s) {
        int start = tokens.get(firstToken).start(), end = tokens.get(endToken - 1).end();
        TimeSpan withText = new TimeSpan(text.substring(start, end), s.start(), s.end(), s.precision(), s.relation(), s.anchor());
        return new DateExpr(firstToken, endToken, start, end, withText);
    }
}
