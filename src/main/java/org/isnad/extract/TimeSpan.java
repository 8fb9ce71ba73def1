package org.isnad.extract;

import java.time.LocalDate;

/**
 * When an event took place, as far as the text says: an interval of days with a precision, or unresolved.
 *
 * @param text      the words of the text (null when the text says nothing of the time)
 * @param start     first possible day, or null when unresolved
 * @param end       last possible day, or null when unresolved
 * @param precision local name of an isnad:TimePrecision (Day, MidMonth, EarlyYear, …, Unresolved)
 * @param relation  "after" or "sameTimeAs" when the text ties it to the event told before, else null
 * @param anchor    that earlier claim, or null
 */
public record TimeSpan(String text, LocalDate start, LocalDate end, String precision, String relation, ClaimKey anchor) {

    public static final TimeSpan NONE = new TimeSpan(null, null, null, "Unresolved", null, null);

    public boolean resolved() { return start != null; }

    /** That one day, with no words of its own: a date read from digits, counted back, or the report's day. */
    public static TimeSpan day(LocalDate d) { return new TimeSpan(null, d, d, "Day", null, null); }

    /** The same interval, read from another claim: no words of its own and no tie to that claim. */
    public TimeSpan copied() { return new TimeSpan(null, start, end, precision, null, null); }

    /**
     * The same interval as a presumption (isnad:UpToReport): the act's own words give no day, and it is placed on
     * the days the report tells of ("قال المرصد، الاثنين، إن مسلحين اختطفوا …" dates the report, not the abduction).
     */
    public TimeSpan presumed() { return new TimeSpan(null, start, end, "UpToReport", null, null); }

    public boolean overlaps(TimeSpan o) {
        return resolved() && o.resolved() && !start.isAfter(o.end) && !o.start.isAfter(end);
    }

    /** Compatible for one event: either side unresolved, or the intervals meet. */
    public boolean compatible(TimeSpan o) {
        return !resolved() || !o.resolved() || overlaps(o);
    }
}
