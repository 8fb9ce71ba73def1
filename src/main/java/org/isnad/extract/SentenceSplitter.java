package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;
import org.isnad.ingest.Article;

/**
 * Cuts the article text into sentences: at line breaks and at . ؟ ? ! followed by a space or the end.
 * Lines that are not article text are skipped; the headline is returned flagged, because it may lend
 * evidence to a claim of the body but never makes one of its own.
 */
public final class SentenceSplitter {

    /** A sentence: [start, end) of the article text, trimmed. */
    public record Sentence(int start, int end, boolean headline) {}

    private SentenceSplitter() {}

    public static List<Sentence> split(Article article) {
        String text = article.text();
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            if (!article.isIgnored(lineStart) || lineStart == lineEnd) {
                boolean headline = article.titleSpan() != null && article.titleSpan().contains(firstNonSpace(text, lineStart, lineEnd));
                int s = lineStart;
                for (int i = lineStart; i < lineEnd; i++) {
                    char c = text.charAt(i);
                    if ((c == '.' || c == '؟' || c == '?' || c == '!')
                            && (i + 1 == lineEnd || isSpace(text.charAt(i + 1)) || gluedToNextSentence(text, lineStart, i, lineEnd))
                            && !isInitial(text, lineStart, i)) {
                        add(out, text, s, i + 1, headline);
                        s = i + 1;
                    }
                }
                add(out, text, s, lineEnd, headline);
            }
            if (nl < 0) break;
            lineStart = nl + 1;
        }
        return out;
    }

    /**
     * "…قوات سوريا الديمقراطية.وفي بلدة ذيبان …": pages often drop the space after a full stop; between two
     * Arabic words it still ends the sentence (a Latin "npasyria.com" or a number "2.5" does not). A tatweel
     * beside the dot is a word cut to pass platform filters ("هجـ.ـوم"), not two words.
     */
    private static boolean gluedToNextSentence(String text, int lineStart, int dot, int lineEnd) {
        return dot > lineStart && dot + 1 < lineEnd && isArabicLetter(text.charAt(dot - 1)) && isArabicLetter(text.charAt(dot + 1));
    }

    private static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A' && c != '\u0640';
    }

    /** "(أ. ع)", "د. محمد": a period after a one-letter word marks an initial, not the end of a sentence. */
    private static boolean isInitial(String text, int lineStart, int dot) {
        if (text.charAt(dot) != '.' || dot - 1 < lineStart || !Character.isLetter(text.charAt(dot - 1))) return false;
        return dot - 2 < lineStart || !Character.isLetter(text.charAt(dot - 2));
    }

    /** White space, including the no-break spaces these pages are full of. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static int firstNonSpace(String text, int from, int to) {
        int i = from;
        while (i < to && isSpace(text.charAt(i))) i++;
        return i;
    }

    private static void add(List<Sentence> out, String text, int s, int e, boolean headline) {
        while (s < e && isSpace(text.charAt(s))) s++;
        while (e > s && isSpace(text.charAt(e - 1))) e--;
        // a sentence needs at least one letter; lone punctuation and quote marks are not one
        boolean letter = false;
        for (int i = s; i < e && !letter; i++) letter = Character.isLetter(text.charAt(i));
        if (letter) out.add(new Sentence(s, e, headline));
    }
}
