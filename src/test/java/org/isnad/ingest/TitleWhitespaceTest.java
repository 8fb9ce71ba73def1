package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The given title is found in the text with white space runs folded as the regex {@code \s+} folds them. */
class TitleWhitespaceTest {

    @Test
    void whiteSpaceFoldsAsTheRegexDoes() {
        // the ASCII white space \s matches, and two that it does not (no-break space, em space)
        String alphabet = "اب \t\n\u000B\f\r\u00a0\u2003";
        Random random = new Random(12);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(9); i > 0; i--) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = b.toString();
            assertEquals(s.replaceAll("\\s+", " "), TextArticleSource.collapsedWhitespace(s), () -> s.chars().boxed().toList().toString());
        }
        String plain = "التحالف الدولي ينفذ غارات";
        assertEquals(plain, TextArticleSource.collapsedWhitespace(plain));
    }
}
