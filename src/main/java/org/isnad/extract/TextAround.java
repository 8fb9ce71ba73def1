package org.isnad.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern told right before, or between, words known as written ("مشفى … " before the place's own words,
 * "في بلدة " before a town's). The same answer as a pattern with the words quoted into it, found in the
 * text, without compiling one pattern per place and claim: the words are looked up where they stand, and
 * the fixed pattern is tried on the text just before them (or between them). The fixed patterns must not
 * look around (no lookahead or lookbehind past their own text).
 */
final class TextAround {

    private TextAround() {}

    /** The text holds one of the words: a loop, not a stream, since the readers ask it of every clause. */
    static boolean containsAny(String text, java.util.List<String> words) {
        for (String w : words) if (text.contains(w)) return true;
        return false;
    }

    /** A pattern to give {@link #precededBy}: {@code regex} ending where the words start. */
    static Pattern lead(String regex) {
        return Pattern.compile("(?:" + regex + ")\\z");
    }

    /** The text holds {@code words} right after a match of {@code lead} (made by {@link #lead}). */
    static boolean precededBy(String text, String words, Pattern lead) {
        Matcher m = lead.matcher(text);
        for (int at = text.indexOf(words); at >= 0; at = next(text, words, at)) {
            if (m.region(0, at).find()) return true;
        }
        return false;
    }

    /**
     * The text holds {@code words} right after a match of {@code lead} whose start passes {@code start}: for each
     * place the words stand, the leftmost match of the lead ending there is asked.
     */
    static boolean precededBy(String text, String words, Pattern lead, java.util.function.IntPredicate start) {
        Matcher m = lead.matcher(text);
        for (int at = text.indexOf(words); at >= 0; at = next(text, words, at)) {
            if (m.region(0, at).find() && start.test(m.start())) return true;
        }
        return false;
    }

    /** The text holds {@code first}, then text that {@code between} matches whole, then {@code second}. */
    static boolean joinedBy(String text, String first, Pattern between, String second) {
        Matcher m = between.matcher(text);
        for (int to = text.indexOf(second); to >= 0; to = next(text, second, to)) {
            for (int at = text.indexOf(first); at >= 0 && at + first.length() <= to; at = next(text, first, at)) {
                if (m.region(at + first.length(), to).matches()) return true;
            }
        }
        return false;
    }

    /** The next place the words stand after {@code at}, or -1 (the empty words stand at every place once). */
    private static int next(String text, String words, int at) {
        return at >= text.length() ? -1 : text.indexOf(words, at + 1);
    }
}
