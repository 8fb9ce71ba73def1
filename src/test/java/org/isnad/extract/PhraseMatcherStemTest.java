package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The stem is cut in one go, as the clitics were cut one copy at a time before. */
class PhraseMatcherStemTest {

    /** The stem as it was cut before: و/ف, then ب/ل/ك, then the article, each only from a word of four letters or more. */
    private static String stepByStep(String term) {
        String t = term;
        if (t.length() > 3 && (t.charAt(0) == 'و' || t.charAt(0) == 'ف')) t = t.substring(1);
        if (t.length() > 3 && "بلك".indexOf(t.charAt(0)) >= 0) t = t.substring(1);
        return PhraseMatcher.withoutArticle(t);
    }

    @Test
    void stemIsCutAsStepByStep() {
        for (String w : new String[] {"وبالاشجار", "بالاشجار", "الاشجار", "اشجار", "وفي", "بحي", "ولل", "وبال", "فالقريه",
                "كالعاده", "لل", "للقريه", "والي", "وال", "فبلك", "وبلدة", "بلده", "ال", "الف", "", "و", "abc", "وكالة"}) {
            assertEquals(stepByStep(w), PhraseMatcher.stem(w), () -> "for " + w);
        }
        assertEquals("اشجار", PhraseMatcher.stem("وبالاشجار"));
    }
}
