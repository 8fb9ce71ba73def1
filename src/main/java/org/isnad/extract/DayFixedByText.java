package org.isnad.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.isnad.extract.DateParser.DateExpr;
import org.isnad.ingest.Article;

/**
 * With no publication date, the day of the report when the text itself fixes it; relative dates ("اليوم",
 * "أمس") then resolve against it. Two forms at the head of the body:
 * <ul>
 * <li>a line that is a date and nothing else, perhaps under a label ("تاريخ الحدث" then "2012/07/13"; archive
 * pages date each entry so);</li>
 * <li>the day of the report told with its weekday and date but no year ("قال مراسل … اليوم، الثلاثاء 19 من
 * أيار"): the year is the one year of the war (2011 to the present) in which that day falls on that weekday and
 * that the text's cues allow. A text is written no earlier than the latest year it names, nor before an actor it
 * names bore its name (isnad:namedFrom: "قسد" from October 2015). When several years fit, nothing is fixed.</li>
 * </ul>
 */
final class DayFixedByText {
    private DayFixedByText() {}

    /** The war's first year: no year before it is a candidate. */
    private static final int FIRST_YEAR = 2011;
    /**
     * Years past the data's last day that a weekday's date is also tried in: a page of the year after the data
     * was reviewed must not be given the one earlier year that fits. A weekday's date comes back in 5 to 11
     * years, so trying further would leave no date fixed at all; the data is to be reviewed yearly.
     */
    private static final int BEYOND_YEARS = 1;
    /** How many lines of the body, after the headline, may hold the date line or the day of the report. */
    private static final int HEAD_LINES = 3;

    private static final String UNTIL = "https://w3id.org/isnad/ns#readsDatesUntil";

    /**
     * The last day a date told without its year may be read as: isnad:readsDatesUntil in the reference data
     * (lexicon-time.ttl), so that the output does not change with the day of the conversion; the first of
     * January 2011 (nothing fixed) when the data gives none.
     */
    static LocalDate lastReadable(Lexicon lexicon) {
        synchronized (LAST_READABLE) {
            return LAST_READABLE.computeIfAbsent(lexicon, DayFixedByText::readLastReadable);
        }
    }

    private static final java.util.Map<Lexicon, LocalDate> LAST_READABLE = new java.util.WeakHashMap<>();

    private static LocalDate readLastReadable(Lexicon lexicon) {
        var it = lexicon.graph().find(org.apache.jena.graph.Node.ANY,
                org.apache.jena.graph.NodeFactory.createURI(UNTIL), org.apache.jena.graph.Node.ANY);
        LocalDate last = null;
        while (it.hasNext()) {
            var o = it.next().getObject();
            if (!o.isLiteral()) continue;
            LocalDate d = xsdDate(o.getLiteralLexicalForm());
            if (d == null) continue;
            if (last == null || d.isAfter(last)) last = d;
        }
        return last == null ? LocalDate.of(FIRST_YEAR, 1, 1) : last;
    }

    /** An xsd:date's day ("2015-10-10", also with a zone: "2015-10-10Z", "2015-10-10+03:00"), or null. */
    static LocalDate xsdDate(String lexical) {
        try {
            return LocalDate.parse(lexical, java.time.format.DateTimeFormatter.ISO_DATE);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The day the text fixes, or null; {@code present} bounds the candidate years. */
    static LocalDate of(Article article, Lexicon lexicon, LocalDate present) {
        if (article.published() != null) return null;
        String text = article.text();
        // lines, not sentences: a line of figures alone ("2012/07/13") is no sentence
        List<int[]> head = new ArrayList<>();
        int from = article.titleSpan() == null ? 0 : article.titleSpan().end();
        for (int at = from; at < text.length() && head.size() < HEAD_LINES; ) {
            int nl = text.indexOf('\n', at), end = nl < 0 ? text.length() : nl;
            if (!text.substring(at, end).isBlank() && !article.isIgnored(at)) head.add(new int[] {at, end});
            at = end + 1;
        }
        DateParser parser = new DateParser();
        for (int[] line : head) {
            List<Token> tokens = ArabicAnalysis.tokens(text, line[0], line[1]);
            if (tokens.isEmpty()) continue;
            List<Mention> ms = lexicon.matcher().match(tokens);
            LocalDate dated = dateLine(parser.parse(text, tokens, ms, null), tokens, ms);
            // a date line states its year: no cap, but nothing before the war ("2 شباط 1982" is history told)
            if (dated != null) return dated.getYear() >= FIRST_YEAR ? dated : null;
            LocalDate today = todayWithoutYear(parser, text, tokens, ms, article, lexicon, present);
            if (today != null) return today;
        }
        return null;
    }

    /** The one day of a line that is a date and nothing else (but a weekday or a label: isnad:DateLineLabel). */
    private static LocalDate dateLine(List<DateExpr> exprs, List<Token> tokens, List<Mention> ms) {
        if (exprs.size() != 1) return null;
        DateExpr d = exprs.get(0);
        if (!d.span().resolved() || !d.span().start().equals(d.span().end()) || d.span().relation() != null) return null;
        for (int t = 0; t < tokens.size(); t++) {
            if (t >= d.firstToken() && t < d.endToken()) continue;
            if (!covered(ms, t)) return null;
        }
        return d.span().start();
    }

    private static boolean covered(List<Mention> ms, int t) {
        for (Mention m : ms) {
            if (m.firstToken() <= t && t < m.endToken() && (m.is("Weekday") || m.is("DateLineLabel"))) return true;
        }
        return false;
    }

    /**
     * "اليوم، الثلاثاء 19 من أيار": today, its weekday and a date with no year; the day when exactly one year of
     * the war puts that date on that weekday and fits the text's cues, else null.
     */
    private static LocalDate todayWithoutYear(DateParser parser, String text, List<Token> tokens, List<Mention> ms,
                                              Article article, Lexicon lexicon, LocalDate present) {
        for (int k = 0; k + 1 < ms.size(); k++) {
            Mention today = ms.get(k);
            if (!today.is("RelativeDay") || today.entry("RelativeDay").intProp("dayOffset", 1) != 0) continue;
            Mention w = ms.get(k + 1);
            if (!w.is("Weekday") || w.firstToken() != today.endToken()
                    || !WeekdayAndDate.fullDateFollows(text, tokens, ms, k + 1)) continue;
            return yearByWeekday(parser, text, tokens, ms, k + 1, YearCues.of(article, lexicon), present);
        }
        return null;
    }

    /**
     * The date told after the weekday at mention {@code k} with no year ("الجمعة الموافق 10 تشرين الأول"), in the
     * one year from 2011 to {@code present} that puts it on that weekday and that the cues allow; null when none or
     * several fit.
     */
    static LocalDate yearByWeekday(DateParser parser, String text, List<Token> tokens, List<Mention> ms, int k,
                                   YearCues cues, LocalDate present) {
        Mention w = ms.get(k);
        DayOfWeek dow = DayOfWeek.of(w.entry("Weekday").intProp("dayOfWeek", 1));
        LocalDate found = null;
        // years past the data's last day are tried too, only to see that none of them fits as well: a page read
        // after that day must not be given the one earlier year that fits ("الأربعاء 19 من أيار": 2021, and 2027)
        for (int y = FIRST_YEAR; y <= present.getYear() + BEYOND_YEARS; y++) {
            LocalDate d = dateAfter(parser.parse(text, tokens, ms, LocalDate.of(y, 12, 31)), w.endToken());
            if (d == null || d.getYear() != y || d.getDayOfWeek() != dow || !cues.allow(d)) continue;
            if (found != null) return null;   // several years fit: the day is not fixed
            found = d;
        }
        return found == null || found.isAfter(present) ? null : found;
    }

    /**
     * An undated text's dates told with their weekday and no year ("يوم الجمعة الموافق 10 تشرين الأول", left
     * unresolved by the parser), each in the one year that fits ({@link #yearByWeekday}).
     */
    static List<DateExpr> withYears(DateParser parser, String text, List<Token> tokens, List<Mention> ms,
                                    List<DateExpr> exprs, java.util.function.Supplier<YearCues> cues, LocalDate present) {
        List<DateExpr> out = exprs;
        for (int k = 0; k < ms.size(); k++) {
            if (!ms.get(k).is("Weekday") || !WeekdayAndDate.fullDateFollows(text, tokens, ms, k)) continue;
            for (int i = 0; i < out.size(); i++) {
                DateExpr e = out.get(i);
                int from = ms.get(k).endToken();
                if (e.firstToken() < from || e.firstToken() > from + 2 || e.span().resolved()) continue;
                LocalDate d = yearByWeekday(parser, text, tokens, ms, k, cues.get(), present);
                if (d == null) break;
                if (out == exprs) out = new ArrayList<>(exprs);
                out.set(i, DateParser.expr(text, e.firstToken(), e.endToken(), tokens, TimeSpan.day(d)));
                break;
            }
        }
        return out;
    }

    /** The day of the first date expression that starts within two tokens after {@code from} ("الموافق", "في"). */
    private static LocalDate dateAfter(List<DateExpr> exprs, int from) {
        for (DateExpr e : exprs) {
            if (e.firstToken() >= from && e.firstToken() <= from + 2 && e.span().resolved()
                    && e.span().start().equals(e.span().end())) return e.span().start();
        }
        return null;
    }
}
