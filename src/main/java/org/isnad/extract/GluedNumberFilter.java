package org.isnad.extract;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Splits a number written against the next word: "في 17تموز", "قُتل 15شخصاً" are two words each, which the
 * Unicode tokenizer keeps as one (a digit and a letter do not break a word). Arabic puts its clitics before a
 * word, never after a number, so digits followed by letters are always two words. The reverse is split for
 * the article ("الـ25" as "الـ 25") and for a year after a word ("شباط2021"): "و30", "بـ50" are clitics on
 * the number and "كوردستان24" a name.
 * Runs right after the tokenizer, before the morphology reads each word.
 */
final class GluedNumberFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

    // the second word of a split token, given out on the next call
    private String rest;
    private int restStart, restEnd;

    GluedNumberFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (rest != null) {
            clearAttributes();
            term.setEmpty().append(rest);
            offset.setOffset(restStart, restEnd);
            position.setPositionIncrement(1);
            rest = null;
            return true;
        }
        if (!input.incrementToken()) return false;
        int cut = cut(term);
        // the offsets must span the term as written (a token whose offsets were moved is left whole)
        if (cut > 0 && offset.endOffset() - offset.startOffset() == term.length()) {
            rest = term.subSequence(cut, term.length()).toString();
            restStart = offset.startOffset() + cut;
            restEnd = offset.endOffset();
            offset.setOffset(offset.startOffset(), restStart);
            term.setLength(cut);
        }
        return true;
    }

    /** Where the word splits: after leading digits when Arabic letters follow, after the article before digits, before a trailing year; else -1. */
    static int cut(CharSequence w) {
        int n = w.length(), d = 0;
        // "في الـ25 من الشهر": the article on a number, as when written apart ("الـ 25")
        int article = article(w);
        if (article > 0) return article;
        while (d < n && isDigit(w.charAt(d))) d++;
        if (d > 0 && d < n) {
            for (int i = d; i < n; i++) if (!isArabicLetter(w.charAt(i))) return -1;
            return d;
        }
        if (d > 0 || n < 7) return -1;
        // letters, then a year: at least three letters before four digits
        int y = n - 4;
        for (int i = y; i < n; i++) if (!isDigit(w.charAt(i))) return -1;
        for (int i = 0; i < y; i++) if (!isArabicLetter(w.charAt(i))) return -1;
        char c0 = w.charAt(y), c1 = w.charAt(y + 1);
        boolean year = (c0 == '1' || c0 == '\u0661' || c0 == '\u06f1') && (c1 == '9' || c1 == '\u0669' || c1 == '\u06f9')
                || (c0 == '2' || c0 == '\u0662' || c0 == '\u06f2') && (c1 == '0' || c1 == '\u0660' || c1 == '\u06f0');
        return year ? y : -1;
    }

    /** The length of "ال" or "الـ" before nothing but digits, else -1. */
    private static int article(CharSequence w) {
        if (w.length() < 3 || w.charAt(0) != '\u0627' || w.charAt(1) != '\u0644') return -1;
        int a = 2;
        while (a < w.length() && w.charAt(a) == '\u0640') a++;
        if (a == w.length()) return -1;
        for (int i = a; i < w.length(); i++) if (!isDigit(w.charAt(i))) return -1;
        return a;
    }

    private static boolean isDigit(char c) {
        return Character.isDigit(c);
    }

    // letters and tatweel, not the Arabic-Indic digits nor punctuation of the block
    private static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064a' || c == '\u0671' || c >= '\u067e' && c <= '\u06d3';
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        rest = null;
    }
}
