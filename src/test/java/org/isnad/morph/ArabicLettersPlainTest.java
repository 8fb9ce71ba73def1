package org.isnad.morph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The one-pass check answers as taking the diacritics off and then asking for Arabic letters did. */
class ArabicLettersPlainTest {

    private static boolean analysable(String w) { return w.length() >= 2 && ArabicLetters.isArabic(w); }

    @Test
    void plainWordsAreThemselvesAndOthersAsBefore() {
        String plain = "استهدفت";
        assertSame(plain, ArabicLetters.plainArabic(plain));
        assertNull(ArabicLetters.plainArabic("استُهدفت"));
        assertNull(ArabicLetters.plainArabic("هجـوم"));
        for (String w : new String[] {"غارة", "استُهدفت", "هجـوم", "قسد2", "ISIS", "", "ب", "دير-الزور", "ﻏﺎﺭﺓ", "٣٠", "إدلب", "ئ", "ـ",
                "مُ", "x\u064Bx", "\u0670ا"}) {
            // as DictionaryMorphology.analyse asks: a word of two Arabic letters or more, once its marks are off
            String before = ArabicLetters.withoutDiacritics(w);
            String now = ArabicLetters.plainArabic(w);
            if (now == null) now = ArabicLetters.withoutDiacritics(w);
            assertEquals(analysable(before), analysable(now), () -> "for " + w);
            if (analysable(before)) assertEquals(before, now, () -> "for " + w);
        }
    }
}
