package org.isnad.extract;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops a one-letter clitic that the tokenizer cut off its word: "لـ“قسد”", "بـ“داعش”" are written with a
 * tatweel and a quote between the preposition and the name, so the tokenizer yields "ل" and "قسد". Without
 * the stray "ل", "المركز الإعلامي لـ“قسد”" reads as adjacent words, as it does when written "لقسد".
 * Runs after the Arabic normaliser, which has already removed the tatweel.
 */
final class DetachedCliticFilter extends FilteringTokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    DetachedCliticFilter(TokenStream in) {
        super(in);
    }

    @Override
    protected boolean accept() {
        if (term.length() != 1) return true;
        char c = term.charAt(0);
        return c != 'ل' && c != 'ب' && c != 'ك' && c != 'و' && c != 'ف';
    }
}
