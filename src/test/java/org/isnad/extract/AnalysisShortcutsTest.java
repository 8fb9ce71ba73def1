package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The extractor's shortcuts for speed give what the long way gives: each is checked against the long
 * way on words that take every branch.
 */
class AnalysisShortcutsTest {

    // the cut-word filter's pattern, as ArabicAnalysis has it
    private static final Pattern CUT_WORD = Pattern.compile("\u0640[.\u00a0 ]+\u0640?|[.\u00a0 ]+\u0640");

    @Test
    void textWithoutTatweelSkipsTheCutWordFilterAndTextWithItIsMended() {
        for (String t : List.of("هجـ.ـوم على القرية", "اغتيـ ـال قيادي", "قصف . ـمدفعي", "غارة جوية. قتلى", "ـ"))
            assertEquals(CUT_WORD.matcher(t).find() || t.indexOf('\u0640') >= 0, ArabicAnalysis.mayHaveCutWords(t, 0, t.length()), t);
        assertFalse(ArabicAnalysis.mayHaveCutWords("غارة جوية. قتلى", 0, 15));
        assertTrue(ArabicAnalysis.mayHaveCutWords("xx هجـ.ـوم", 3, 10));
        assertFalse(ArabicAnalysis.mayHaveCutWords("هجـ.ـوم xx", 7, 10));

        String text = "نفذ هجـ.ـوم على القرية";
        List<Token> tokens = ArabicAnalysis.tokens(text, 0, text.length());
        assertEquals(List.of("نفذ", "هجوم", "علي", "القريه"), tokens.stream().map(Token::term).toList());
        assertEquals(4, tokens.get(1).start());
        assertEquals(11, tokens.get(1).end());
        String plain = "نفذ هجوم على القرية";
        List<Token> uncut = ArabicAnalysis.tokens(plain, 4, plain.length());
        assertEquals(List.of("هجوم", "علي", "القريه"), uncut.stream().map(Token::term).toList());
        assertEquals(4, uncut.get(0).start());
        assertEquals(plain.length(), uncut.get(2).end());
    }

    @Test
    void definiteWordsAreThoseThePatternFinds() {
        Pattern definite = Pattern.compile("[وف]?([بلك]?ال|لل)");
        String letters = "وفبلكام";
        List<String> words = new java.util.ArrayList<>(List.of(""));
        for (int length = 1; length <= 5; length++) {
            for (String w : List.copyOf(words)) {
                if (w.length() != length - 1) continue;
                for (char c : letters.toCharArray()) words.add(w + c);
            }
        }
        int seen = 0;
        for (String w : words) {
            boolean expected = definite.matcher(w).lookingAt();
            assertEquals(expected, PhraseMatcher.isDefinite(w), w);
            if (expected) seen++;
        }
        assertTrue(seen > 100, "the words take every branch");
    }

    @Test
    void aSpanIsAnalysedOnceWhateverEvidenceCutsIt() throws Exception {
        Lexicon lexicon = Lexicon.load(List.of(java.nio.file.Path.of("ontology")));
        String text = "قصفت طائرات حربية مواقع في البوكمال. وأكد البيان أن الضربات كانت ضرورية.";
        org.isnad.ingest.Article article = new org.isnad.ingest.Article("test", "https://example.org/1", "SY24",
                java.time.LocalDate.of(2022, 8, 24), "عنوان", null, text, List.of());
        Reading r = new Reading(article, lexicon);
        List<String> once = r.stems(r.evidence(0, 36));
        assertEquals(List.of("قصفت", "طائرات", "حربيه", "مواقع", "في", "بوكمال"), once);
        // another claim resting on the same span cuts its own Evidence: the stems are those already found
        assertTrue(once == r.stems(r.evidence(0, 36)), "the same span is analysed again");
        assertEquals(List.of("اكد", "بيان"), r.stems(r.evidence(text.indexOf("وأكد"), text.indexOf(" أن"))));
    }

    @Test
    void subclassAnswersAreRememberedPerPairWithoutAJoinedKey() throws Exception {
        Lexicon lexicon = Lexicon.load(List.of(java.nio.file.Path.of("ontology")));
        String isnad = org.isnad.vocab.Vocab.ISNAD;
        assertTrue(lexicon.isSubClassOf(isnad + "AirDroneStrike", isnad + "ExplosionsRemoteViolence"));
        assertFalse(lexicon.isSubClassOf(isnad + "ExplosionsRemoteViolence", isnad + "AirDroneStrike"));
        // "a b" under "a b", then "a" under "b a b": one joined key "a b a b" gave the first answer to the second
        assertTrue(lexicon.isSubClassOf("urn:x:a b", "urn:x:a b"));
        assertFalse(lexicon.isSubClassOf("urn:x:a", "b urn:x:a b"));
    }

    @Test
    void statementsLoseTheQuotesAroundThem() {
        assertEquals("الضربات كانت ضرورية", StatementReader.trimQuotes(" «الضربات كانت ضرورية» "));
        assertEquals("الضربات كانت ضرورية", StatementReader.trimQuotes("، : “الضربات كانت ضرورية”\n"));
        assertEquals("قال: نعم", StatementReader.trimQuotes("\"قال: نعم\""));
    }
}
