package org.isnad.store;

import org.isnad.BadInputException;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.isnad.vocab.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimStoreTest {

    @TempDir Path tmp;

    private static final String REFERENCE_SIZE =
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/isnad/id/graph/reference> { ?s ?p ?o } }";

    @Test
    void claimsOfDifferentArticlesAboutOneEventAreLinkedInAGraphOfTheirOwn() throws Exception {
        try (ClaimStore store = ClaimStore.open(tmp.resolve("linked"), Fixture.REFERENCE)) {
            store.load(List.of(Fixture.CLAIMS));
            var links = Fixture.select(store, """
                    SELECT ?a ?b WHERE { GRAPH <%s> { ?a <https://w3id.org/isnad/ns#sameEventAs> ?b } }
                    """.formatted(SameEventLinker.LINKS_GRAPH));
            assertEquals(Fixture.SAME_EVENT_LINK_QUADS, links.size(), links.toString());
            for (var row : links) {
                assertTrue(!row.get("a").equals(row.get("b")), "a claim is not linked to itself: " + row);
            }
            // the links are isnad's reading: no claim graph was touched, no claim merged
            assertEquals(5, store.claimCount());
        }
    }

    @Test
    void loadingTheSameFileTwiceAddsNothing() throws Exception {
        Path dir = tmp.resolve("store");
        try (ClaimStore store = ClaimStore.open(dir, Fixture.REFERENCE)) {
            ClaimStore.LoadResult first = store.load(List.of(Fixture.CLAIMS));
            long expected = Fixture.expectedQuads();
            // the file's quads; the links, their block keys and the event summary are isnad's own, derived
            assertEquals(Fixture.expectedQuadsWithoutLinks() - first.referenceTriples(), first.quadsAdded(),
                    "every quad of the file written once");
            assertEquals(expected, store.quadCount());
            assertEquals(5, store.claimCount(), "four event claims and one statement claim");
            assertEquals(3, first.referenceFiles().size());

            ClaimStore.LoadResult second = store.load(List.of(Fixture.CLAIMS));
            assertEquals(0, second.quadsAdded());
            assertFalse(second.referenceReplaced(), "the same reference data is not written again");
            assertEquals(expected, store.quadCount());
            assertEquals(5, store.claimCount());
        }
        assertTrue(Files.isDirectory(dir), "open creates the store directory");
        // closed store can be reopened: the data was committed and the lock released
        try (ClaimStore again = ClaimStore.openExisting(dir)) {
            assertEquals(Fixture.expectedQuads(), again.quadCount());
        }
    }

    @Test
    void aFileThatDoesNotParseLoadsNothing() throws Exception {
        Path good = tmp.resolve("extra.nq");
        Files.writeString(good, "<https://w3id.org/isnad/id/x> <https://w3id.org/isnad/ns#p> \"v\" "
                + "<https://w3id.org/isnad/id/claim/extra> .\n");
        try (ClaimStore store = ClaimStore.open(tmp.resolve("store"), Fixture.REFERENCE)) {
            store.load(List.of(Fixture.CLAIMS));
            long before = store.quadCount();

            BadInputException e = assertThrows(BadInputException.class,
                    () -> store.load(List.of(good, Fixture.BAD)));
            assertEquals(Fixture.BAD.toString(), e.file());
            assertTrue(e.getMessage().contains("bad.trig"), e.getMessage());
            assertTrue(e.getMessage().contains("line"), "says where: " + e.getMessage());

            assertEquals(before, store.quadCount(), "the good file parsed first is not loaded either");
            Txn.executeRead(store.datasetGraph(), () -> assertFalse(
                    store.datasetGraph().containsGraph(NodeFactory.createURI(Vocab.ID + "claim/extra"))));
        }
    }

    @Test
    void aMissingFileIsNamedAndLoadsNothing() throws Exception {
        Path missing = tmp.resolve("no-such.trig");
        try (ClaimStore store = ClaimStore.open(tmp.resolve("store"), Fixture.REFERENCE)) {
            BadInputException e = assertThrows(BadInputException.class,
                    () -> store.load(List.of(Fixture.CLAIMS, missing)));
            assertTrue(e.getMessage().startsWith(missing.toString()), e.getMessage());
            assertEquals(0, store.quadCount());
        }
    }

    @Test
    void unknownExtensionIsBadInput() throws Exception {
        Path odd = tmp.resolve("claims.txt");
        Files.copy(Fixture.CLAIMS, odd);
        try (ClaimStore store = ClaimStore.open(tmp.resolve("store"), null)) {
            BadInputException e = assertThrows(BadInputException.class, () -> store.load(List.of(odd)));
            assertTrue(e.getMessage().contains("claims.txt"));
        }
    }

    @Test
    void referenceGraphIsReplacedNotMerged() throws Exception {
        Path ref = tmp.resolve("ref");
        Files.createDirectories(ref);
        for (String f : List.of("isnad-min.ttl", "places.ttl", "actors.ttl"))
            Files.copy(Fixture.REFERENCE.resolve(f), ref.resolve(f));
        try (ClaimStore store = ClaimStore.open(tmp.resolve("store"), ref)) {
            ClaimStore.LoadResult r1 = store.load(List.of(Fixture.CLAIMS));
            assertEquals(r1.referenceTriples(), Fixture.count(store, REFERENCE_SIZE));

            // the gazetteer is removed from the reference directory: its triples must leave the store too
            Files.delete(ref.resolve("places.ttl"));
            ClaimStore.LoadResult r2 = store.load(List.of(Fixture.CLAIMS));
            assertTrue(r2.referenceTriples() < r1.referenceTriples());
            assertEquals(r2.referenceTriples(), Fixture.count(store, REFERENCE_SIZE));
            assertEquals(0, Fixture.count(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { "
                    + "<https://w3id.org/isnad/id/place/al-mayadin> ?p ?o } }"));
        }
    }

    @Test
    void missingReferenceDirectoryWarnsAndKeepsTheGraph() throws Exception {
        Path dir = tmp.resolve("store");
        try (ClaimStore store = ClaimStore.open(dir, Fixture.REFERENCE)) {
            store.load(List.of(Fixture.CLAIMS));
        }
        long refSize;
        try (ClaimStore store = ClaimStore.open(dir, tmp.resolve("nowhere"))) {
            refSize = Fixture.count(store, REFERENCE_SIZE);
            ClaimStore.LoadResult r = store.load(List.of(Fixture.CLAIMS));
            assertTrue(r.referenceFiles().isEmpty());
            assertTrue(r.warnings().stream().anyMatch(w -> w.contains("nowhere")), r.warnings().toString());
            assertTrue(refSize > 0);
            assertEquals(refSize, Fixture.count(store, REFERENCE_SIZE));
        }
    }

    @Test
    void loadStreamCommitsWhatTheProducerWroteOrNothing() throws Exception {
        Quad q = Quad.create(NodeFactory.createURI(Vocab.ID + "claim/s1"), NodeFactory.createURI(Vocab.ID + "event/s1"),
                Vocab.rdfType, Vocab.Event);
        try (ClaimStore store = ClaimStore.open(tmp.resolve("store"), null)) {
            BadInputException e = assertThrows(BadInputException.class, () -> store.loadStream("article-7", s -> {
                s.quad(q);
                throw new IllegalStateException("extractor failed");
            }));
            assertTrue(e.getMessage().contains("article-7") && e.getMessage().contains("extractor failed"));
            assertEquals(0, store.quadCount());

            ClaimStore.LoadResult r = store.loadStream("article-7", s -> s.quad(q));
            assertEquals(1, r.quadsAdded());
            assertEquals(1, store.quadCount());
        }
    }

    @Test
    void openExistingRefusesMissingAndEmptyDirectories() throws Exception {
        assertThrows(BadInputException.class, () -> ClaimStore.openExisting(tmp.resolve("absent")));
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        BadInputException e = assertThrows(BadInputException.class, () -> ClaimStore.openExisting(empty));
        assertTrue(e.getMessage().contains("empty"));
        try (Stream<Path> s = Files.list(empty)) {
            assertEquals(0, s.count(), "refusing must not create a database in the directory");
        }
    }
}
