package org.isnad.extract;

import java.util.List;
import org.isnad.morph.Analysis;

/**
 * One word of the article: its normalised form, where it stands in the original text, and its readings.
 *
 * @param term     normalised form (Arabic normalisation, ASCII digits, lower case)
 * @param start    offset of the first character in the article text
 * @param end      offset after the last character
 * @param analyses the morphological readings of the word as written (lemma, class, tense, voice,
 *                 clitics); empty for a name, a number or a word the dictionary lacks
 * @param writtenHeh the word as written ends in ه, not ة: the normal form folds the two ("مصادره", its
 *                 sources, and "مصادرة", confiscation, are both مصادره), so a lexicon word written with ة
 *                 must not be read in it
 */
public record Token(String term, int start, int end, List<Analysis> analyses, boolean writtenHeh) {

    public Token(String term, int start, int end) { this(term, start, end, List.of(), false); }

    public Token(String term, int start, int end, List<Analysis> analyses) { this(term, start, end, analyses, false); }

    /** The last letter of {@code text[start, end)} past any diacritics is ه (not ة). */
    static boolean endsInHeh(String text, int start, int end) {
        int i = end - 1;
        while (i > start && (text.charAt(i) >= '\u064B' && text.charAt(i) <= '\u065F' || text.charAt(i) == '\u0670')) i--;
        return i >= start && text.charAt(i) == 'ه';
    }

    /** A comma (Arabic or Latin) stands in {@code text} between token {@code t - 1} and token {@code t}. */
    public static boolean commaBefore(String text, List<Token> tokens, int t) {
        String between = text.substring(tokens.get(t - 1).end(), tokens.get(t).start());
        return between.contains("،") || between.contains(",");
    }

    /**
     * A comma or another mark stands between token {@code t - 1} and token {@code t}: more than the one space
     * that joins the words of a name or a phrase ("بلدة الأصبح الحدودية" against "…الحدودية، مع").
     */
    public static boolean markBefore(List<Token> tokens, int t) {
        return tokens.get(t).start() - tokens.get(t - 1).end() > 1;
    }

    public boolean isNumber() {
        if (term.isEmpty()) return false;
        for (int i = 0; i < term.length(); i++) if (!Character.isDigit(term.charAt(i))) return false;
        return true;
    }

    /** True when some reading of the word is a verb in that tense ("قصفت": past; "تقصف": present). */
    public boolean hasVerbReading(Analysis.Tense tense) {
        for (Analysis a : analyses) if (a.isVerb() && a.tense() == tense) return true;
        return false;
    }
}
