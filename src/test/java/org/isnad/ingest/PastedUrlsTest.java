package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.isnad.BadInputException;
import org.junit.jupiter.api.Test;

/**
 * A page's address copied from a browser's address bar keeps quotes and spaces that a URI may not hold; it is
 * the same page as its percent-encoded form, and an article that gives it is read, not refused.
 */
class PastedUrlsTest {

    @Test
    void quotesAndSpacesArePercentEncoded() {
        assertEquals("https://news.example/article/%22%D9%82%22-x", TextArticleSource.asUri("https://news.example/article/%22%D9%82%22-x"));
        assertEquals("https://news.example/article/%22قسد%22-تعتقل", TextArticleSource.asUri("https://news.example/article/\"قسد\"-تعتقل"));
        assertEquals("https://news.example/a%20b%7Cc%5E", TextArticleSource.asUri("https://news.example/a b|c^"));
        assertEquals("https://news.example/مدينة-حلب", TextArticleSource.asUri("https://news.example/مدينة-حلب"));
    }

    @Test
    void anArticleWithAPastedUrlIsReadUnderItsEncodedForm() throws Exception {
        TextArticleSource source = new TextArticleSource(java.util.Set.of());
        var meta = new ArticleMeta("https://news.example/article/\"قسد\"-تعتقل-40", "Levant News", null, null);
        var article = source.build("pasted.txt", meta, "اعتقلت قوات الأمن أربعين شخصاً في مدينة الحسكة أمس.");
        assertEquals("https://news.example/article/%22قسد%22-تعتقل-40", article.url());
    }

    @Test
    void whatIsNoWebAddressIsStillRefused() {
        TextArticleSource source = new TextArticleSource(java.util.Set.of());
        var meta = new ArticleMeta("ftp://news.example/x", null, null, null);
        assertThrows(BadInputException.class, () -> source.build("ftp.txt", meta, "نص"));
    }
}
