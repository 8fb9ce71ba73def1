package org.isnad.extract;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.isnad.morph.ArabicMorphologyFilter;
import org.isnad.morph.Morphologies;
import org.isnad.morph.MorphologyAttribute;

/**
 * The analysis chain, as in Lucene: a Unicode word tokenizer (no-break spaces, curly quotes and slashes
 * separate words) wrapped by one filter per normalisation: lower case for Latin, Arabic-Indic digits to
 * ASCII, and Lucene's Arabic normaliser (alef forms, alef maksura → yeh, teh marbuta → heh, diacritics,
 * tatweel), then a filter that drops a clitic the tokenizer cut off its word ("لـ“قسد”"). Article text
 * is first analysed word by word, as written ({@link ArabicMorphologyFilter}: lemma, class, tense, voice,
 * clitics), since the normaliser folds away the hamza the dictionary needs. Offsets
 * always point into the original text, so evidence can be cut from what the user has.
 *
 * <p>The gazetteer and the lexicons go through the same chain, so a form in the RDF and a word in an
 * article meet in the same normal form.
 */
public final class ArabicAnalysis {

    // a cut is mended only when a letter goes on after it: "في الـ 11 من الشهر" keeps its article apart from the number.
    // A tatweel only stretches a letter that joins the next one: after alef, dal, thal, reh, zain, waw, teh marbuta,
    // alef maksura or hamza it is a stray stroke at the end of a word, not a cut ("على مدينة كفرزيتاـ تزامناً مع"
    // keeps the town apart from the next word), and the normaliser drops it like any tatweel
    private static final java.util.regex.Pattern CUT_WORD = java.util.regex.Pattern.compile(
            "(?<![\u0621-\u0625\u0627\u0629\u062f-\u0632\u0648\u0649])\u0640[.\u00a0 ]+(?:\u0640|(?=\\p{L}))"
                    + "|[.\u00a0 ]+\u0640");

    /** Lexicon forms and names: normal forms only. */
    private static final Analyzer ANALYZER = chain(false, true, false);
    /** Article text: normal forms and, first, each word's morphological readings. */
    private static final Analyzer WORDS = chain(true, true, false);
    // the same chains without the cut-word filter, for text without tatweel: every cut the filter mends
    // has one, and the filter copies and scans the whole text (a fifth of the analysis time)
    private static final Analyzer ANALYZER_UNCUT = chain(false, false, false);
    private static final Analyzer WORDS_UNCUT = chain(true, false, false);
    // and with presentation forms read as letters, for the rare text that has them ("ﻏﺎﺭﺓ ﺟﻮﻳﺔ")
    private static final Analyzer ANALYZER_SHAPED = chain(false, true, true);
    private static final Analyzer WORDS_SHAPED = chain(true, true, true);

    private static Analyzer chain(boolean morphology, boolean cutWords, boolean shaped) {
        return new Analyzer() {
        /** "هجـ.ـوم", "اغتيـ ـال": words cut with tatweel and a dot or a space to pass platform filters, made whole. */
        @Override
        protected java.io.Reader initReader(String field, java.io.Reader reader) {
            java.io.Reader letters = shaped ? PresentationForms.letters(reader) : reader;
            return cutWords ? new PatternReplaceCharFilter(CUT_WORD, "", letters) : letters;
        }

        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer words = new StandardTokenizer();
            // "17تموز" is two words (GluedNumberFilter)
            TokenStream s = new GluedNumberFilter(words);
            s = morphology ? new ArabicMorphologyFilter(s, Morphologies.configured()) : s;
            // the three normalisations, run once per word form and remembered (NormalisedOnce)
            s = new NormalisedOnce(s, w -> new ArabicNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(w))));
            s = new DetachedCliticFilter(s);
            return new TokenStreamComponents(words, s);
        }
        };
    }

    private ArabicAnalysis() {}

    /**
     * The words of {@code text[from, to)} (a sentence of the article), with offsets into {@code text} and
     * each word's morphological readings.
     */
    public static List<Token> tokens(String text, int from, int to) {
        if (PresentationForms.in(text, from, to)) return analyse(WORDS_SHAPED, text, from, to);
        return analyse(mayHaveCutWords(text, from, to) ? WORDS : WORDS_UNCUT, text, from, to);
    }

    /** True when {@code text[from, to)} has a tatweel, without which {@link #CUT_WORD} cannot match. */
    static boolean mayHaveCutWords(String text, int from, int to) {
        for (int i = from; i < to; i++) if (text.charAt(i) == '\u0640') return true;
        return false;
    }

    private static List<Token> analyse(Analyzer analyzer, String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", new StringReader(text.substring(from, to)))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            MorphologyAttribute readings = ts.addAttribute(MorphologyAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() == 0) continue;
                int start = from + off.startOffset(), end = from + off.endOffset();
                out.add(new Token(term.toString(), start, end, readings.analyses(), Token.endsInHeh(text, start, end)));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a StringReader does not fail
        }
        return out;
    }

    /** The normal forms of a short text (a cue, a form of the lexicon), without readings. */
    public static List<Token> tokens(String text) {
        if (PresentationForms.in(text, 0, text.length())) return analyse(ANALYZER_SHAPED, text, 0, text.length());
        return analyse(mayHaveCutWords(text, 0, text.length()) ? ANALYZER : ANALYZER_UNCUT, text, 0, text.length());
    }

    /** The normal forms of single words, as a set to look terms up in: "بالقرب" → بالقرب, "منطقة" → منطقه. */
    static java.util.Set<String> wordSet(String... words) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : words) out.add(terms(w).get(0));
        return java.util.Set.copyOf(out);
    }

    /** The normal forms of a phrase, for dictionary keys. */
    public static List<String> terms(String phrase) {
        return tokens(phrase).stream().map(Token::term).toList();
    }

    /** The normal form of each word, as a set to test a token's term against: termSet("من", "عن"). */
    static java.util.Set<String> termSet(String... words) {
        return java.util.stream.Stream.of(words).map(w -> terms(w).get(0)).collect(java.util.stream.Collectors.toSet());
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("[\\p{Mn}\\u0640]");

    /**
     * Text as written, without short vowels, other combining marks or tatweel, for comparing place words of
     * the evidence: "ليُنقل" is "لينقل", "الذَّنيبة" is "الذنيبة".
     */
    static String withoutMarks(String s) {
        // most text has no mark at all: the regex (which copies the text) only when one may be there
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // no mark comes before U+0300 (combining marks) nor among the Arabic letters
            if (c < '\u0300' || c >= '\u0621' && c <= '\u064a' && c != '\u0640') continue;
            if (c == '\u0640' || Character.isSurrogate(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                return MARKS.matcher(s).replaceAll("");
            }
        }
        return s;
    }
}
