package org.isnad.extract.llm;

import static org.isnad.extract.llm.FakeModel.answer;
import static org.isnad.extract.llm.FakeModel.event;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.isnad.extract.CasualtyClaim;
import org.isnad.extract.Claim;
import org.isnad.extract.EventClaim;
import org.isnad.extract.ExtractionException;
import org.isnad.extract.Lexicon;
import org.isnad.extract.Modality;
import org.isnad.extract.PlaceText;
import org.isnad.extract.ReportKind;
import org.isnad.extract.ToldEvent;
import org.isnad.extract.ToldEventReader;
import org.isnad.ingest.Article;
import org.isnad.vocab.Vocab;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The llm extractor against a fake endpoint on 127.0.0.1: what a canned answer becomes, the cache, the failures. */
class LlmExtractorTest {

    static Lexicon lexicon;
    @TempDir Path tmp;

    // sentences written for this test, in the outlets' style
    static final String S1 = "قُتل ثلاثة مدنيين وأصيب اثنان آخران، أمس الاثنين، جراء غارة جوية استهدفت قرية الزهيرات شرقي مدينة البو كمال، بحسب ما أفادت به مصادر محلية.";
    static final String S2 = "وقال المرصد السوري لحقوق الإنسان إن قوات النظام قصفت مدينة الميادين صباح اليوم.";
    static final String S3 = "وذكر أبو محمد الديري أن دورية اعتقلت شابين في بلدة الصور.";
    static final String TEXT = S1 + "\n\n" + S2 + "\n\n" + S3 + "\n";
    static final Article ARTICLE = new Article("llm-test.txt", "https://example.org/llm/1", "SY24", LocalDate.of(2024, 3, 12),
            "غارة جوية قرب البو كمال", null, TEXT, List.of());

    static final String ANSWER = answer(
            event("Air/drone strike", S1, "قرية الزهيرات شرقي مدينة البو كمال", "أمس الاثنين", "", "مصادر محلية", "asserted", 3, 2),
            event("Shelling/artillery/missile attack", S2, "مدينة الميادين", "صباح اليوم", "قوات النظام", "المرصد السوري لحقوق الإنسان", "asserted", null, null),
            event("Arrests", S3, "بلدة الصور", "", "دورية", "أبو محمد الديري", "asserted", null, null),
            // a quote the article does not hold, and a type isnad does not know: both dropped
            event("Armed clash", "اندلعت اشتباكات عنيفة في ريف حلب.", "ريف حلب", "", "", "", "asserted", null, null),
            event("Bombing of the moon", S2, "", "", "", "", "asserted", null, null));

    @BeforeAll
    static void load() throws Exception {
        lexicon = Lexicon.load(List.of(Path.of("ontology")));
    }

    private LlmExtractor extractor(FakeModel m, Path cache) {
        return new LlmExtractor(lexicon, LlmConfig.from(cache == null ? Map.of(LlmConfig.ENDPOINT, m.endpoint())
                : Map.of(LlmConfig.ENDPOINT, m.endpoint(), LlmConfig.CACHE, cache.toString(), LlmConfig.API_KEY, "s3cret")));
    }

    private static EventClaim eventOf(List<Claim> claims, String cls) {
        return claims.stream().filter(c -> c instanceof EventClaim e && e.eventClass().equals(Vocab.ISNAD + cls))
                .map(c -> (EventClaim) c).findFirst().orElseThrow(() -> new AssertionError("no " + cls + " in " + claims));
    }

    @Test
    void aCannedAnswerBecomesClaimsReadByIsnadsOwnReaders() throws Exception {
        try (FakeModel m = new FakeModel(body -> ANSWER)) {
            List<Claim> claims = extractor(m, null).extract(ARTICLE);
            assertEquals(4, claims.size(), claims.toString());   // three events and one toll

            EventClaim strike = eventOf(claims, "AirDroneStrike");
            assertEquals(TEXT.indexOf(S1), strike.evidence().get(0).start());
            assertEquals(S1, strike.evidence().get(0).text());
            // "مصادر محلية" is an actor of the reference data ("Local sources"), as the rules read it
            assertEquals(ReportKind.SOURCE_REPORT, strike.report().kind());
            assertEquals("https://w3id.org/isnad/id/actor/local-sources", strike.report().speaker());
            assertEquals(LocalDate.of(2024, 3, 11), strike.time().start(), "أمس الاثنين, a day before the 12th");
            assertEquals("Day", strike.time().precision());
            assertFalse(strike.places().isEmpty(), "البو كمال is in the gazetteer");
            PlaceText village = strike.placeTexts().iterator().next();
            assertEquals("الزهيرات", village.text(), "the village the gazetteer lacks, kept as written");
            assertEquals(village.text(), TEXT.substring(village.start(), village.end()));
            assertEquals(strike.places().iterator().next(), village.within());
            CasualtyClaim toll = (CasualtyClaim) claims.stream().filter(c -> c instanceof CasualtyClaim).findFirst().orElseThrow();
            assertEquals(3, toll.killed());
            assertEquals(2, toll.wounded());
            assertEquals(strike.key(), toll.event());

            EventClaim shelling = eventOf(claims, "ShellingArtilleryMissileAttack");
            assertEquals(ReportKind.SOURCE_REPORT, shelling.report().kind());
            assertTrue(shelling.report().speaker().contains("sohr") || shelling.report().label().contains("SOHR"), shelling.report().toString());
            assertEquals(LocalDate.of(2024, 3, 12), shelling.time().start());
            assertEquals(1, shelling.places().size());
            assertTrue(shelling.placeTexts().isEmpty());
            assertFalse(shelling.actors().isEmpty(), "قوات النظام: a known actor");

            EventClaim arrests = eventOf(claims, "Arrests");
            assertEquals("أبو محمد الديري", arrests.report().speakerName(), "a speaker no list knows, kept as written");
            assertFalse(arrests.time().resolved());
            assertEquals(Modality.ASSERTED, arrests.modality());
        }
    }

    @Test
    void aQuoteNotInTheTextAndAnUnknownTypeAreDroppedAndCounted() throws Exception {
        ToldEventReader.Result r = new ToldEventReader(lexicon).read(ARTICLE, AnswerParser.parse(ANSWER));
        assertEquals(Map.of(ToldEventReader.UNKNOWN_TYPE, 1, ToldEventReader.EVIDENCE_NOT_IN_TEXT, 1), r.dropped());
        assertEquals(3, r.claims().stream().filter(c -> c instanceof EventClaim).count());
        // the same type told twice by one quote would be one claim's identity twice
        List<ToldEvent> twice = List.of(AnswerParser.parse(ANSWER).get(0), AnswerParser.parse(ANSWER).get(0));
        assertEquals(Map.of(ToldEventReader.DUPLICATE, 1), new ToldEventReader(lexicon).read(ARTICLE, twice).dropped());
    }

    @Test
    void theCacheServesASecondRunWithoutACall() throws Exception {
        Path cache = tmp.resolve("answers");
        try (FakeModel m = new FakeModel(body -> ANSWER)) {
            List<Claim> first = extractor(m, cache).extract(ARTICLE);
            assertEquals(1, m.calls());
            assertEquals("Bearer s3cret", m.authorizations.get(0));
            assertTrue(m.bodies.get(0).contains("\"temperature\":0") || m.bodies.get(0).contains("\"temperature\" : 0"), m.bodies.get(0));
            try (var files = Files.list(cache)) {
                List<Path> kept = files.toList();
                assertEquals(1, kept.size());
                assertFalse(Files.readString(kept.get(0)).contains("s3cret"), "the key is never stored");
            }
            LlmExtractor again = extractor(m, cache);
            List<Claim> second = again.extract(ARTICLE);
            assertEquals(1, m.calls(), "answered from the cache");
            assertEquals(0, again.calls());
            assertEquals(first.toString().replaceAll("@[0-9a-f]+", ""), second.toString().replaceAll("@[0-9a-f]+", ""));
        }
    }

    @Test
    void theEndpointDownIsAClearError() throws Exception {
        FakeModel m = new FakeModel(body -> ANSWER);
        LlmExtractor x = extractor(m, null);
        m.close();
        ExtractionException e = assertThrows(ExtractionException.class, () -> x.extract(ARTICLE));
        assertEquals("llm-test.txt", e.source());
        assertTrue(e.getMessage().contains(m.endpoint() + "/chat/completions") && e.getMessage().contains("did not answer"), e.getMessage());
    }

    @Test
    void anHttpErrorNamesTheEndpointAndStatus() throws Exception {
        try (FakeModel m = new FakeModel(body -> ANSWER)) {
            m.status = 500;
            ExtractionException e = assertThrows(ExtractionException.class, () -> extractor(m, null).extract(ARTICLE));
            assertTrue(e.getMessage().startsWith("llm-test.txt: "), e.getMessage());
            assertTrue(e.getMessage().contains("HTTP 500") && e.getMessage().contains(m.endpoint()), e.getMessage());
        }
    }

    @Test
    void aMalformedAnswerNamesTheArticleAndIsNotCached() throws Exception {
        Path cache = tmp.resolve("answers");
        try (FakeModel m = new FakeModel(body -> "Here are the events: [{\"type\": ")) {
            ExtractionException e = assertThrows(ExtractionException.class, () -> extractor(m, cache).extract(ARTICLE));
            assertTrue(e.getMessage().startsWith("llm-test.txt: the language model's answer is malformed"), e.getMessage());
            assertFalse(Files.exists(cache) && Files.list(cache).findAny().isPresent(), "a bad answer is not kept");
            m.answer = body -> "{\"events\": [{\"type\": \"Arrests\", \"killed\": \"many\"}]}";
            e = assertThrows(ExtractionException.class, () -> extractor(m, cache).extract(ARTICLE));
            assertTrue(e.getMessage().contains("\"killed\" is not a count"), e.getMessage());
        }
    }

    @Test
    void aFencedAnswerAndAnEmptyListAreRead() throws Exception {
        try (FakeModel m = new FakeModel(body -> "```json\n{\"events\": []}\n```")) {
            assertEquals(List.of(), extractor(m, null).extract(ARTICLE));
        }
    }

    @Test
    void aMissingEndpointNamesTheVariable() {
        ExtractionException e = assertThrows(ExtractionException.class, () -> LlmConfig.from(Map.of()));
        assertTrue(e.getMessage().contains("ISNAD_LLM_ENDPOINT"), e.getMessage());
        assertFalse(LlmConfig.from(Map.of(LlmConfig.ENDPOINT, "http://127.0.0.1:1/v1", LlmConfig.API_KEY, "s3cret"))
                .toString().contains("s3cret"));
    }

    @Test
    void thePromptListsTheOntologysTypesAndTheArticle() throws Exception {
        try (FakeModel m = new FakeModel(body -> "{\"events\": []}")) {
            extractor(m, null).extract(ARTICLE);
            String sent = m.bodies.get(0);
            assertTrue(sent.contains("Air/drone strike") && sent.contains("Peaceful protest"), sent);
            assertTrue(sent.contains("2024-03-12") && sent.contains("الزهيرات"), "the date and the body are sent");
        }
    }
}
