package org.isnad.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.isnad.extract.DateParser.DateExpr;

/**
 * Days counted back from the day of the report: "قبل أربعة أيام", "منذ أسبوع" (isnad:ElapsedTime words after
 * "قبل" or "منذ" with no event after them), "خلال اليومين الماضيين" (isnad:RecentDays), and "أمس السبت" when
 * the page's date and the weekday disagree.
 */
final class DaysBack {
    private DaysBack() {}

    private static final String BEFORE = ArabicAnalysis.terms("قبل").get(0), SINCE = ArabicAnalysis.terms("منذ").get(0),
            FROM = ArabicAnalysis.terms("من").get(0), ON = ArabicAnalysis.terms("على").get(0);
    /** "قبل نحو أسبوع", "منذ حوالي ثلاثة أسابيع": about so long ago; the count is read as given. */
    private static final java.util.Set<String> ABOUT = ArabicAnalysis.wordSet("نحو", "حوالي", "حوالى", "قرابة", "زهاء");

    /**
     * "اعتقلت الدورية قبل أربعة أيام شاباً": the expression that the "ago" word before mention {@code k} (a count
     * or an elapsed-time word) opens, or null. "قبل يومين من الهجوم" counts back from the attack: not read here.
     */
    static DateExpr ago(String text, List<Token> tokens, List<Mention> ms, int k, LocalDate published) {
        Mention m = ms.get(k);
        int first = m.firstToken();
        Integer count = null;
        Mention unit = m;
        if (m.is("NumberWord")) {
            count = m.entry("NumberWord").intProp("value", 0);
            unit = k + 1 < ms.size() && ms.get(k + 1).firstToken() == m.endToken() ? ms.get(k + 1) : null;
        } else if (first > 0 && tokens.get(first - 1).isNumber() && tokens.get(first - 1).term().length() <= 3) {
            count = Integer.valueOf(tokens.get(first - 1).term());   // "قبل 4 أيام"
            first--;
        }
        // "منذ الأسبوع الماضي" is a calendar week, not seven days back
        if (unit == null || !unit.is("ElapsedTime") || unit.definite() || first == 0) return null;
        if (first > 1 && ABOUT.contains(tokens.get(first - 1).term())) first--;
        String ago = tokens.get(first - 1).term();
        if (!ago.equals(BEFORE) && !ago.equals(SINCE)) return null;
        int end = unit.endToken();
        if (countedFromWhatFollows(tokens, ms, end)) return null;
        Entry e = unit.entry("ElapsedTime");
        if (e.flag("counted") == (count == null)) return null;   // "قبل أيام" names no number; "قبل ثلاثة يوم" is no Arabic
        int days = (count == null ? 1 : count) * e.intProp("days", 1);
        // "منذ ساعات" is the day of publication; elapsed hours count no day back
        LocalDate d = published == null ? null : published.minusDays(days);
        TimeSpan span = d == null ? TimeSpan.NONE : TimeSpan.day(d);
        return DateParser.expr(text, first - 1, end, tokens, span);
    }

    /**
     * "قبل يومين من الهجوم", "قبل أيام على موعد الانتخابات": the time at {@code end} is counted back from what
     * follows "من" or "على". Not when a side follows, from whom a place was taken ("استعاد التنظيم السيطرة
     * عليها منذ أيام من قسد"), nor the agent's "من قبل": the time is then counted back from the report.
     */
    static boolean countedFromWhatFollows(List<Token> tokens, List<Mention> ms, int end) {
        if (end >= tokens.size()) return false;
        String word = tokens.get(end).term();
        if (!word.equals(FROM) && !word.equals(ON)) return false;
        if (end + 1 < tokens.size() && tokens.get(end + 1).term().equals(BEFORE)) return false;
        for (Mention m : ms) {
            if (m.firstToken() == end + 1 && (m.is("Actor") || m.is("ActorNoun"))) return false;
        }
        return true;
    }

    /** The mention opens what {@link #ago} reads: a count or an elapsed-time word. */
    static boolean mayOpen(Mention m) {
        return m.is("ElapsedTime") || m.is("NumberWord");
    }

    /**
     * "خلال اليومين الماضيين": the days before the day of publication, as one span; "خلال الساعات الـ24 الماضية"
     * (isnad:throughPublication) reaches the day of publication itself.
     */
    static TimeSpan recent(Entry e, LocalDate published) {
        if (published == null) return TimeSpan.NONE;
        int days = e.intProp("days", 1);
        LocalDate last = e.flag("throughPublication") ? published : published.minusDays(1);
        return new TimeSpan(null, published.minusDays(days), last, "Days", null, null);
    }

    /**
     * "قبل أيام", "خلال الأيام القليلة الماضية": the days before the publication day that the vague words reach
     * back (isnad:days on the entry), as a presumption: the text names none of them. Unresolved for the vague
     * words with no such reach ("في وقت سابق", "مؤخراً") and with no publication date.
     */
    static TimeSpan someDays(Entry e, LocalDate published) {
        int days = e.intProp("days", 0);
        if (published == null || days <= 0) return PeriodSpans.unresolved();
        return new TimeSpan(null, published.minusDays(days), published.minusDays(1), "UpToReport", null, null);
    }

    /**
     * "سقط ضحايا، أمس السبت" on a page dated Monday: the page's date is often that of the upload, a day or two
     * late; the weekday names the day. Null when no such weekday lies one or two days before {@code day}.
     */
    static LocalDate byWeekday(LocalDate day, int weekday) {
        for (int back = 1; back <= 2; back++) {
            if (day.minusDays(back).getDayOfWeek() == DayOfWeek.of(weekday)) return day.minusDays(back);
        }
        return null;
    }
}
