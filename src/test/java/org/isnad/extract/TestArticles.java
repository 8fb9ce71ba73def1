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

    private static Lexicon lexicon;

    /** The project's reference data (ontology/), loaded once for the reading tests. */
    static synchronized Lexicon lexicon() {
        try {
            if (lexicon == null) lexicon = Lexicon.load(List.of(Path.of("ontology")));
        } catch (Exception e) {
            throw new IllegalStateException("ontology/ does not load: " + e.getMessage(), e);
        }
        return lexicon;
    }

    /** The event claims of a body published on Sunday 12 May 2024, written in {@code dir}. */
    static List<EventClaim> events(Path dir, String body) throws Exception {
        return events(read(lexicon(), dir, "2024-05-12", body));
    }

    /** The first of the claims of that class (a full isnad IRI), or a failure that lists them all. */
    static EventClaim first(List<EventClaim> es, String eventClass) {
        return es.stream().filter(e -> e.eventClass().equals(eventClass)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + eventClass + " among " + es));
    }
}
