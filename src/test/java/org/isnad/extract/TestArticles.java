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

    /** The claims of a body published by that outlet on Sunday 12 May 2024 (who speaks depends on the outlet). */
    static List<Claim> byOutlet(Path dir, String outlet, String body) throws Exception {
        Path f = dir.resolve("article.txt");
        Files.writeString(f, "outlet: " + outlet + "\npublished: 2024-05-12\ntitle: خبر\n---\n" + body);
        Lexicon lexicon = lexicon();
        Article a = new TextArticleSource(lexicon.boilerplateLines()).read(f, ArticleOverrides.NONE);
        return new ArabicClaimExtractor(lexicon).extract(a);
    }

    /**
     * The text gives the event no date: unresolved, or only presumed to lie in the week up to the report
     * (isnad:UpToReport), never a day read from its words or another sentence.
     */
    static boolean undatedByText(TimeSpan t) {
        return !t.resolved() || "UpToReport".equals(t.precision()) && t.text() == null && t.relation() == null;
    }

    static List<EventClaim> events(List<Claim> claims) {
        return claims.stream().filter(c -> c instanceof EventClaim).map(c -> (EventClaim) c).toList();
    }

    static List<StatementClaim> statements(List<Claim> claims) {
        return claims.stream().filter(c -> c instanceof StatementClaim).map(c -> (StatementClaim) c).toList();
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

    /** The one event claim of a body (published on 12 May 2024), or a failure that says how many there were. */
    static EventClaim only(Path dir, String body) throws Exception {
        List<EventClaim> es = events(dir, body);
        if (es.size() != 1) throw new AssertionError(body + " → " + es.size() + " events");
        return es.get(0);
    }

    /** The words of participants kept as written. */
    static java.util.Set<String> words(java.util.Set<ParticipantText> ps) {
        return ps.stream().map(ParticipantText::text).collect(java.util.stream.Collectors.toSet());
    }

    /** The event classes' local names, sorted: "Attack", "AirDroneStrike"… */
    static List<String> types(List<EventClaim> es) {
        return es.stream().map(e -> e.eventClass().substring(e.eventClass().indexOf('#') + 1)).sorted().toList();
    }

    /** A claim's places: the IRI's last segment for a known place, the words as written for one the gazetteer lacks. */
    static java.util.Set<String> places(EventClaim e) {
        java.util.Set<String> out = new java.util.HashSet<>();
        e.places().forEach(p -> out.add(p.substring(p.lastIndexOf('/') + 1)));
        e.placeTexts().forEach(t -> out.add(t.text()));
        return out;
    }

    /** Every place of every event read from one article body (which must tell an event). */
    static java.util.Set<String> allPlaces(Path dir, String body) throws Exception {
        List<EventClaim> es = events(dir, body);
        org.junit.jupiter.api.Assertions.assertFalse(es.isEmpty(), "no event in " + body);
        java.util.Set<String> out = new java.util.HashSet<>();
        es.forEach(e -> out.addAll(places(e)));
        return out;
    }

    /** The first of the claims of that class (a full isnad IRI), or a failure that lists them all. */
    static EventClaim first(List<EventClaim> es, String eventClass) {
        return es.stream().filter(e -> e.eventClass().equals(eventClass)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + eventClass + " among " + es));
    }

    /**
     * Each site in exactly one claim of that class (a full isnad IRI) starting that day, which holds no other of
     * the sites: one claim per listed place, as the analysts code them.
     */
    static void onePerSite(List<EventClaim> es, String eventClass, String day, String... sites) {
        for (String site : sites) {
            List<EventClaim> at = es.stream().filter(e -> places(e).contains(site)).toList();
            org.junit.jupiter.api.Assertions.assertEquals(1, at.size(), site + " in " + es.stream().map(TestArticles::places).toList());
            EventClaim c = at.get(0);
            for (String other : sites) {
                org.junit.jupiter.api.Assertions.assertTrue(other.equals(site) || !places(c).contains(other), places(c).toString());
            }
            org.junit.jupiter.api.Assertions.assertEquals(eventClass, c.eventClass(), c.toString());
            org.junit.jupiter.api.Assertions.assertEquals(day, String.valueOf(c.time().start()), c.toString());
        }
    }
}
