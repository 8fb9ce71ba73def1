package org.isnad.morph;

import org.apache.lucene.analysis.ar.ArabicNormalizer;

/** The letter-level normalisations the analyser needs, the same as Lucene's for article text. */
final class ArabicLetters {

    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();

    private ArabicLetters() {}

    /** Without harakat, tanween, shadda, sukun, dagger alef and tatweel: "كميناً" → كمينا. */
    static String withoutDiacritics(String s) {
        if (!hasDiacritics(s)) return s;       // most words of news text: no copy
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u064B' && c <= '\u0652') || c == '\u0670' || c == '\u0640') continue;
            b.append(c);
        }
        return b.toString();
    }

    private static boolean hasDiacritics(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u064B' && c <= '\u0652') || c == '\u0670' || c == '\u0640') return true;
        }
        return false;
    }

    /** As the analysis chain normalises article text: one alef, ى → ي, ة → ه, no diacritics. */
    static String normalise(String s) {
        char[] chars = withoutDiacritics(s).toCharArray();
        int length = NORMALIZER.normalize(chars, chars.length);
        return new String(chars, 0, length);
    }

    /** A verb as a key: normalised, but keeping the shadda that tells form II from form I ("فجّر", "فجر"). */
    static String verbKey(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0651') b.append(c);
            else b.append(normalise(String.valueOf(c)));
        }
        return b.toString();
    }

    /**
     * Every word of news text is asked for, so one pass answers the common cases: the word itself when it is
     * Arabic letters only (no diacritic, no tatweel), "" when a character that no analysis can take is there
     * (what {@code isArabic(withoutDiacritics(s))} refuses), null when it has diacritics to take off first.
     */
    static String plainArabic(String s) {
        boolean marks = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0621' && c <= '\u064A' && c != '\u0640') continue;
            if ((c >= '\u064B' && c <= '\u0652') || c == '\u0670' || c == '\u0640') marks = true;
            else return "";
        }
        return marks ? null : s;
    }

    static boolean isArabic(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '\u0621' || c > '\u064A') return false;
        }
        return true;
    }
}
