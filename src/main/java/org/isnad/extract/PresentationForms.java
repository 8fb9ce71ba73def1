package org.isnad.extract;

import java.io.Reader;
import java.text.Normalizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * Arabic presentation forms ("ﺍﺳﺘﺸﻬﺪ ﻣﺪﻧﻲ ﻧﺘﻴﺠﺔ ﻏﺎﺭﺓ", pasted from PDFs and old pages) read as the letters they
 * draw (استشهد مدني نتيجة غارة): the shaped glyphs of U+FB50–U+FDFF and U+FE70–U+FEFF are other code points,
 * which no lexicon form, name or dictionary word matches. The map is Unicode's own compatibility
 * decomposition (NFKC) of each glyph, kept where it gives Arabic letters only (not "ﷺ", a phrase with spaces).
 * A char filter, so offsets still point into the text as written and the evidence is cut from what the user has.
 */
final class PresentationForms {

    private static final NormalizeCharMap MAP = map();

    private PresentationForms() {}

    private static NormalizeCharMap map() {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        for (char c = '\uFB50'; c <= '\uFEFF'; c++) {
            if (c > '\uFDFF' && c < '\uFE70') continue;
            String glyph = String.valueOf(c), letters = Normalizer.normalize(glyph, Normalizer.Form.NFKC);
            if (!letters.equals(glyph) && !letters.isEmpty() && letters.chars().allMatch(PresentationForms::arabicLetterOrMark))
                b.add(glyph, letters);
        }
        return b.build();
    }

    private static boolean arabicLetterOrMark(int c) {
        return c >= '\u0621' && c <= '\u0652' || c >= '\u0670' && c <= '\u06D3';
    }

    /** Whether {@code text[from, to)} has a presentation form: most text has none and is not filtered. */
    static boolean in(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '\uFB50' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFC') return true;   // not U+FEFF, a byte-order mark
        }
        return false;
    }

    /** The text with each presentation form read as its letters. */
    static Reader letters(Reader text) {
        return new MappingCharFilter(MAP, text);
    }
}
