package org.isnad.extract;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Runs the normalising filters (lower case, digits, Lucene's Arabic normaliser) once per word form, not once
 * per occurrence: news repeats its words ("قوات", "النظام", "في" stand in sentence after sentence), and the
 * three filters took a tenth of convert's CPU (docs/scale.md, session 31). The filters are unchanged, one
 * normalisation each: a form seen for the first time goes through them as a stream one word long, and its
 * normal form is remembered. A filter depends on nothing but the word, so the memo cannot change a term.
 *
 * <p>Lucene's analyzers keep their components one set per thread, so each thread has its own memo and no
 * lock; it is emptied when it holds {@value #LIMIT} forms, so memory stays flat however long the corpus.
 */
final class NormalisedOnce extends TokenFilter {

    static final int LIMIT = 30_000;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final CharArrayMap<char[]> known = new CharArrayMap<>(1024, false);
    private final OneWord word = new OneWord();
    private final TokenStream normalising;
    private final CharTermAttribute normal;

    /** {@code normalisers}: the filters, wrapped around the stream they are given. */
    NormalisedOnce(TokenStream in, UnaryOperator<TokenStream> normalisers) {
        super(in);
        normalising = normalisers.apply(word);
        normal = normalising.addAttribute(CharTermAttribute.class);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        char[] form = known.get(term.buffer(), 0, term.length());
        if (form == null) {
            form = normalise();
            if (known.size() >= LIMIT) known.clear();
            known.put(Arrays.copyOf(term.buffer(), term.length()), form);
        }
        term.copyBuffer(form, 0, form.length);
        return true;
    }

    /** The normal form of the current word, through the filters. */
    private char[] normalise() throws IOException {
        word.set(term.buffer(), term.length());
        normalising.reset();
        if (!normalising.incrementToken()) throw new IllegalStateException("a normalising filter dropped a word");
        char[] out = Arrays.copyOf(normal.buffer(), normal.length());
        normalising.end();
        normalising.close();
        return out;
    }

    /** A stream of one word, for the filters to normalise. */
    private static final class OneWord extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private boolean pending;

        void set(char[] chars, int length) {
            term.copyBuffer(chars, 0, length);
            pending = true;
        }

        @Override
        public boolean incrementToken() {
            if (!pending) return false;
            pending = false;
            return true;
        }
    }
}
