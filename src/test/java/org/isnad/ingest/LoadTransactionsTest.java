package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.isnad.store.ClaimStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One file larger than a transaction ({@code --max-quads}) goes in in several transactions, each of whole
 * articles: the store ends as a one-transaction load leaves it (the AfterLoad steps, links and event
 * summary, see each transaction's articles), a kill between two commits leaves whole articles, a file
 * that does not parse is refused whole, and a file that scatters an article's quads is not cut.
 */
class LoadTransactionsTest {

    static final int ARTICLES = 24;

    @TempDir static Path tmp;
    static Path all;
    /** The file's quads by article key, in file order. */
    static Map<String, List<Quad>> byArticle = new LinkedHashMap<>();

    @BeforeAll
    static void oneFileOfManyArticles() throws IOException {
        all = ConvertedArticles.convert(tmp, ARTICLES, byArticle);
        assertEquals(ARTICLES, byArticle.size());
    }

    static long quadCount(Path store) throws Exception {
        try (ClaimStore s = ClaimStore.openExisting(store)) {
            return s.quadCount();
        }
    }

    /** Articles wholly in the store; fails on one that is partly in. */
    static int wholeArticles(Path store, String when) throws Exception {
        try (ClaimStore s = ClaimStore.openExisting(store)) {
            DatasetGraph dsg = s.datasetGraph();
            List<String> partial = new ArrayList<>();
            int whole = 0;
            for (Map.Entry<String, List<Quad>> e : byArticle.entrySet()) {
                long in = Txn.calculateRead(dsg, () -> e.getValue().stream().filter(dsg::contains).count());
                if (in != 0 && in != e.getValue().size()) partial.add(e.getKey() + ": " + in + " of " + e.getValue().size());
                if (in == e.getValue().size()) whole++;
            }
            assertEquals(List.of(), partial, when + " left an article half loaded");
            return whole;
        }
    }

    @Test
    void aFileLargerThanOneTransactionCommitsSeveralAndEndsAsOneTransactionWould() throws Exception {
        Path one = tmp.resolve("one-transaction"), many = tmp.resolve("many-transactions");
        Cli.Run r1 = Cli.run("load", "--store", one, all);
        r1.assertExit(0);
        assertTrue(r1.out().contains("Transactions: 1\n"), r1.out());
        // a quad limit below one article's size: every article commits on its own
        Cli.Run r = Cli.run("load", "--store", many, "--max-quads", 1, all);
        r.assertExit(0);
        assertTrue(r.out().contains("Transactions: " + ARTICLES + "\n"), r.out());
        assertTrue(r.err().contains("transaction " + (ARTICLES - 1) + " committed"), r.err());
        // links and the event summary, made per transaction, come out as made in one
        assertEquals(quadCount(one), quadCount(many));
        assertEquals(ARTICLES, wholeArticles(many, "a load in many transactions"));
        Cli.Run again = Cli.run("load", "--store", many, "--max-quads", 1, all);
        again.assertExit(0);
        assertTrue(again.out().contains("Quads added: 0"), again.out());
    }

    @Test
    void aKillBetweenTwoTransactionsLeavesWholeArticlesAndARerunFinishes() throws Exception {
        Path whole = tmp.resolve("uninterrupted");
        Cli.run("load", "--no-link", "--store", whole, all).assertExit(0);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (int killAfter : new int[] {5}) {
            Path store = tmp.resolve("killed-" + killAfter);
            List<String> cmd = List.of(java, "-cp", cp, "org.isnad.cli.IsnadCommand", "load", "--no-link",
                    "--store", store.toString(), "--max-quads", "1", all.toString());
            Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = err.readLine()) != null)
                    if (line.startsWith("isnad load: transaction " + killAfter + " committed")) break;
                p.destroyForcibly();     // SIGKILL: no shutdown hooks
                assertTrue(p.waitFor(30, TimeUnit.SECONDS));
                assertNotEquals(0, p.exitValue(), "the load finished before it was killed after " + killAfter);
            }
            int in = wholeArticles(store, "a kill after transaction " + killAfter);
            assertTrue(in >= killAfter && in < ARTICLES, in + " articles after a kill after transaction " + killAfter);
            Cli.run("load", "--no-link", "--store", store, all).assertExit(0);
            assertEquals(quadCount(whole), quadCount(store), "after the kill after " + killAfter + " and a re-run");
        }
    }

    @Test
    void aFileThatDoesNotParseIsRefusedWholeThoughLargerThanATransaction() throws Exception {
        Path broken = tmp.resolve("broken.nq"), store = tmp.resolve("broken-store");
        Files.writeString(broken, Files.readString(all) + "<urn:a> <urn:b> not-a-term .\n");
        Cli.Run r = Cli.run("load", "--no-link", "--store", store, "--max-quads", 1, broken);
        r.assertExit(3);
        assertTrue(r.err().contains(broken + ": not valid N-Quads: line"), r.err());
        assertFalse(r.err().contains("committed"), r.err());
        assertEquals(0, wholeArticles(store, "a broken file"));
    }

    @Test
    void aFileThatScattersItsArticlesGoesInOneTransaction() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(all));
        Collections.sort(lines);        // as `sort` leaves N-Quads: an article's graphs apart
        Path sorted = Files.write(tmp.resolve("sorted.nq"), lines);
        Path store = tmp.resolve("sorted-store");
        Cli.Run r = Cli.run("load", "--no-link", "--store", store, "--max-quads", 1, sorted);
        r.assertExit(0);
        assertTrue(r.out().contains("Transactions: 1\n"), r.out());
        assertEquals(ARTICLES, wholeArticles(store, "a sorted file"));
    }

    @Test
    void theLaterOfTwoVersionsWinsAcrossTransactions() throws Exception {
        // article 5 changed (as in LoadVersionsTest): in a file after the 24, whose article 5 it replaces
        String changed = BatchConvertTest.article(5).replace("\n\nوأضافت المصادر", "\n\nوأوضحت مصادر أخرى").replace("الرقة", "الطبقة");
        Path v2 = tmp.resolve("v2.nq");
        Cli.run("convert", "--format", "nq", "-o", v2, Cli.write(tmp.resolve("v2/a.txt"), changed)).assertExit(0);
        Path twoLoads = tmp.resolve("two-loads"), oneBatch = tmp.resolve("one-batch");
        Cli.run("load", "--no-link", "--store", twoLoads, all).assertExit(0);
        Cli.run("load", "--no-link", "--store", twoLoads, v2).assertExit(0);
        Cli.Run r = Cli.run("load", "--no-link", "--store", oneBatch, "--max-quads", 1, all, v2);
        r.assertExit(0);
        assertEquals(quadCount(twoLoads), quadCount(oneBatch));
        List<Quad> later = LoadVersionsTest.quads(v2);
        try (ClaimStore s = ClaimStore.openExisting(oneBatch)) {
            DatasetGraph dsg = s.datasetGraph();
            assertEquals(later.size(), Txn.calculateRead(dsg, () -> later.stream().filter(dsg::contains).count()));
        }
    }
}
