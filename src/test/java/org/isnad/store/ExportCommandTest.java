package org.isnad.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.isnad.cli.ExitCodes;
import org.isnad.vocab.Vocab;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isnad export}: what comes out reads back as what is in the store. */
class ExportCommandTest {

    @TempDir Path tmp;
    Path store;
    DatasetGraph expected;

    @BeforeEach
    void load() throws Exception {
        store = tmp.resolve("store");
        try (ClaimStore cs = ClaimStore.open(store, Fixture.REFERENCE)) {
            cs.load(List.of(Fixture.CLAIMS));
            expected = Txn.calculateRead(cs.datasetGraph(), () -> {
                DatasetGraph copy = DatasetGraphFactory.create();
                // the event summary, kept in the default graph, is exported in its own named graph
                cs.datasetGraph().find().forEachRemaining(q -> copy.add(EventSummary.exported(q)));
                return copy;
            });
        }
    }

    Path export(String name, String... extra) {
        Path out = tmp.resolve(name);
        String[] args = new String[extra.length + 5];
        args[0] = "export";
        args[1] = "--store";
        args[2] = store.toString();
        args[3] = "-o";
        args[4] = out.toString();
        System.arraycopy(extra, 0, args, 5, extra.length);
        StoreCliTest.Run r = StoreCliTest.isnad(args);
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(Files.isRegularFile(out));
        return out;
    }

    @Test
    void trigAndNQuadsGiveBackTheStoreQuadForQuad() {
        for (String[] f : List.of(new String[] {"dump.trig", "trig"}, new String[] {"dump.nq", "nq"})) {
            Path out = export(f[0], "--format", f[1]);
            DatasetGraph back = RDFParser.source(out).toDatasetGraph();
            assertTrue(IsoMatcher.isomorphic(expected, back), f[1] + " differs from the store");
            assertTrue(back.containsGraph(NodeFactory.createURI(Fixture.A_STRIKE)));
            assertTrue(back.containsGraph(Vocab.REFERENCE_GRAPH));
        }
    }

    @Test
    void turtleIsTheUnionOfAllGraphs() {
        Graph back = RDFParser.source(export("dump.ttl", "--format", "ttl")).toGraph();
        Graph union = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        expected.find().forEachRemaining(q -> union.add(q.asTriple()));
        assertTrue(union.isIsomorphicWith(back));
    }

    @Test
    void jsonLdUsesIsnadsContextAndReadsBackAsTheSameDataset() throws Exception {
        Path out = export("dump.jsonld", "--format", "jsonld");
        String json = Files.readString(out, StandardCharsets.UTF_8);
        // readable keys from ontology/context.jsonld, not full IRIs
        assertTrue(json.contains("\"reportedBy\""), json.substring(0, 2000));
        assertTrue(json.contains("\"evidence\""));
        assertTrue(json.contains("\"id:outlet/sy24\""), "IRIs as compact ids");
        assertTrue(json.contains("\"isnad:Asserted\""), "individuals by their prefixed name");
        assertFalse(json.contains("\"https://w3id.org/isnad/ns#reportedBy\""));
        // the Arabic text is written as text, not escaped
        assertTrue(json.contains("القيادة المركزية الأمريكية"));
        DatasetGraph back = RDFParser.source(out).lang(Lang.JSONLD11).toDatasetGraph();
        assertTrue(IsoMatcher.isomorphic(expected, back), "JSON-LD differs from the store");
    }

    @Test
    void rdf12ReifiesEachClaimTripleWithTheClaimIriWithoutAssertingIt() {
        for (String[] f : List.of(new String[] {"r.ttl", "ttl"}, new String[] {"r.nt", "nq"})) {
            Path out = export(f[0], "--format", f[1], "--rdf12");
            Graph g = RDFParser.source(out).lang(f[1].equals("ttl") ? Lang.TURTLE : Lang.NTRIPLES).toGraph();
            Node claim = NodeFactory.createURI(Fixture.A_STRIKE);
            Node event = NodeFactory.createURI(Fixture.ID + "event/" + Fixture.A + "-3f9a1c2b7d40");
            Node place = NodeFactory.createURI(Fixture.ID + "place/deir-ez-zor");
            Triple located = Triple.create(event, NodeFactory.createURI(Vocab.SEM + "hasPlace"), place);
            assertTrue(g.contains(claim, StoreExporter.RDF_REIFIES, NodeFactory.createTripleTerm(located)));
            assertFalse(g.contains(located), "a claim's triple is reported, not asserted");
            assertTrue(g.contains(claim, Vocab.reportedBy, Node.ANY), "provenance on the same IRI");

            // each claim graph comes back whole from its reifications
            DatasetGraph back = StoreExporter.fromRdf12(g);
            for (Node c : StoreExporter.claimGraphs(expected)) {
                Graph want = expected.getGraph(c), got = back.getGraph(c);
                assertTrue(want.size() > 0);
                assertTrue(want.isIsomorphicWith(got), c + " differs");
            }
            // and nothing else is lost: every non-claim quad is a plain triple
            expected.find().forEachRemaining(q -> {
                if (!StoreExporter.claimGraphs(expected).contains(q.getGraph()))
                    assertTrue(back.getDefaultGraph().contains(q.asTriple()), q.toString());
            });
        }
    }

    @Test
    void failuresAreReportedAndLeaveNoFile() throws Exception {
        Path out = tmp.resolve("x.trig");
        StoreCliTest.Run none = StoreCliTest.isnad("export", "--store", tmp.resolve("absent").toString(), "-o", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, none.code());
        assertTrue(none.err().contains("absent"), none.err());
        assertFalse(Files.exists(out));

        StoreCliTest.Run usage = StoreCliTest.isnad("export", "--store", store.toString(), "--format", "trig", "--rdf12");
        assertEquals(ExitCodes.USAGE, usage.code());

        Path brokenContext = Files.writeString(tmp.resolve("ctx.jsonld"), "{\"@context\": {\"x\": 5}}");
        Path json = tmp.resolve("x.jsonld");
        StoreCliTest.Run bad = StoreCliTest.isnad("export", "--store", store.toString(), "--format", "jsonld",
                "--context", brokenContext.toString(), "-o", json.toString());
        assertEquals(ExitCodes.BAD_INPUT, bad.code(), bad.err());
        assertTrue(bad.err().contains("ctx.jsonld"), bad.err());
        try (var s = Files.list(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".x.jsonld")), "temporary file removed");
        }
        assertFalse(Files.exists(json));
    }

    @Test
    void quadsOfTheDefaultGraphAreExportedToo() throws Exception {
        // a store loaded with a Turtle file has triples in the default graph; export must not drop them
        Path ttl = Files.writeString(tmp.resolve("extra.ttl"),
                "<https://w3id.org/isnad/id/x> <https://w3id.org/isnad/ns#note> \"hand-made\" .\n");
        try (ClaimStore cs = ClaimStore.open(store, null)) {
            cs.load(List.of(ttl));
        }
        DatasetGraph back = RDFParser.source(export("all.nq", "--format", "nq")).toDatasetGraph();
        assertEquals(1, back.getDefaultGraph().size());
        assertEquals(expected.stream().count() + 1, back.stream().count());
        Graph union = RDFParser.source(export("all.ttl", "--format", "ttl")).toGraph();
        assertTrue(union.contains(NodeFactory.createURI(Vocab.ID + "x"), Node.ANY, Node.ANY));
        assertTrue(back.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY).hasNext()
                || back.getDefaultGraph().size() == 1);
    }

    @Test
    void anExportKeepsTheSummaryInItsNamedGraphAndALoadOfItLeavesThatGraphOut() throws Exception {
        Path dump = export("summary.nq", "--format", "nq");
        DatasetGraph back = RDFParser.source(dump).toDatasetGraph();
        assertTrue(back.getGraph(EventSummary.OLD_GRAPH).contains(Node.ANY, EventSummary.ORDER, Node.ANY));
        assertTrue(back.getDefaultGraph().isEmpty(), "the default graph of an export: triples of no claim only");
        Path again = tmp.resolve("reloaded");
        try (ClaimStore cs = ClaimStore.open(again, Fixture.REFERENCE)) {
            cs.load(List.of(dump));
            DatasetGraph dsg = cs.datasetGraph();
            Txn.executeRead(dsg, () -> {
                assertFalse(dsg.containsGraph(EventSummary.OLD_GRAPH), "the exported summary graph is left out");
                assertEquals(expected.getGraph(EventSummary.OLD_GRAPH).size(),
                        dsg.stream(EventSummary.GRAPH, Node.ANY, Node.ANY, Node.ANY).count(), "the summary made anew");
            });
        }
    }
}
