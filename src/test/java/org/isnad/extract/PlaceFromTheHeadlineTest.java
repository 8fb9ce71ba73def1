package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.isnad.ingest.Article;
import org.isnad.ingest.ArticleOverrides;
import org.isnad.ingest.TextArticleSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A headline that says where, over a body that never does (learnt from real pages of two outlets, every
 * sentence written here): the act takes the headline's place, given in a header or standing in the text.
 */
class PlaceFromTheHeadlineTest {

    @TempDir Path dir;

    /** The event claims of an article with that header title, published on Sunday 12 May 2024. */
    private List<EventClaim> events(String title, String body) throws Exception {
        Path f = dir.resolve("article.txt");
        Files.writeString(f, "outlet: Enab Baladi\npublished: 2024-05-12\n" + (title == null ? "" : "title: " + title + "\n") + "---\n" + body);
        Lexicon lexicon = TestArticles.lexicon();
        Article a = new TextArticleSource(lexicon.boilerplateLines()).read(f, ArticleOverrides.NONE);
        return TestArticles.events(new ArabicClaimExtractor(lexicon).extract(a));
    }

    private static final String STRIKE = "استهدفت طائرة مسيّرة تركية، اليوم الأحد، شاحنة محملة بالقمح، ما أدى إلى إصابة سائقها بجروح.\n"
            + "ونُقل السائق إلى مشفى في مدينة الحسكة لتلقي العلاج.";

    @Test
    void theStrikeTakesTheHeaderHeadlinesPlace() throws Exception {
        List<EventClaim> es = events("الحسكة.. مسيّرة تركية تستهدف شاحنة قرب عامودا", STRIKE);
        assertEquals(Set.of("amuda"), places(es.get(0)), es.toString());
        assertTrue(es.get(0).eventClass().endsWith("#AirDroneStrike"), es.get(0).eventClass());
        // the headline lends a place, never its words as evidence: offsets point into the body
        assertTrue(es.get(0).evidence().stream().noneMatch(e -> e.text().contains("عامودا")), es.get(0).evidence().toString());
    }

    @Test
    void aHeadlineStandingInTheTextLendsItsPlaceToo() throws Exception {
        List<EventClaim> es = events(null, "مسيّرة تركية تستهدف شاحنة قرب عامودا\n" + STRIKE);
        assertEquals(Set.of("amuda"), places(es.get(0)), es.toString());
    }

    @Test
    void withoutAPlaceInTheHeadlineTheStrikeHasNone() throws Exception {
        List<EventClaim> es = events("مسيّرة تركية تستهدف شاحنة محملة بالقمح", STRIKE);
        assertEquals(Set.of(), places(es.get(0)), es.toString());
    }

    @Test
    void aBodyThatSaysWhereKeepsItsOwnPlace() throws Exception {
        List<EventClaim> es = events("مسيّرة تركية تستهدف شاحنة قرب عامودا",
                "استهدفت طائرة مسيّرة تركية، اليوم الأحد، شاحنة محملة بالقمح في بلدة الدرباسية، ما أدى إلى إصابة سائقها.");
        assertEquals(Set.of("ad-darbasiyah"), places(es.get(0)), es.toString());
    }

    @Test
    void theVictimsHomeInTheHeadlineIsNotWhereHeWasTaken() throws Exception {
        // "من ريف السويداء": where he is from; the body does not say where he was taken
        List<EventClaim> es = events("خطف شاب من ريف السويداء وذووه يطالبون بإطلاق سراحه",
                "خطف مسلحون مجهولون، أمس السبت، شاباً أثناء عودته من عمله، بحسب ما قاله أحد أقاربه.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(Set.of(), places(es.get(0)), es.toString());
    }

    @Test
    void aHeadlineOfAnotherActLendsNothing() throws Exception {
        List<EventClaim> es = events("اعتقالات تطال شباناً في مدينة القامشلي", STRIKE);
        assertEquals(Set.of(), places(es.get(0)), es.toString());
    }
}
