package org.isnad.validate;

import static org.isnad.validate.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.isnad.vocab.Vocab;
import org.junit.jupiter.api.Test;

class ClaimGraphValidatorTest {

    private static ValidationResult validate(DatasetGraph dsg) {
        return validator().validate(dsg);
    }

    private static String shapeOf(Violation v) {
        return v.sourceShape() != null && v.sourceShape().isURI()
                ? v.sourceShape().getURI().substring(ClaimGraphValidator.SHAPES_NS.length()) : String.valueOf(v.sourceShape());
    }

    private static List<Violation> about(ValidationResult r, Node claim) {
        return r.violations().stream().filter(v -> claim.getURI().equals(v.claimIri())).toList();
    }

    @Test
    void theHandWrittenArticleConforms() {
        ValidationResult r = validate(valid());
        assertEquals(List.of(), r.violations());
        assertTrue(r.conforms());
        assertEquals(2, r.claimsChecked());
    }

    /**
     * Provenance triples of the event claim whose loss does not break the contract, each with why.
     * Keyed by "subject-suffix predicate-local-name [object-local-name]".
     */
    private static final Map<String, String> HARMLESS = Map.ofEntries(
            Map.entry("source/" + K + "-mod-statement type Entity",
                    "second type: prov:Entity follows from isnad:Report in the ontology"),
            Map.entry("source/" + K + "-mod-statement cueText",
                    "the attribution words, kept when the text has them; optional"),
            Map.entry("article/" + K + " type Entity",
                    "second type: prov:Entity follows from schema:NewsArticle's role in the ontology"),
            Map.entry("article/" + K + " url",
                    "an article handed in as bare text has no URL (its key is then a digest of the text)"),
            Map.entry("article/" + K + " inLanguage",
                    "descriptive metadata, not part of who-says-so"),
            Map.entry("article/" + K + " datePublished",
                    "absent when the publication date is unknown; the claim's own isnad:reportedOn is required"),
            Map.entry("article/" + K + " wasQuotedFrom",
                    "article-level summary of the claims' isnad:reportedBy, which is required"),
            Map.entry("outlet/test-outlet type Organization",
                    "second type of the outlet; isnad:Outlet is required"),
            Map.entry("extraction/0.1.0-0123456789ab wasAssociatedWith",
                    "always the isnad agent; the run is identified by version and lexicon digest, both required"));

    private static String key(Quad q) {
        String s = q.getSubject().getURI().substring(Vocab.ID.length());
        String p = q.getPredicate().getLocalName();
        if (p.equals("type"))
            return s + " type " + q.getObject().getLocalName();
        return s + " " + p;
    }

    @Test
    void removingAnyProvenanceTripleOfTheEventClaimIsCaught() {
        DatasetGraph base = valid();
        // the event claim's provenance: everything in the provenance graph except what only the
        // statement claim uses (its own claim node and evidence span)
        List<Quad> provenance = new ArrayList<>();
        base.find(PROVENANCE, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!q.getSubject().equals(STATEMENT_CLAIM) && !q.getSubject().equals(STATEMENT_EVIDENCE))
                provenance.add(q);
        });
        assertTrue(provenance.size() > 30, "fixture too small: " + provenance.size());

        List<String> missed = new ArrayList<>();
        List<String> harmlessUsed = new ArrayList<>();
        for (Quad q : provenance) {
            DatasetGraph d = copy(base);
            d.delete(q);
            ValidationResult r = validate(d);
            String k = key(q);
            if (HARMLESS.containsKey(k)) {
                harmlessUsed.add(k);
                // listed as harmless: prove it, so the list cannot hide a real gap
                assertTrue(r.conforms(), "listed as harmless but fails: " + k + " -> " + r.violations());
            } else if (about(r, EVENT_CLAIM).isEmpty()) {
                missed.add(describe(q));
            }
        }
        assertEquals(List.of(), missed, "removing these triples went unnoticed for the event claim");
        assertEquals(HARMLESS.keySet().stream().sorted().toList(), harmlessUsed.stream().sorted().toList(),
                "every harmless entry must match a triple of the fixture");
    }

    @Test
    void removingTheClaimTypeLeavesAClaimGraphWithoutProvenance() {
        DatasetGraph d = valid();
        d.delete(PROVENANCE, EVENT_CLAIM, NodeFactory.createURI(Vocab.RDF + "type"), Vocab.EventClaim);
        ValidationResult r = validate(d);
        List<Violation> v = about(r, EVENT_CLAIM);
        assertEquals(1, v.size(), v.toString());
        assertEquals(ClaimGraphValidator.NO_PROVENANCE_SHAPE, v.get(0).sourceShape());
        assertTrue(v.get(0).message().contains("no provenance"));
        assertEquals(2, r.claimsChecked());
    }

    @Test
    void anEventWithNoActorTargetOrPlaceFails() {
        DatasetGraph d = valid();
        d.deleteAny(EVENT_CLAIM, EVENT, Vocab.semHasActor, Node.ANY);
        d.deleteAny(EVENT_CLAIM, EVENT, Vocab.target, Node.ANY);
        d.deleteAny(EVENT_CLAIM, EVENT, Vocab.semHasPlace, Node.ANY);
        List<Violation> v = about(validate(d), EVENT_CLAIM);
        assertEquals(List.of("EventParticipants"), v.stream().map(ClaimGraphValidatorTest::shapeOf).toList());
        assertEquals(EVENT, v.get(0).focusNode());
    }

    @Test
    void anEventWithOnlyAPlaceIsEnough() {
        DatasetGraph d = valid();
        d.deleteAny(EVENT_CLAIM, EVENT, Vocab.semHasActor, Node.ANY);
        d.deleteAny(EVENT_CLAIM, EVENT, Vocab.target, Node.ANY);
        assertTrue(validate(d).conforms());
    }

    @Test
    void beginAfterEndFails() {
        DatasetGraph d = valid();
        set(d, EVENT_CLAIM, EVENT, Vocab.semEarliestBegin, date("2023-03-15"));
        set(d, EVENT_CLAIM, EVENT, Vocab.semLatestEnd, date("2023-03-14"));
        List<Violation> v = about(validate(d), EVENT_CLAIM);
        assertEquals(1, v.size(), v.toString());
        assertEquals("sem:hasEarliestBeginTimeStamp", v.get(0).path());
        assertEquals(EVENT, v.get(0).focusNode());
    }

    @Test
    void aRangeOfDaysConforms() {
        DatasetGraph d = valid();
        set(d, EVENT_CLAIM, EVENT, Vocab.semEarliestBegin, date("2023-03-01"));
        set(d, EVENT_CLAIM, EVENT, Vocab.semLatestEnd, date("2023-03-14"));
        assertTrue(validate(d).conforms());
    }

    @Test
    void aTimestampThatIsNotADateFails() {
        DatasetGraph d = valid();
        set(d, EVENT_CLAIM, EVENT, Vocab.semEarliestBegin, NodeFactory.createLiteralString("2023-03-14"));
        assertFalse(about(validate(d), EVENT_CLAIM).isEmpty());
    }

    @Test
    void confidenceAboveOneFails() {
        DatasetGraph d = valid();
        set(d, PROVENANCE, EVENT_CLAIM, Vocab.confidence, decimal("1.5"));
        List<Violation> v = about(validate(d), EVENT_CLAIM);
        assertEquals(1, v.size(), v.toString());
        assertEquals("isnad:confidence", v.get(0).path());
        assertEquals(EVENT_CLAIM, v.get(0).focusNode());
        assertEquals("Violation", v.get(0).severity());
    }

    @Test
    void confidenceOfOneConforms() {
        DatasetGraph d = valid();
        set(d, PROVENANCE, EVENT_CLAIM, Vocab.confidence, decimal("1.0"));
        assertTrue(validate(d).conforms());
    }

    @Test
    void anUnknownModalityFails() {
        DatasetGraph d = valid();
        set(d, PROVENANCE, EVENT_CLAIM, Vocab.modality, isnad("Rumoured"));
        assertEquals(List.of("Claim-modality"), about(validate(d), EVENT_CLAIM).stream().map(ClaimGraphValidatorTest::shapeOf).toList());
    }

    @Test
    void anUnresolvedReportDateConformsButNotBothDates() {
        DatasetGraph d = valid();
        d.deleteAny(PROVENANCE, EVENT_CLAIM, Vocab.reportedOn, Node.ANY);
        d.add(PROVENANCE, EVENT_CLAIM, Vocab.reportedOnStatus, Vocab.Unresolved);
        assertTrue(validate(d).conforms(), () -> validate(d).violations().toString());

        d.add(PROVENANCE, EVENT_CLAIM, Vocab.reportedOn, date("2023-03-15"));
        assertEquals(List.of("Claim"), about(validate(d), EVENT_CLAIM).stream().map(ClaimGraphValidatorTest::shapeOf).toList());
    }

    @Test
    void anUnresolvedTimeMustHaveNoTimestamps() {
        DatasetGraph d = valid();
        set(d, EVENT_CLAIM, EVENT, Vocab.timePrecision, Vocab.Unresolved);
        assertEquals(List.of("EventUnresolvedTime"),
                about(validate(d), EVENT_CLAIM).stream().map(ClaimGraphValidatorTest::shapeOf).toList());

        d.deleteAny(EVENT_CLAIM, EVENT, Vocab.semEarliestBegin, Node.ANY);
        d.deleteAny(EVENT_CLAIM, EVENT, Vocab.semLatestEnd, Node.ANY);
        assertTrue(validate(d).conforms(), () -> validate(d).violations().toString());
    }

    @Test
    void aDayPrecisionWithoutTimestampsFails() {
        DatasetGraph d = valid();
        d.deleteAny(EVENT_CLAIM, EVENT, Vocab.semEarliestBegin, Node.ANY);
        d.deleteAny(EVENT_CLAIM, EVENT, Vocab.semLatestEnd, Node.ANY);
        assertEquals(List.of("EventResolvedTime"),
                about(validate(d), EVENT_CLAIM).stream().map(ClaimGraphValidatorTest::shapeOf).toList());
    }

    @Test
    void anEventTypedOnlyIsnadEventFails() {
        DatasetGraph d = valid();
        set(d, EVENT_CLAIM, EVENT, Vocab.rdfType, Vocab.Event);
        assertEquals(List.of("EventType"), about(validate(d), EVENT_CLAIM).stream().map(ClaimGraphValidatorTest::shapeOf).toList());
    }

    @Test
    void anEventTypedOutsideTheIsnadNamespaceFails() {
        DatasetGraph d = valid();
        set(d, EVENT_CLAIM, EVENT, Vocab.rdfType, NodeFactory.createURI(Vocab.SEM + "Event"));
        assertEquals(List.of("EventType"), about(validate(d), EVENT_CLAIM).stream().map(ClaimGraphValidatorTest::shapeOf).toList());
    }

    @Test
    void evidenceWhoseQuoteDoesNotFitItsOffsetsFails() {
        DatasetGraph d = valid();
        set(d, PROVENANCE, EVENT_EVIDENCE, Vocab.oaEnd, integer(112));
        assertEquals(List.of("EvidenceLength"),
                about(validate(d), EVENT_CLAIM).stream().map(ClaimGraphValidatorTest::shapeOf).toList());
    }

    @Test
    void evidenceLengthCountsUtf16UnitsLikeJavaStrings() {
        DatasetGraph d = valid();
        String quote = "قصف 🚀 قرب الميادين";           // the rocket is two UTF-16 units
        set(d, PROVENANCE, EVENT_EVIDENCE, Vocab.oaExact, NodeFactory.createLiteralLang(quote, "ar"));
        set(d, PROVENANCE, EVENT_EVIDENCE, Vocab.oaEnd, integer(40 + quote.length()));
        assertTrue(validate(d).conforms(), () -> validate(d).violations().toString());
    }

    @Test
    void evidenceEndingBeforeItStartsFails() {
        DatasetGraph d = valid();
        set(d, PROVENANCE, EVENT_EVIDENCE, Vocab.oaStart, integer(111));
        set(d, PROVENANCE, EVENT_EVIDENCE, Vocab.oaEnd, integer(40));
        List<String> paths = about(validate(d), EVENT_CLAIM).stream().map(Violation::path).toList();
        assertTrue(paths.contains("oa:start"), paths.toString());
    }

    @Test
    void aStatementMustSaySomethingInArabicOrEnglish() {
        DatasetGraph d = valid();
        set(d, STATEMENT_CLAIM, STATEMENT, Vocab.rdfValue, NodeFactory.createLiteralLang("  ", "en"));
        assertEquals(List.of("Statement"), about(validate(d), STATEMENT_CLAIM).stream().map(ClaimGraphValidatorTest::shapeOf).toList());

        set(d, STATEMENT_CLAIM, STATEMENT, Vocab.rdfValue, NodeFactory.createLiteralLang("une déclaration", "fr"));
        assertEquals(List.of("Statement"), about(validate(d), STATEMENT_CLAIM).stream().map(ClaimGraphValidatorTest::shapeOf).toList());

        set(d, STATEMENT_CLAIM, STATEMENT, Vocab.rdfValue, NodeFactory.createLiteralLang("قال البيان", "ar"));
        assertTrue(validate(d).conforms());
    }

    @Test
    void anEventClaimMayNotAssertAStatement() {
        DatasetGraph d = valid();
        set(d, PROVENANCE, EVENT_CLAIM, Vocab.asserts, STATEMENT);
        // the event claim graph does not hold the statement's triples: assert via its own graph's type
        d.add(EVENT_CLAIM, STATEMENT, Vocab.rdfType, Vocab.Statement);
        d.add(EVENT_CLAIM, STATEMENT, Vocab.rdfValue, NodeFactory.createLiteralLang("x", "en"));
        assertTrue(about(validate(d), EVENT_CLAIM).stream().map(ClaimGraphValidatorTest::shapeOf).toList()
                .contains("EventClaim"));
    }

    @Test
    void aClaimCannotBorrowProvenanceFromAnotherClaim() {
        // both claims share one report; the event claim loses its link to it. Validating the union
        // of the dataset would still find a report; validating claim by claim must not.
        DatasetGraph d = valid();
        d.deleteAny(PROVENANCE, EVENT_CLAIM, Vocab.reportedBy, Node.ANY);
        ValidationResult r = validate(d);
        assertEquals(List.of("Claim-reportedBy"), about(r, EVENT_CLAIM).stream().map(ClaimGraphValidatorTest::shapeOf).toList());
        assertEquals(List.of(), about(r, STATEMENT_CLAIM));
    }

    @Test
    void problemsOfALinkedClaimAreNotBlamedOnThisOne() {
        DatasetGraph d = valid();
        d.add(PROVENANCE, EVENT_CLAIM, Vocab.sameEventAs, STATEMENT_CLAIM);  // a link between claims
        d.deleteAny(PROVENANCE, STATEMENT_CLAIM, Vocab.confidence, Node.ANY);
        ValidationResult r = validate(d);
        assertEquals(List.of(), about(r, EVENT_CLAIM));
        assertEquals(1, about(r, STATEMENT_CLAIM).size(), r.violations().toString());
    }

    @Test
    void triplesInTheDefaultGraphAreReported() {
        DatasetGraph d = valid();
        d.getDefaultGraph().add(EVENT, Vocab.rdfsLabel, NodeFactory.createLiteralString("stray"));
        ValidationResult r = validate(d);
        assertEquals(1, r.violations().size());
        Violation v = r.violations().get(0);
        assertNull(v.claimIri());
        assertEquals(ClaimGraphValidator.DEFAULT_GRAPH_SHAPE, v.sourceShape());
        assertTrue(v.message().contains("default graph"), v.message());
    }

    @Test
    void aClaimGraphNoOneDeclaresIsReported() {
        DatasetGraph d = valid();
        Node stray = iri("claim/" + K + "-ffffffffffff");
        d.add(stray, iri("event/" + K + "-ffffffffffff"), Vocab.rdfType, isnad("ArmedClash"));
        ValidationResult r = validate(d);
        assertEquals(3, r.claimsChecked());
        List<Violation> v = about(r, stray);
        assertEquals(1, v.size());
        assertEquals(ClaimGraphValidator.NO_PROVENANCE_SHAPE, v.get(0).sourceShape());
    }

    @Test
    void theReportGraphIsAStandardShaclReport() {
        DatasetGraph d = valid();
        set(d, PROVENANCE, EVENT_CLAIM, Vocab.confidence, decimal("1.5"));
        d.getDefaultGraph().add(EVENT, Vocab.rdfsLabel, NodeFactory.createLiteralString("stray"));
        ValidationResult r = validate(d);
        org.apache.jena.shacl.ValidationReport report = org.apache.jena.shacl.ValidationReport.fromGraph(r.reportGraph());
        assertFalse(report.conforms());
        assertEquals(2, report.getEntries().size());
        assertEquals(r.violations().stream().map(Violation::message).collect(Collectors.toSet()),
                report.getEntries().stream().map(e -> e.message()).collect(Collectors.toSet()));
    }

    @Test
    void aShapesDirectoryWithoutShapesIsRefusedNamingIt() {
        var e = assertThrows(ClaimGraphValidator.ShapesException.class,
                () -> ClaimGraphValidator.fromDirectory(java.nio.file.Path.of("src/test/resources/validate/no-such-dir")));
        assertTrue(e.getMessage().contains("no-such-dir"), e.getMessage());
    }

    @Test
    void withoutAShapesDirectoryTheBuiltInShapesAreUsedOrTheProblemIsNamed() {
        java.nio.file.Path none = java.nio.file.Path.of("src/test/resources/validate/no-such-dir");
        if (ClaimGraphValidator.class.getResource("/shapes/claims.ttl") == null) {
            // until the build packages shapes/ into the jar
            var e = assertThrows(ClaimGraphValidator.ShapesException.class,
                    () -> ClaimGraphValidator.fromClasspathOrDirectory(none));
            assertTrue(e.getMessage().contains("/shapes/claims.ttl"), e.getMessage());
        } else {
            ClaimGraphValidator v = ClaimGraphValidator.fromClasspathOrDirectory(none);
            assertTrue(v.validate(valid()).conforms());
            DatasetGraph d = valid();
            set(d, PROVENANCE, EVENT_CLAIM, Vocab.confidence, decimal("1.5"));
            assertFalse(v.validate(d).conforms());
        }
    }
}
