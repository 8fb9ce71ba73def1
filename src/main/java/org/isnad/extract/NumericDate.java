package org.isnad.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.isnad.extract.DateParser.DateExpr;

/**
 * Dates written in figures: "بتاريخ 3/4/2024" (day, month, year, as Syrian pages write them),
 * "٢٠٢٤/٠٣/١١" (year first), "10-03-2024". Three numbers joined by the same mark with nothing
 * else between them, one of them a year at either end; any other three numbers (a score, a count) are no date.
 */
final class NumericDate {
    private NumericDate() {}

    /** {@code found} with the dates in figures of the sentence added where no other date expression stands. */
    static List<DateExpr> addTo(List<DateExpr> found, String text, List<Token> tokens) {
        List<DateExpr> out = new ArrayList<>(found);
        for (int t = 0; t + 2 < tokens.size(); t++) {
            TimeSpan span = read(text, tokens, t);
            if (span == null || overlaps(found, t, t + 3)) continue;
            out.add(DateParser.expr(text, t, t + 3, tokens, span));
            t += 2;
        }
        if (out.size() == found.size()) return found;
        out.sort(Comparator.comparingInt(DateExpr::firstToken));
        return out;
    }

    /** The day told by tokens t, t+1, t+2, or null when they are not a date in figures. */
    static TimeSpan read(String text, List<Token> tokens, int t) {
        Token a = tokens.get(t), b = tokens.get(t + 1), c = tokens.get(t + 2);
        if (!a.isNumber() || !b.isNumber() || !c.isNumber()) return null;
        String mark = between(text, a, b);
        if (!(mark.equals("/") || mark.equals("-")) || !mark.equals(between(text, b, c))) return null;
        if (joinedToMore(text, a, c, mark)) return null;
        // a month is one or two figures: "1/088888888885/2024" is no date (and no int)
        if (b.term().length() > 2) return null;
        int year, month, day;
        if (c.term().length() == 4 && a.term().length() <= 2) {
            day = Integer.parseInt(a.term()); month = Integer.parseInt(b.term()); year = Integer.parseInt(c.term());
        } else if (a.term().length() == 4 && c.term().length() <= 2) {
            year = Integer.parseInt(a.term()); month = Integer.parseInt(b.term()); day = Integer.parseInt(c.term());
        } else {
            return null;
        }
        if (year < 1900 || year > 2100) return null;
        try {
            LocalDate d = LocalDate.of(year, month, day);
            return TimeSpan.day(d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String between(String text, Token x, Token y) {
        return text.substring(x.end(), y.start());
    }

    /** "1/2/2024/5": a fourth number on the same mark makes it something else (a reference, a code). */
    private static boolean joinedToMore(String text, Token first, Token last, String mark) {
        boolean before = first.start() > 0 && text.startsWith(mark, first.start() - 1);
        boolean after = last.end() < text.length() && text.startsWith(mark, last.end())
                && last.end() + 1 < text.length() && Character.isDigit(text.charAt(last.end() + 1));
        return before || after;
    }

    private static boolean overlaps(List<DateExpr> found, int first, int end) {
        for (DateExpr e : found) if (e.firstToken() < end && first < e.endToken()) return true;
        return false;
    }
}
