package org.isnad.morph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import org.isnad.morph.Analysis.Tense;
import org.isnad.morph.Analysis.Voice;
import org.isnad.morph.Analysis.WordClass;
import org.junit.jupiter.api.Test;

/** What the extractor relies on from the analyser: lemmas through clitics, tense, voice, verbal nouns. */
class DictionaryMorphologyTest {

    private final Morphology m = DictionaryMorphology.shared();

    private boolean has(String word, Predicate<Analysis> p) {
        return m.analyse(word).stream().anyMatch(p);
    }

    @Test
    void oneLemmaForEveryInflectionOfAVerb() {
        for (String w : List.of("استهدف", "استهدفت", "استُهدفت", "يستهدف", "سيستهدف", "واستهدفتها", "استهدفوا"))
            assertTrue(has(w, a -> a.isVerb() && a.lemma().equals("استهدف")), w);
    }

    @Test
    void tenseVoiceAndTheFuturePrefix() {
        assertTrue(has("قصفت", a -> a.isVerb() && a.tense() == Tense.PAST));
        assertFalse(has("قصفت", a -> a.isVerb() && a.tense() == Tense.PRESENT));
        assertTrue(has("يقصف", a -> a.isVerb() && a.tense() == Tense.PRESENT && !a.future()));
        assertTrue(has("سيقصف", a -> a.isVerb() && a.future()));
        assertTrue(has("اعتقلت", a -> a.voice() == Voice.PASSIVE));
    }

    @Test
    void cliticsAreCutOffAndAgreeWithTheReading() {
        List<Analysis> a = m.analyse("وباستهداف");
        assertEquals(1, a.size(), a.toString());
        assertEquals("استهداف", a.get(0).lemma());
        assertEquals(WordClass.VERBAL_NOUN, a.get(0).wordClass());
        assertEquals("وب", a.get(0).proclitics());
        assertTrue(has("الغارات", x -> x.lemma().equals("غاره") && x.definite()));
        assertTrue(has("قصفتها", x -> x.isVerb() && x.enclitic().equals("ها")));
        // the article goes with nouns only: "القصف" is never the verb
        assertFalse(has("القصف", Analysis::isVerb));
        // a word that is whole is not cut: "كميناً" is كمين, not كمي + نا
        assertTrue(m.analyse("كميناً").stream().allMatch(x -> x.enclitic().isEmpty()));
    }

    @Test
    void aBareAlefMayStandForHamza() {
        assertTrue(has("القت", a -> a.isVerb() && a.lemma().equals("القي")));
    }

    @Test
    void verbalNounsOfDerivedVerbsFollowTheirForm() {
        assertTrue(m.verbalNouns("استهدف").contains("استهداف"));
        assertTrue(m.verbalNouns("اعتقل").contains("اعتقال"));
        assertTrue(m.verbalNouns("فجّر").contains("تفجير"));
        assertTrue(m.verbalNouns("داهم").contains("مداهمه"));
        assertTrue(m.verbalNouns("تظاهر").contains("تظاهر"));
        // "أضرب" (went on strike) is also "I hit": only the verb's own reading gives its noun
        assertFalse(m.verbalNouns("أضرب").contains("ضرب"));
    }

    @Test
    void namesNumbersAndLatinAreUnknown() {
        assertTrue(m.analyse("SY24").isEmpty());
        assertTrue(m.analyse("2023").isEmpty());
    }
}
