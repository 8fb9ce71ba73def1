package org.isnad.eval;

import java.time.LocalDate;

/**
 * A gold claim's date as the analyst resolved it: a range of days, "unknown", or a phrase that cannot be
 * checked ("after E4 and E5": an order, not a range).
 *
 * @param text   the {@code resolved} value as written
 * @param status RANGE, UNKNOWN (the text gives no date: a prediction should leave it unresolved) or
 *               UNCHECKED (a phrase: the date is not scored)
 * @param start  first day (RANGE only)
 * @param end    last day (RANGE only)
 */
public record GoldDate(String text, Status status, LocalDate start, LocalDate end) {

    public enum Status { RANGE, UNKNOWN, UNCHECKED }

    public static GoldDate range(String text, LocalDate start, LocalDate end) {
        return new GoldDate(text, Status.RANGE, start, end);
    }

    public static GoldDate unknown(String text) { return new GoldDate(text, Status.UNKNOWN, null, null); }

    public static GoldDate unchecked(String text) { return new GoldDate(text, Status.UNCHECKED, null, null); }

    public boolean isRange() { return status == Status.RANGE; }

    public boolean checkable() { return status != Status.UNCHECKED; }

    @Override public String toString() {
        return switch (status) {
            case RANGE -> start.equals(end) ? start.toString() : start + "/" + end;
            case UNKNOWN -> "unknown";
            case UNCHECKED -> "\"" + text + "\" (not checked)";
        };
    }
}
