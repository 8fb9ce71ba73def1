package org.isnad.eval;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.isnad.extract.Lexicon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The evaluator's own rules, on the seed gold and a hand-written claims JSON that says exactly what the gold
 * says; each test changes one thing and checks that the score moves as the matching rules promise.
 */
class EvaluatorTest {

    static final Path GOLD = Path.of("src/test/resources/seed/sy24-deir-ez-zor-strikes.gold.yaml");
    static final Path PERFECT = Path.of("src/test/resources/eval/seed-as-gold.claims.json");
    static final String PLACE = "https://w3id.org/isnad/id/place/";

    static Lexicon lexicon;
    static Evaluator evaluator;
    static GoldFile gold;

    @BeforeAll
    static void load() throws Exception {
        lexicon = Lexicon.load(List.of(Path.of("ontology")));
        evaluator = new Evaluator(new Names(lexicon));
        gold = GoldFile.load(GOLD);
    }

    static List<PredictedClaim> perfect() throws Exception {
        return PredictedClaim.parse(PERFECT.toString(), Files.readString(PERFECT, StandardCharsets.UTF_8));
    }

    /** The perfect prediction with claim {@code id} changed. */
    static List<PredictedClaim> with(String id, UnaryOperator<PredictedClaim> change) throws Exception {
        List<PredictedClaim> out = new ArrayList<>();
        boolean found = false;
        for (PredictedClaim c : perfect()) {
            if (c.id().equals(id)) {
                found = true;
                PredictedClaim d = change.apply(c);
                if (d != null) out.add(d);
            } else {
                out.add(c);
            }
        }
        assertTrue(found, id);
        return out;
    }

    static PredictedClaim type(PredictedClaim c, String t) {
        return new PredictedClaim(c.id(), c.kind(), t, c.places(), c.start(), c.end(), c.reportLabel(), c.reportKind(),
                c.speaker(), c.outlet(), c.file(), c.evidence(), c.modality());
    }

    static PredictedClaim date(PredictedClaim c, String start, String end) {
        return new PredictedClaim(c.id(), c.kind(), c.eventType(), c.places(), start == null ? null : LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end), c.reportLabel(), c.reportKind(), c.speaker(), c.outlet(),
                c.file(), c.evidence(), c.modality());
    }

    static PredictedClaim places(PredictedClaim c, PredictedClaim.Place... ps) {
        return new PredictedClaim(c.id(), c.kind(), c.eventType(), List.of(ps), c.start(), c.end(), c.reportLabel(),
                c.reportKind(), c.speaker(), c.outlet(), c.file(), c.evidence(), c.modality());
    }

    static PredictedClaim report(PredictedClaim c, String label, String kind, String speaker) {
        return new PredictedClaim(c.id(), c.kind(), c.eventType(), c.places(), c.start(), c.end(), label, kind, speaker,
                c.outlet(), c.file(), c.evidence(), c.modality());
    }

    static PredictedClaim modality(PredictedClaim c, String m) {
        return new PredictedClaim(c.id(), c.kind(), c.eventType(), c.places(), c.start(), c.end(), c.reportLabel(),
                c.reportKind(), c.speaker(), c.outlet(), c.file(), c.evidence(), m);
    }

    static PredictedClaim.Place place(String slug, String label) { return new PredictedClaim.Place(PLACE + slug, label); }

    static ArticleResult eval(List<PredictedClaim> predicted) { return evaluator.evaluate(gold, predicted); }

    static ArticleResult.Match match(ArticleResult r, String goldId) {
        return r.matches.stream().filter(m -> m.gold().equals(goldId)).findFirst().orElse(null);
    }

    // ------------------------------------------------------------------ the whole score

    @Test
    void aPredictionThatSaysWhatTheGoldSaysScoresOne() throws Exception {
        ArticleResult r = eval(perfect());
        Score s = r.score;
        assertEquals(7, s.goldEvents);
        assertEquals(7, s.matched, () -> r.missed.toString());
        assertEquals(1.0, s.precision());
        assertEquals(1.0, s.recall());
        assertEquals(1.0, s.f1());
        assertEquals(7, s.reportedBy.correct, () -> r.matches.toString());
        assertEquals(7, s.reportedBy.scored);
        assertEquals(5, s.date.scored, "E6 and E7 ('after E4 and E5') are not scored on date");
        assertEquals(5, s.date.correct);
        assertEquals(7, s.modality.correct);
        assertEquals(4, s.matchedStatements);
        assertEquals(1.0, s.statementF1());
        assertTrue(r.missed.isEmpty() && r.spurious.isEmpty() && r.missedStatements.isEmpty());
    }

    @Test
    void anInventedEventLowersPrecisionOnly() throws Exception {
        List<PredictedClaim> p = perfect();
        PredictedClaim e1 = p.get(0);
        p.add(date(type(places(e1, place("homs", "Homs")), "Armed clash"), "2022-08-23", "2022-08-23"));
        Score s = eval(p).score;
        assertEquals(8, s.predictedEvents);
        assertEquals(7, s.matched);
        assertEquals(7.0 / 8, s.precision(), 1e-9);
        assertEquals(1.0, s.recall());
        assertTrue(s.f1() < 1.0);
    }

    @Test
    void aMissingEventLowersRecallOnly() throws Exception {
        ArticleResult r = eval(with("p:E5", c -> null));
        assertEquals(6, r.score.matched);
        assertEquals(1.0, r.score.precision());
        assertEquals(6.0 / 7, r.score.recall(), 1e-9);
        assertEquals(List.of("E5"), r.missed.stream().map(ArticleResult.Miss::gold).toList());
    }

    @Test
    void oneToOne_aDuplicatePredictionIsExtra() throws Exception {
        List<PredictedClaim> p = perfect();
        p.add(1, p.get(0));
        ArticleResult r = eval(p);
        assertEquals(7, r.score.matched);
        assertEquals(1, r.spurious.size());
        assertEquals(7.0 / 8, r.score.precision(), 1e-9);
    }

    @Test
    void anotherSpeakersLinkedClaimOfAMatchedEventIsNeitherAMatchNorAnExtraWhenTheGoldNamesThatSpeaker() throws Exception {
        // devset 2009: E1 (the shelling of al-Bara) is reported by SY24 and by Syria Response Coordinators
        GoldFile g = GoldFile.load(Path.of("src/test/resources/devset/2009-sy24-eid-shelling-zawiya.gold.yaml"));
        LocalDate day = LocalDate.parse("2023-04-21");
        String shelling = "Shelling/artillery/missile attack";
        PredictedClaim own = new PredictedClaim("p1", "event", shelling, List.of(place("al-bara", "al-Bara")), day, day,
                "SY24 (own reporting)", "OutletReporting", null, "SY24", g.file(), List.of("قصفت قوات النظام السوري"), "asserted");
        PredictedClaim coordinators = new PredictedClaim("p2", "event", shelling, List.of(), day, day,
                "Syria Response Coordinators", "SourceReport", null, "SY24", g.file(), List.of("وأسفر القصف"), "asserted",
                List.of("p1"));
        ArticleResult r = evaluator.evaluate(g, List.of(own, coordinators));
        assertEquals(1, r.score.matched);
        assertEquals(1, r.score.predictedEvents, "the second report is not counted as a prediction of its own");
        assertEquals(List.of("p2"), r.furtherReports.stream().map(ArticleResult.FurtherReport::predicted).toList());
        assertTrue(r.spurious.isEmpty());

        // not linked to the matched claim, or by a speaker the gold does not name: an extra, as before
        PredictedClaim unlinked = new PredictedClaim("p2", "event", shelling, List.of(), day, day,
                "Syria Response Coordinators", "SourceReport", null, "SY24", g.file(), List.of("وأسفر القصف"), "asserted");
        PredictedClaim stranger = new PredictedClaim("p2", "event", shelling, List.of(), day, day,
                "Idlib Health Directorate", "SourceReport", null, "SY24", g.file(), List.of("وأسفر القصف"), "asserted",
                List.of("p1"));
        for (PredictedClaim other : List.of(unlinked, stranger)) {
            ArticleResult x = evaluator.evaluate(g, List.of(own, other));
            assertEquals(2, x.score.predictedEvents, other.reportLabel());
            assertEquals(1, x.spurious.size());
            assertTrue(x.furtherReports.isEmpty());
        }
    }

    // ------------------------------------------------------------------ dates

    @Test
    void anOverlappingButWrongDateStillMatchesAndCostsDateAccuracy() throws Exception {
        ArticleResult r = eval(with("p:E3", c -> date(c, "2022-08-15", "2022-08-15")));   // within "mid-August"
        assertEquals(7, r.score.matched);
        assertEquals(Boolean.FALSE, match(r, "E3").date());
        assertEquals(4, r.score.date.correct);
        assertEquals(5, r.score.date.scored);
    }

    @Test
    void aDateOutsideTheGoldRangeDoesNotMatch() throws Exception {
        ArticleResult r = eval(with("p:E1", c -> date(c, "2022-07-01", "2022-07-01")));
        assertNull(match(r, "E1"));
        assertTrue(r.missed.get(0).reason().startsWith("date"), r.missed.get(0).reason());
        assertEquals(1, r.score.missedOnDate);
    }

    @Test
    void whenDatesAreOnlyScoredAWrongDateStillMatchesButCountsAsAWrongDate() throws Exception {
        Evaluator scored = new Evaluator(new Names(lexicon), Evaluator.DateRule.SCORED);
        ArticleResult r = scored.evaluate(gold, with("p:E1", c -> date(c, "2022-07-01", "2022-07-01")));
        assertEquals("p:E1", match(r, "E1").predicted());
        assertEquals(Boolean.FALSE, match(r, "E1").date());
        assertEquals(0, r.score.missedOnDate);
        // an unresolved prediction too: the outside measurement names no missed event for its date
        ArticleResult u = scored.evaluate(gold, with("p:E2", c -> date(c, null, null)));
        assertEquals(Boolean.FALSE, match(u, "E2").date());
        assertEquals(7, u.score.matched);
    }

    @Test
    void whenDatesAreOnlyScoredTheOverlappingOfTwoLikePredictionsIsMatched() throws Exception {
        // two claims of E1's type and place, neither of E1's exact day: the one a week off stands first, the one
        // whose span holds the gold day second; the second is E1's partner, the first an extra
        List<PredictedClaim> p = new ArrayList<>();
        for (PredictedClaim c : perfect()) {
            if (!c.id().equals("p:E1")) { p.add(c); continue; }
            PredictedClaim off = date(c, "2022-08-30", "2022-08-30");
            p.add(new PredictedClaim("p:E1-off", off.kind(), off.eventType(), off.places(), off.start(), off.end(),
                    off.reportLabel(), off.reportKind(), off.speaker(), off.outlet(), off.file(), off.evidence(), off.modality()));
            p.add(date(c, "2022-08-22", "2022-08-24"));
        }
        ArticleResult r = new Evaluator(new Names(lexicon), Evaluator.DateRule.SCORED).evaluate(gold, p);
        assertEquals("p:E1", match(r, "E1").predicted());
        assertEquals(Boolean.FALSE, match(r, "E1").date());
    }

    @Test
    void anUnresolvedPredictionMissesAResolvedGoldDate() throws Exception {
        assertNull(match(eval(with("p:E2", c -> date(c, null, null))), "E2"));
    }

    @Test
    void aGoldUnknownDateAgreesWithTheUpToReportPresumptionOnly() throws Exception {
        // the prediction says the text gives no date (precision up-to-report), as the gold's "unknown" does
        PredictedClaim e1 = perfect().get(0);
        LocalDate pub = LocalDate.of(2022, 8, 24);
        PredictedClaim presumed = new PredictedClaim(e1.id(), e1.kind(), e1.eventType(), e1.places(), pub.minusDays(6), pub,
                e1.reportLabel(), e1.reportKind(), e1.speaker(), e1.outlet(), e1.file(), e1.evidence(), e1.modality(),
                List.of(), PredictedClaim.UP_TO_REPORT);
        GoldDate unknown = GoldDate.unknown("");
        assertTrue(Evaluator.dateAgrees(unknown, presumed));
        assertEquals(Boolean.TRUE, Evaluator.dateExact(unknown, presumed));
        // a week the text gives is a date: it does not agree with "unknown"
        PredictedClaim week = new PredictedClaim(e1.id(), e1.kind(), e1.eventType(), e1.places(), pub.minusDays(6), pub,
                e1.reportLabel(), e1.reportKind(), e1.speaker(), e1.outlet(), e1.file(), e1.evidence(), e1.modality(),
                List.of(), "week");
        assertFalse(Evaluator.dateAgrees(unknown, week));
        // against a gold day the presumed week is a range like any other: it overlaps, it is not exact
        GoldDate day = GoldDate.range("", pub.minusDays(1), pub.minusDays(1));
        assertTrue(Evaluator.dateAgrees(day, presumed));
        assertEquals(Boolean.FALSE, Evaluator.dateExact(day, presumed));
        assertFalse(Evaluator.dateAgrees(GoldDate.range("", pub.minusDays(9), pub.minusDays(9)), presumed));
    }

    @Test
    void thePrecisionIsReadFromTheClaimsJson() throws Exception {
        String json = "[{\"id\": \"c1\", \"kind\": \"event\", \"eventType\": \"Attack\", \"date\": {\"text\": null,"
                + " \"start\": \"2022-08-18\", \"end\": \"2022-08-24\", \"precision\": \"up-to-report\"}}]";
        PredictedClaim c = PredictedClaim.parse("test", json).get(0);
        assertEquals(PredictedClaim.UP_TO_REPORT, c.precision());
        assertTrue(c.undatedByText());
        assertTrue(c.resolved());
    }

    @Test
    void aGoldDateThatOnlyOrdersEventsAcceptsAnyDateAndIsNotScored() throws Exception {
        ArticleResult r = eval(with("p:E7", c -> date(c, "2019-05-05", "2019-05-05")));
        assertNotNull(match(r, "E7"));
        assertNull(match(r, "E7").date());
        assertEquals(5, r.score.date.scored);
    }

    @Test
    void sameRangeReferenceTakesTheOtherClaimsRange() throws Exception {
        // E5 says "same period as E4": a prediction outside E4's range does not match
        assertNull(match(eval(with("p:E5", c -> date(c, "2022-06-01", "2022-06-30"))), "E5"));
        assertEquals(Boolean.TRUE, match(eval(perfect()), "E5").date());
    }

    // ------------------------------------------------------------------ types

    @Test
    void goldAttackAcceptsAnyViolentTypeButNotAnArrest() throws Exception {
        ArticleResult r = eval(with("p:E2", c -> type(c, "Armed clash")));
        assertNotNull(match(r, "E2"));
        assertFalse(match(r, "E2").typeExact());
        assertNull(match(eval(with("p:E2", c -> type(c, "Arrests"))), "E2"));
    }

    @Test
    void aSpecificGoldTypeWantsThatType() throws Exception {
        ArticleResult r = eval(with("p:E1", c -> type(c, "Shelling/artillery/missile attack")));
        assertNull(match(r, "E1"));
        assertEquals(1, r.score.missedOnType);
    }

    @Test
    void disruptedWeaponsUseMatchesOnlyAFoiledGoldEvent() throws Exception {
        assertNotNull(match(eval(with("p:E3", c -> type(c, "Disrupted weapons use"))), "E3"), "E3 is foiled");
        assertNull(match(eval(with("p:E1", c -> type(c, "Disrupted weapons use"))), "E1"), "E1 is asserted");
    }

    // ------------------------------------------------------------------ places

    @Test
    void aPlaceElsewhereDoesNotMatch() throws Exception {
        ArticleResult r = eval(with("p:E5", c -> places(c, place("homs", "Homs"))));
        assertNull(match(r, "E5"));
        assertEquals(1, r.score.missedOnPlace);
    }

    @Test
    void aGoldEventWithoutPlaceMatchesOnlyAPredictionWithoutPlace() throws Exception {
        assertNull(match(eval(with("p:E2", c -> places(c, place("al-tanf", "al-Tanf")))), "E2"));
    }

    @Test
    void arabicPlaceWordsMatchUnderClitics() throws Exception {
        PredictedClaim deir = places(perfect().get(0), new PredictedClaim.Place(PLACE + "deir-ez-zor", "no English match"));
        assertTrue(evaluator.placeAgrees(new GoldClaim.GoldPlace("غارات بدير الزور", ""), deir), "ب + دير الزور");
        assertTrue(evaluator.placeAgrees(new GoldClaim.GoldPlace("ريف ديرالزور الغربي", ""), deir), "alias ديرالزور");
        assertTrue(evaluator.placeAgrees(new GoldClaim.GoldPlace("وفي مدينة دير الزور", ""), deir));
        assertFalse(evaluator.placeAgrees(new GoldClaim.GoldPlace("دير حافر", ""), deir), "one word of two is not the name");
        assertFalse(evaluator.placeAgrees(new GoldClaim.GoldPlace("ريف حمص", ""), deir));
    }

    @Test
    void englishGlossMatchesWholeWordsIgnoringAl() throws Exception {
        // an IRI the reference data does not know: only the JSON label can agree
        PredictedClaim tanf = places(perfect().get(0), new PredictedClaim.Place("urn:x:unknown", "al-Tanf"));
        assertTrue(evaluator.placeAgrees(new GoldClaim.GoldPlace("", "near Tanf, on the border"), tanf));
        assertTrue(evaluator.placeAgrees(new GoldClaim.GoldPlace("", "AL-TANF garrison"), tanf));
        assertFalse(evaluator.placeAgrees(new GoldClaim.GoldPlace("", "Tanfield"), tanf), "whole words only");
    }

    // ------------------------------------------------------------------ reported by, modality

    @Test
    void aWrongSpeakerStillMatchesButCostsReportedBy() throws Exception {
        ArticleResult r = eval(with("p:E1", c -> report(c, "Syrian Observatory for Human Rights (SOHR) report",
                "SourceReport", "https://w3id.org/isnad/id/actor/sohr")));
        assertEquals(Boolean.FALSE, match(r, "E1").reportedBy());
        assertEquals(6, r.score.reportedBy.correct);
    }

    @Test
    void theOutletsOwnVoiceIsNotItsSources() throws Exception {
        ArticleResult r = eval(with("p:E4", c -> report(c, "SY24's sources", "AnonymousSources", null)));
        assertEquals(Boolean.FALSE, match(r, "E4").reportedBy());
        ArticleResult r2 = eval(with("p:E6", c -> report(c, "SY24 (own reporting)", "OutletReporting", PLACE + "x")));
        assertEquals(Boolean.FALSE, match(r2, "E6").reportedBy());
    }

    @Test
    void aWrongModalityCostsModalityAccuracy() throws Exception {
        ArticleResult r = eval(with("p:E3", c -> modality(c, "asserted")));
        assertNotNull(match(r, "E3"));
        assertEquals(6, r.score.modality.correct);
    }

    // ------------------------------------------------------------------ statements

    @Test
    void statementsMatchByTheirEvidenceOpenings() throws Exception {
        ArticleResult r = eval(with("p:S3", c -> new PredictedClaim(c.id(), c.kind(), null, List.of(), null, null,
                c.reportLabel(), c.reportKind(), c.speaker(), c.outlet(), c.file(), List.of("وقال مصدر آخر إن"), c.modality())));
        assertEquals(3, r.score.matchedStatements);
        assertEquals(List.of("S3"), r.missedStatements);
        assertEquals(0.75, r.score.statementPrecision(), 1e-9);
        assertEquals(0.75, r.score.statementRecall(), 1e-9);
    }

    @Test
    void reportRendersTableAndJson() throws Exception {
        EvalReport report = new EvalReport(List.of(eval(with("p:E5", c -> null))));
        var sw = new java.io.StringWriter();
        report.printTable(new java.io.PrintWriter(sw));
        String table = sw.toString();
        assertTrue(table.contains("sy24-deir-ez-zor-strikes.txt     7     6     6   1.00   0.86   0.92"), table);
        assertTrue(table.contains("E5   missed"), table);
        var json = org.apache.jena.atlas.json.JSON.parse(report.toJson());
        var events = json.get("total").getAsObject().get("events").getAsObject();
        assertEquals(6, events.get("matched").getAsNumber().value().intValue());
        assertEquals(0.8571, events.get("recall").getAsNumber().value().doubleValue(), 1e-4);
    }

    @Test
    void aWrongSpeakerShowsBothVoicesInTheTableAndTheJson() throws Exception {
        EvalReport report = new EvalReport(List.of(eval(with("p:E1", c -> report(c,
                "Syrian Observatory for Human Rights (SOHR) report", "SourceReport", "https://w3id.org/isnad/id/actor/sohr")))));
        var sw = new java.io.StringWriter();
        report.printTable(new java.io.PrintWriter(sw));
        String table = sw.toString();
        assertTrue(table.contains("reported by: gold CENTCOM statement | predicted Syrian Observatory for Human Rights (SOHR) report (SourceReport; "),
                table);
        var json = org.apache.jena.atlas.json.JSON.parse(report.toJson());
        var matches = json.get("articles").getAsArray().get(0).getAsObject().get("matches").getAsArray();
        var e1 = matches.stream().map(v -> v.getAsObject()).filter(o -> o.get("gold").getAsString().value().equals("E1"))
                .findFirst().orElseThrow();
        assertEquals("CENTCOM statement", e1.get("goldReportedBy").getAsString().value());
        assertTrue(e1.get("predictedReportedBy").getAsString().value().startsWith("Syrian Observatory for Human Rights (SOHR) report (SourceReport"));
        var e2 = matches.stream().map(v -> v.getAsObject()).filter(o -> o.get("gold").getAsString().value().equals("E2"))
                .findFirst().orElseThrow();
        assertNull(e2.get("goldReportedBy"), "a right speaker adds no voice fields");
    }
}
