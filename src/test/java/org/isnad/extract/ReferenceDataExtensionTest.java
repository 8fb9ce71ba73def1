package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.ingest.Article;
import org.isnad.ingest.ArticleOverrides;
import org.isnad.ingest.TextArticleSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A researcher extends the gazetteer and the lexicons with an RDF file, without touching Java. */
class ReferenceDataExtensionTest {

    static final String ARTICLE = """
            published: 2024-05-09
            title: خبر
            ---
            قصفت قوات النظام، أمس الأربعاء، قرية أم المياس الصغيرة بريف إدلب الجنوبي، حسب ناشطين.
            وزرعت خلايا مجهولة، فجر اليوم، عبوة ناسفة في بلدة سرمدا.
            """;

    static final String EXTRA = """
            @prefix isnad: <https://w3id.org/isnad/ns#> .
            @prefix rdfs:  <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix wgs:   <http://www.w3.org/2003/01/geo/wgs84_pos#> .
            @prefix lex:   <https://w3id.org/isnad/lexicon/> .
            # a village the built-in gazetteer does not know (invented for this test)
            <https://w3id.org/isnad/id/place/umm-al-mayyas-test> a isnad:Place ;
                isnad:placeKind isnad:Village ;
                rdfs:label "Umm al-Mayyas (test)"@en , "أم المياس الصغيرة"@ar ;
                wgs:lat 35.61 ; wgs:long 36.65 ;
                isnad:within <https://w3id.org/isnad/id/place/idlib-governorate> .
            # a verb the built-in lexicon does not have: "planted" (an explosive device)
            lex:planted-test a isnad:ActionVerb ; rdfs:label "planted"@en ; isnad:eventive true ;
                isnad:form "زرعت"@ar , "زرع"@ar .
            """;

    @TempDir Path dir;

    private List<EventClaim> extract(List<Path> reference) throws Exception {
        Lexicon lexicon = Lexicon.load(reference);
        Path f = dir.resolve("article.txt");
        Files.writeString(f, ARTICLE);
        Article a = new TextArticleSource(lexicon.boilerplateLines()).read(f, ArticleOverrides.NONE);
        return new ArabicClaimExtractor(lexicon).extract(a).stream()
                .filter(c -> c instanceof EventClaim).map(c -> (EventClaim) c).toList();
    }

    @Test
    void anExtraGazetteerFileAddsAPlaceAndAnExtraLexiconFileAWord() throws Exception {
        String village = "https://w3id.org/isnad/id/place/umm-al-mayyas-test";
        List<EventClaim> builtIn = extract(List.of(Path.of("ontology")));
        assertTrue(builtIn.stream().noneMatch(c -> c.places().contains(village)), "the built-in gazetteer lacks the village");
        long ieds = builtIn.stream().filter(c -> c.eventClass().endsWith("#RemoteExplosiveLandmineIED")).count();

        Path extra = dir.resolve("extra.ttl");
        Files.writeString(extra, EXTRA);
        List<EventClaim> extended = extract(List.of(Path.of("ontology"), extra));
        EventClaim shelling = extended.stream().filter(c -> c.places().contains(village)).findFirst().orElseThrow(
                () -> new AssertionError("the village from the extra file is not found: " + extended.stream().map(EventClaim::places).toList()));
        assertTrue(shelling.eventClass().endsWith("#ShellingArtilleryMissileAttack"), shelling.eventClass());
        assertEquals("2024-05-08", shelling.time().start().toString());

        // "زرعت … عبوة ناسفة" is an event that happened only once the verb is known (or a date says so)
        long iedsExtended = extended.stream().filter(c -> c.eventClass().endsWith("#RemoteExplosiveLandmineIED")).count();
        assertTrue(iedsExtended >= 1, "the IED is read");
        assertFalse(iedsExtended < ieds, "adding a word loses nothing");
        EventClaim ied = extended.stream().filter(c -> c.eventClass().endsWith("#RemoteExplosiveLandmineIED")).findFirst().orElseThrow();
        assertTrue(ied.places().contains("https://w3id.org/isnad/id/place/sarmada"), ied.places().toString());
    }
}
