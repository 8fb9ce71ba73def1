package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** The duplicate key: the text up to white space, as the regex it replaced read it, hashed to 16 bytes. */
class ArticleIdentityTest {

    private static String byRegex(String text) {
        return text.replaceAll("[\\s\\u00A0\\u200B-\\u200F\\uFEFF]+", " ").strip();
    }

    @Test
    void whiteSpaceIsReadAsTheRegexReadIt() {
        for (String s : new String[] {"", "  ", "a b", " a\t\tb\r\n", "\uFEFFقال\u00A0 \u200Fمصدر\n\n", "a\u2003b", "\u2003a b\u2003",
                "x\u000Bx\fy", "\u200B\u200C\u200D\u200E"})
            assertEquals(byRegex(s), ArticleIdentity.normalisedText(s), () -> "for " + s.codePoints().boxed().toList());
    }

    @Test
    void httpSchemeIsCutAsTheRegexCutIt() {
        for (String u : new String[] {"https://x.org/1", "http://x.org", "HTTP://x.org", "httpx://x.org", "ftp://x.org",
                "//x.org/a", "x.org/http://y", "https:/x.org", "http://", "https://", "", "http:", "https//x"})
            assertEquals(u.replaceFirst("^https?://", "//"), Conversion.withoutHttpScheme(u), () -> "for " + u);
    }

    @Test
    void oneThreadsDigestHashesEachArticleAfresh() {
        // the digest is kept for the thread: each hash must not carry the one before
        ArticleIdentity first = ArticleIdentity.of("https://x.org/1", "outlet:sy24", "قال مصدر");
        ArticleIdentity.of("https://x.org/2", "outlet:enab", "نص آخر");
        assertEquals(first, ArticleIdentity.of("https://x.org/1", "outlet:sy24", "قال مصدر"));
    }

    @Test
    void copiesUpToSpacingAreOneAndOutletsOrUrlsTellApart() {
        ArticleIdentity a = ArticleIdentity.of("https://X.org/1/#top", "outlet:sy24", "قال   مصدر\n");
        ArticleIdentity b = ArticleIdentity.of("http://x.org/1", "outlet:sy24", "قال مصدر");
        assertEquals(a, b);
        assertNotEquals(a.text(), ArticleIdentity.of(null, "outlet:enab", "قال مصدر").text());
        assertNotEquals(a.url(), ArticleIdentity.of("https://x.org/2", "outlet:sy24", "").url());
    }
}
