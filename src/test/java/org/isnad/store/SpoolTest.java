package org.isnad.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.isnad.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan's RDF Thrift copies of a batch's files ({@link Spool}): what the write reads, and that none is left. */
class SpoolTest {

    @TempDir Path tmp;

    private static long spoolFiles(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("isnad-load-spool-")).count();
        }
    }

    @Test
    void theWriteReadsBackEveryQuadTripleAndBlankNodeOfTheFiles() throws Exception {
        Path ttl = tmp.resolve("extra.ttl");
        Files.writeString(ttl, """
                <https://w3id.org/isnad/id/x> <https://w3id.org/isnad/ns#p> "v"@ar ;
                    <https://w3id.org/isnad/ns#q> [ <https://w3id.org/isnad/ns#r> 1.50 ] .
                """);
        Path dir = tmp.resolve("store");
        try (ClaimStore store = ClaimStore.open(dir, Fixture.REFERENCE)) {
            ClaimStore.LoadResult r = store.load(List.of(Fixture.CLAIMS, ttl));
            assertEquals(Fixture.expectedQuadsWithoutLinks() - r.referenceTriples() + 3, r.quadsAdded());
            assertEquals(5, store.claimCount(), "every claim graph of the TriG file");
            Txn.executeRead(store.datasetGraph(), () -> {
                var g = store.datasetGraph().getDefaultGraph();
                Node x = NodeFactory.createURI("https://w3id.org/isnad/id/x");
                assertTrue(g.contains(x, NodeFactory.createURI("https://w3id.org/isnad/ns#p"),
                        NodeFactory.createLiteralLang("v", "ar")), "the Turtle file's triple, language tag kept");
                var bnode = g.find(x, NodeFactory.createURI("https://w3id.org/isnad/ns#q"), Node.ANY).next().getObject();
                assertTrue(bnode.isBlank());
                assertEquals(1, g.find(bnode, Node.ANY, Node.ANY).toList().size(), "the blank node keeps its triple");
            });
            assertEquals(0, spoolFiles(dir), "the copies are deleted when the batch ends");
        }
    }

    @Test
    void aRefusedBatchLeavesNoCopy() throws Exception {
        Path dir = tmp.resolve("store");
        try (ClaimStore store = ClaimStore.open(dir, Fixture.REFERENCE)) {
            assertThrows(BadInputException.class, () -> store.load(List.of(Fixture.CLAIMS, Fixture.BAD)));
            assertEquals(0, spoolFiles(dir));
        }
    }

    @Test
    void aCopyAKilledLoadLeftIsDeletedWhenTheStoreOpens() throws Exception {
        Path dir = tmp.resolve("store");
        try (ClaimStore store = ClaimStore.open(dir, Fixture.REFERENCE)) {
            store.load(List.of(Fixture.CLAIMS));
        }
        Files.writeString(dir.resolve("isnad-load-spool-123.rt"), "half a copy");
        try (ClaimStore store = ClaimStore.open(dir, Fixture.REFERENCE)) {
            assertEquals(0, spoolFiles(dir));
            assertEquals(5, store.claimCount());
        }
    }
}
