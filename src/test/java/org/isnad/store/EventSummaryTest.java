package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.isnad.cli.IsnadCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The event summary follows the claims through loads and reloads (checked against {@link EventIndex#all},
 * the join over every claim graph it replaces), and {@code /api/events}' filters and pages pick the right
 * events from it.
 */
class EventSummaryTest {
    @TempDir Path tmp;

    static final String URL = "https://example.org/summary-test/1";

    /** Converts one article (JSON Lines) under a fixed URL to TriG. */
    Path convert(String name, String text, String published) throws Exception {
        Path in = tmp.resolve(name + ".jsonl"), out = tmp.resolve(name + ".trig");
        JsonObject o = new JsonObject();
        o.put("url", URL);
        o.put("outlet", "SY24");
        o.put("published", published);
        o.put("text", text);
        Files.writeString(in, o.toString().replace("\n", " ") + "\n", StandardCharsets.UTF_8);
        CommandLine cl = IsnadCommand.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        assertEquals(0, cl.execute("convert", "-o", out.toString(), in.toString()), err.toString());
        return out;
    }

    /** Every event of the summary with its start, types, governorates, reporters and modalities. */
    static Map<String, String> summary(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Map<String, String> out = new TreeMap<>();
            dsg.find(EventSummary.GRAPH, Node.ANY, EventSummary.START, Node.ANY).forEachRemaining(q -> {
                Node e = q.getSubject();
                String start = q.getObject().getLiteralLexicalForm();
                out.put(e.getURI(), (start.equals(EventSummary.UNDATED) ? "" : start) + " " + texts(dsg, e, EventSummary.TYPE)
                        + texts(dsg, e, EventSummary.GOV) + texts(dsg, e, EventSummary.REPORTER) + texts(dsg, e, EventSummary.MODALITY));
            });
            return out;
        });
    }

    /** The same, from the join over the claim graphs that the summary stands for. */
    static Map<String, String> joined(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            NodeText t = new NodeText(dsg, new IriMapping(null));
            Map<String, String> out = new TreeMap<>();
            for (EventIndex.Row r : EventIndex.all(dsg)) {
                Set<String> govs = new TreeSet<>();
                r.places().forEach(p -> EventJson.governorates(t, p).forEach(g -> govs.add(t.text(g))));
                out.put(r.event().getURI(), r.start() + " " + names(t, r.types()) + govs + names(t, r.reporters())
                        + names(t, r.modalities()));
            }
            return out;
        });
    }

    static Set<String> texts(DatasetGraph dsg, Node e, Node p) {
        Set<String> s = new TreeSet<>();
        dsg.find(EventSummary.GRAPH, e, p, Node.ANY).forEachRemaining(q -> s.add(q.getObject().getLiteralLexicalForm()));
        return s;
    }

    static Set<String> names(NodeText t, Set<Node> nodes) {
        Set<String> s = new TreeSet<>();
        nodes.forEach(n -> s.add(t.text(n)));
        return s;
    }

    @Test
    void theSummaryFollowsAChangedArticleReloaded() throws Exception {
        String seed = Files.readString(SeedStore.ARTICLE, StandardCharsets.UTF_8);
        String body = seed.substring(seed.indexOf("---") + 3);
        Path whole = convert("whole", body, "2022-08-24");
        // the changed version: the first half of the article, published a day later
        Path half = convert("half", body.substring(0, body.length() / 2), "2022-08-25");
        try (ClaimStore store = ClaimStore.open(tmp.resolve("store"), Path.of("ontology"))) {
            DatasetGraph dsg = store.datasetGraph();
            store.load(List.of(whole));
            Map<String, String> first = summary(dsg);
            assertTrue(first.size() >= 5, "the seed's events: " + first);
            assertEquals(joined(dsg), first);
            assertTrue(first.values().stream().anyMatch(v -> v.contains("Deir ez-Zor Governorate") && v.contains("2022-08-23")), first.toString());

            store.load(List.of(half));
            Map<String, String> second = summary(dsg);
            assertEquals(joined(dsg), second, "the summary is the changed article's");
            assertTrue(second.size() < first.size(), "events of the dropped half are gone: " + second.size());
            List<String> stale = new ArrayList<>(first.keySet());
            stale.removeAll(second.keySet());
            assertFalse(stale.isEmpty());
            Txn.executeRead(dsg, () -> stale.forEach(e -> assertFalse(
                    dsg.find(EventSummary.GRAPH, org.apache.jena.graph.NodeFactory.createURI(e), Node.ANY, Node.ANY).hasNext(), e)));

            store.load(List.of(whole));
            assertEquals(first, summary(dsg), "back to the whole article, back to its summary");
        }
    }

    @Test
    void aSummaryIsBuiltForAStoreThatHasNone() throws Exception {
        try (ClaimStore store = SeedStore.create(tmp)) {
            DatasetGraph dsg = store.datasetGraph();
            Map<String, String> loaded = summary(dsg);
            Txn.executeWrite(dsg, () -> EventSummary.clear(dsg));
            assertTrue(Txn.calculateRead(dsg, () -> EventSummary.missing(dsg)));
            Txn.executeWrite(dsg, () -> EventSummary.rebuild(dsg));
            assertEquals(loaded, summary(dsg));
            assertFalse(Txn.calculateRead(dsg, () -> EventSummary.missing(dsg)));
        }
    }

    /** Summary triples in the store: {@code named} counts those in any named graph instead of the default one. */
    static long summaryTriples(DatasetGraph dsg, boolean named) {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (Node p : EventSummary.PROPERTIES)
                n += org.apache.jena.atlas.iterator.Iter.count(org.apache.jena.atlas.iterator.Iter.filter(
                        dsg.find(named ? Node.ANY : EventSummary.GRAPH, Node.ANY, p, Node.ANY), q -> q.isDefaultGraph() != named));
            return n;
        });
    }

    @Test
    void theSummaryIsKeptInTheDefaultGraphAndAnOldStoresNamedGraphIsMovedThereOnOpening() throws Exception {
        Map<String, String> loaded;
        long triples;
        try (ClaimStore store = SeedStore.create(tmp)) {
            DatasetGraph dsg = store.datasetGraph();
            loaded = summary(dsg);
            triples = summaryTriples(dsg, false);
            assertTrue(triples > 50, "the seed's summary: " + triples);
            assertEquals(0, summaryTriples(dsg, true), "no summary quad in a named graph (six indexes each)");
            // a store made before session 34: the summary in the named graph event-summary
            Txn.executeWrite(dsg, () -> {
                List<org.apache.jena.sparql.core.Quad> all = new ArrayList<>();
                for (Node p : EventSummary.PROPERTIES) dsg.find(EventSummary.GRAPH, Node.ANY, p, Node.ANY).forEachRemaining(all::add);
                for (var q : all) {
                    dsg.delete(q);
                    dsg.add(EventSummary.OLD_GRAPH, q.getSubject(), q.getPredicate(), q.getObject());
                }
            });
            assertEquals(triples, summaryTriples(dsg, true));
        }
        try (ClaimStore store = ClaimStore.openExisting(tmp.resolve("store"))) {
            DatasetGraph dsg = store.datasetGraph();
            assertFalse(Txn.calculateRead(dsg, () -> dsg.containsGraph(EventSummary.OLD_GRAPH)));
            assertEquals(0, summaryTriples(dsg, true));
            assertEquals(triples, summaryTriples(dsg, false));
            assertEquals(loaded, summary(dsg));
            EventQuery.Page page = Txn.calculateRead(dsg, () -> EventQuery.page(dsg, EventQuery.Request.ALL, 1, 50));
            assertEquals(loaded.size(), page.all(), "the pages read the moved summary");
            assertEquals(loaded.keySet(), new TreeSet<>(page.events().stream().map(Node::getURI).toList()));
        }
    }

    @Test
    void rebuildingTheSummaryLeavesOtherTriplesOfTheDefaultGraph() throws Exception {
        // a Turtle file loaded into the store puts its triples in the default graph beside the summary
        Path ttl = Files.writeString(tmp.resolve("note.ttl"),
                "<https://w3id.org/isnad/id/place/deir-ez-zor> <https://w3id.org/isnad/ns#note> \"a hand-made note\" .\n");
        try (ClaimStore store = SeedStore.create(tmp)) {
            store.load(List.of(ttl));
            DatasetGraph dsg = store.datasetGraph();
            Map<String, String> loaded = summary(dsg);
            Txn.executeWrite(dsg, () -> EventSummary.rebuild(dsg));
            assertEquals(loaded, summary(dsg));
            assertTrue(Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().contains(Node.ANY,
                    org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/isnad/ns#note"), Node.ANY)));
        }
    }
}
