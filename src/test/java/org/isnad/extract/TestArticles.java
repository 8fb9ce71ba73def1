package org.isnad.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.ingest.Article;
import org.isnad.ingest.ArticleOverrides;
import org.isnad.ingest.TextArticleSource;

/** Short articles written in a test, read as `isnad convert` reads a text file, and their claims. */
final class TestArticles {

    private TestArticles() {}

    /** The claims of a body under the headline "خبر", published that day (or undated when null). */
    static List<Claim> read(Lexicon lexicon, Path dir, String published, String body) throws Exception {
        Path f = dir.resolve("article.txt");
        Files.writeString(f, (published == null ? "" : "published: " + published + "\n") + "title: خبر\n---\n" + body);
        Article a = new TextArticleSource(lexicon.boilerplateLines()).read(f, ArticleOverrides.NONE);
        return new ArabicClaimExtractor(lexicon).extract(a);
    }

    static List<EventClaim> events(List<Claim> claims) {
        return claims.stream().filter(c -> c instanceof EventClaim).map(c -> (EventClaim) c).toList();
    }
}
