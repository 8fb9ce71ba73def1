package org.isnad.extract;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The analysis chain, as in Lucene: a Unicode word tokenizer (no-break spaces, curly quotes and slashes
 * separate words) wrapped by one filter per normalisation: lower case for Latin, Arabic-Indic digits to
 * ASCII, and Lucene's Arabic normaliser (alef forms, alef maksura → yeh, teh marbuta → heh, diacritics,
 * tatweel), then a filter that drops a clitic the tokenizer cut off its word ("لـ“قسد”"). Offsets
 * always point into the original text, so evidence can be cut from what the user has.
 *
 * <p>The gazetteer and the lexicons go through the same chain, so a form in the RDF and a word in an
 * article meet in the same normal form.
 */
public final class ArabicAnalysis {

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer words = new StandardTokenizer();
            TokenStream s = new LowerCaseFilter(words);
            s = new DecimalDigitFilter(s);
            s = new ArabicNormalizationFilter(s);
            s = new DetachedCliticFilter(s);
            return new TokenStreamComponents(words, s);
        }
    };

    private ArabicAnalysis() {}

    /** Tokens of {@code text[from, to)}, with offsets into {@code text}. */
    public static List<Token> tokens(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream("text", new StringReader(text.substring(from, to)))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() == 0) continue;
                out.add(new Token(term.toString(), from + off.startOffset(), from + off.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a StringReader does not fail
        }
        return out;
    }

    public static List<Token> tokens(String text) {
        return tokens(text, 0, text.length());
    }

    /** The normal forms of a phrase, for dictionary keys. */
    public static List<String> terms(String phrase) {
        return tokens(phrase).stream().map(Token::term).toList();
    }
}
