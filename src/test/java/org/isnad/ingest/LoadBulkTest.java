package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.isnad.store.ClaimStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch through TDB2's bulk loader ({@code --bulk-from}) keeps what an ordinary load promises: the same
 * store (claims, links, event summary), the later of two versions in one batch wins, a changed article
 * replaces its earlier claims, a broken file loses nothing, reloading adds nothing, and a load killed
 * inside the bulk loader leaves whole articles, every index agreeing, once the store is opened again.
 */
class LoadBulkTest {

    static final int ARTICLES = 24;
    static final String NEVER = "" + Long.MAX_VALUE;

    @TempDir static Path tmp;
    static Path all, v2;
    static Map<String, List<Quad>> byArticle = new LinkedHashMap<>();

    @BeforeAll
    static void files() throws IOException {
        all = ConvertedArticles.convert(tmp, ARTICLES, byArticle);
        // article 5 corrected: another place, one sentence fewer
        String changed = BatchConvertTest.article(5).replace("\n\nوأضافت المصادر", "\n\nوأوضحت مصادر أخرى").replace("الرقة", "الطبقة");
        v2 = tmp.resolve("v2.nq");
        Cli.run("convert", "--format", "nq", "-o", v2, Cli.write(tmp.resolve("v2/a.txt"), changed)).assertExit(0);
    }

    /** The store as sorted N-Quads, without the reference graph's blank nodes (labelled anew by each load). */
    static List<String> export(Path store) throws IOException {
        Path out = tmp.resolve(store.getFileName() + "-export.nq");
        Cli.run("export", "--format", "nq", "--store", store, "-o", out).assertExit(0);
        return Files.readAllLines(out).stream().filter(l -> !l.contains("_:")).sorted().toList();
    }

    /** The two stores hold the same quads (blank nodes of the reference graph aside); the message shows what differs. */
    static void assertSameStore(Path expected, Path actual, String when) throws IOException {
        List<String> want = export(expected), got = export(actual);
        java.util.Set<String> wantSet = new java.util.HashSet<>(want), gotSet = new java.util.HashSet<>(got);
        List<String> missing = want.stream().filter(l -> !gotSet.contains(l)).limit(5).toList();
        List<String> extra = got.stream().filter(l -> !wantSet.contains(l)).limit(5).toList();
        assertEquals("", missing.isEmpty() && extra.isEmpty() && want.size() == got.size() ? ""
                : want.size() + " vs " + got.size() + " quads; missing " + missing + "; extra " + extra, when);
    }

    /** Quads in each of the store's six quad indexes: equal when no index misses what another holds. */
    static List<Long> indexSizes(ClaimStore s) {
        return indexSizes(s, false);
    }

    /** Records in each index of the quad table, or of the triple table (the default graph: the event summary). */
    static List<Long> indexSizes(ClaimStore s, boolean triples) {
        DatasetGraph dsg = s.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
            var table = triples ? tdb.getTripleTable().getNodeTupleTable() : tdb.getQuadTable().getNodeTupleTable();
            List<Long> sizes = new ArrayList<>();
            for (TupleIndex idx : table.getTupleTable().getIndexes()) sizes.add(idx.size());
            return sizes;
        });
    }

    /** Articles of the file wholly in the store; fails on one partly in, or on indexes that disagree. */
    static int wholeArticles(Path store) throws Exception {
        try (ClaimStore s = ClaimStore.openExisting(store)) {
            List<Long> sizes = indexSizes(s);
            assertEquals(1, sizes.stream().distinct().count(), "the quad indexes disagree: " + sizes);
            List<Long> triples = indexSizes(s, true);
            assertEquals(1, triples.stream().distinct().count(), "the triple indexes disagree: " + triples);
            DatasetGraph dsg = s.datasetGraph();
            int whole = 0;
            for (Map.Entry<String, List<Quad>> e : byArticle.entrySet()) {
                long in = Txn.calculateRead(dsg, () -> e.getValue().stream().filter(dsg::contains).count());
                assertTrue(in == 0 || in == e.getValue().size(), e.getKey() + ": " + in + " of " + e.getValue().size());
                if (in == e.getValue().size()) whole++;
            }
            return whole;
        }
    }

    @Test
    void aBulkLoadLeavesTheStoreAnOrdinaryLoadLeaves() throws Exception {
        Path bulk = tmp.resolve("bulk"), ordinary = tmp.resolve("ordinary");
        Cli.Run b = Cli.run("load", "--store", bulk, "--bulk-from", 1, "--max-quads", 2000, all);
        b.assertExit(0);
        Cli.run("load", "--store", ordinary, "--bulk-from", NEVER, all).assertExit(0);
        // links and the event summary, made in several transactions after the bulk, as in one ordinary load
        assertSameStore(ordinary, bulk, "");
        assertEquals(ARTICLES, wholeArticles(bulk));
        assertFalse(Files.exists(bulk.resolve("isnad-bulk-load-pending.txt")), "the bulk load's record stayed");
        Cli.Run again = Cli.run("load", "--store", bulk, "--bulk-from", 1, all);
        again.assertExit(0);
        assertTrue(again.out().contains("Quads added: 0"), again.out());
        assertSameStore(ordinary, bulk, "");
    }

    @Test
    void withoutLinksTheSummaryGoesInWithTheBulkAndNoTransactionFollows() throws Exception {
        Path bulk = tmp.resolve("bulk-no-link"), ordinary = tmp.resolve("ordinary-no-link");
        Cli.Run b = Cli.run("load", "--no-link", "--store", bulk, "--bulk-from", 1, "--max-quads", 2000, all);
        b.assertExit(0);
        Cli.run("load", "--no-link", "--store", ordinary, "--bulk-from", NEVER, all).assertExit(0);
        assertSameStore(ordinary, bulk, "the streamed event summary is the one the ordinary load's steps write");
        // the reference graph's transaction and the bulk loader's, no summary transactions after them
        assertTrue(b.out().contains("Transactions: 2"), b.out());
        assertEquals(ARTICLES, wholeArticles(bulk));
    }

    @Test
    void summaryEntriesInTheBulkLoadersFirstIndexOnlyGoInTheRepair() throws Exception {
        Path store = tmp.resolve("summary-cut-short"), ordinary = tmp.resolve("ordinary-summary");
        Cli.run("load", "--no-link", "--store", ordinary, "--bulk-from", NEVER, all).assertExit(0);
        Cli.run("load", "--no-link", "--store", store, "--bulk-from", 1, all).assertExit(0);
        List<String> keys = List.copyOf(byArticle.keySet()).subList(0, 2);
        // as a kill before the loader built its secondary indexes leaves them: the summary entries (triples of
        // the default graph) in SPO only
        try (ClaimStore s = ClaimStore.openExisting(store)) {
            DatasetGraph dsg = s.datasetGraph();
            Txn.executeWrite(dsg, () -> {
                var tdb = TDBInternal.getDatasetGraphTDB(dsg);
                var nodes = tdb.getTripleTable().getNodeTupleTable().getNodeTable();
                List<TupleIndex> indexes = List.of(tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes());
                for (String key : keys) {
                    var prov = org.apache.jena.graph.NodeFactory.createURI(org.isnad.vocab.Iris.provenanceGraph(key));
                    List<Quad> entries = new ArrayList<>();
                    dsg.find(prov, org.apache.jena.graph.Node.ANY, org.isnad.vocab.Vocab.asserts, org.apache.jena.graph.Node.ANY)
                            .forEachRemaining(a -> dsg.find(org.isnad.store.EventSummary.GRAPH, a.getObject(),
                                    org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY).forEachRemaining(entries::add));
                    assertFalse(entries.isEmpty(), key + " has no summary entries");
                    for (Quad q : entries) {
                        var tuple = org.apache.jena.atlas.lib.tuple.TupleFactory.tuple(nodes.getNodeIdForNode(q.getSubject()),
                                nodes.getNodeIdForNode(q.getPredicate()), nodes.getNodeIdForNode(q.getObject()));
                        for (TupleIndex idx : indexes.subList(1, indexes.size())) idx.delete(tuple);
                    }
                }
            });
        }
        Files.write(store.resolve("isnad-bulk-load-pending.txt"), keys);
        assertEquals(ARTICLES - 2, wholeArticles(store));     // opened, repaired, every index agreeing
        Cli.run("load", "--no-link", "--store", store, "--bulk-from", 1, all).assertExit(0);
        assertSameStore(ordinary, store, "a reload after the repair ends as an ordinary load");
    }

    @Test
    void theLaterOfTwoVersionsWinsAndReplacesTheStoredOne() throws Exception {
        Path twoLoads = tmp.resolve("two-loads"), oneBatch = tmp.resolve("one-batch"), replaced = tmp.resolve("replaced");
        Cli.run("load", "--store", twoLoads, "--bulk-from", NEVER, all).assertExit(0);
        Cli.run("load", "--store", twoLoads, "--bulk-from", NEVER, v2).assertExit(0);
        Cli.run("load", "--store", oneBatch, "--bulk-from", 1, all, v2).assertExit(0);
        assertSameStore(twoLoads, oneBatch, "");
        // the changed article in bulk into a store holding the earlier version: its claims are replaced
        Cli.run("load", "--store", replaced, "--bulk-from", NEVER, all).assertExit(0);
        Cli.Run r = Cli.run("load", "--store", replaced, "--bulk-from", 1, v2);
        r.assertExit(0);
        assertTrue(r.out().contains("Quads removed: "), r.out());
        assertSameStore(twoLoads, replaced, "");
    }

    @Test
    void aBrokenFileIsRefusedWholeBeforeTheBulkLoaderStarts() throws Exception {
        Path store = tmp.resolve("broken-store"), broken = tmp.resolve("broken.nq");
        Cli.run("load", "--store", store, "--bulk-from", NEVER, v2).assertExit(0);
        List<String> before = export(store);
        Files.writeString(broken, Files.readString(all) + "<urn:a> <urn:b> not-a-term .\n");
        Cli.Run r = Cli.run("load", "--store", store, "--bulk-from", 1, broken);
        r.assertExit(3);
        assertTrue(r.err().contains(broken + ": not valid N-Quads: line"), r.err());
        assertTrue(before.equals(export(store)), "the broken file changed the store");
    }

    @Test
    void aStoreLeftByABulkLoadKilledBeforeItsLastStepIsRepairedWhenOpened() throws Exception {
        Path store = tmp.resolve("cut-short"), ordinary = tmp.resolve("ordinary-all");
        Cli.run("load", "--store", ordinary, "--bulk-from", NEVER, all).assertExit(0);
        Cli.run("load", "--store", store, "--bulk-from", 1, all).assertExit(0);
        List<String> keys = List.copyOf(byArticle.keySet());
        // as a kill after the bulk loader and before the after-load steps leaves it: the record still there
        Path record = store.resolve("isnad-bulk-load-pending.txt");
        Files.write(record, keys.subList(0, 3));
        try (ClaimStore s = ClaimStore.openExisting(store)) {
            assertEquals(3, s.repairedArticles());
        }
        assertFalse(Files.exists(record));
        assertEquals(ARTICLES - 3, wholeArticles(store));
        Cli.run("load", "--store", store, "--bulk-from", 1, all).assertExit(0);
        assertSameStore(ordinary, store, "a reload after the repair ends as an ordinary load");
        // a load finds the record itself, says so, and loads the articles again
        Files.write(record, keys.subList(5, 7));
        Cli.Run r = Cli.run("load", "--store", store, "--bulk-from", 1, all);
        r.assertExit(0);
        assertTrue(r.err().contains("was cut short; its 2 article(s) were taken out whole"), r.err());
        assertSameStore(ordinary, store, "");
    }

    @Test
    void aLoadKilledInsideTheBulkLoaderLeavesWholeArticlesAndARerunFinishes() throws Exception {
        Path whole = tmp.resolve("uninterrupted");
        Cli.run("load", "--store", whole, "--bulk-from", NEVER, all).assertExit(0);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (int delayMs : new int[] {0, 150, 600}) {
            Path store = tmp.resolve("killed-" + delayMs);
            List<String> cmd = List.of(java, "-cp", cp, "org.isnad.cli.IsnadCommand", "load", "--store", store.toString(),
                    "--bulk-from", "1", "--max-quads", "500", all.toString());
            Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                // transaction 1 took out the earlier versions; the bulk loader runs next
                while ((line = err.readLine()) != null)
                    if (line.startsWith("isnad load: transaction 1 committed")) break;
                Thread.sleep(delayMs);
                p.destroyForcibly();     // SIGKILL: no shutdown hooks, no clean close
                assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            }
            int in = wholeArticles(store);
            assertTrue(in == 0 || in == ARTICLES || p.exitValue() == 0, in + " articles after a kill " + delayMs + " ms into the bulk load");
            Cli.run("load", "--store", store, "--bulk-from", 1, all).assertExit(0);
            assertSameStore(whole, store, "after a kill " + delayMs + " ms into the bulk load and a re-run");
        }
    }
}
