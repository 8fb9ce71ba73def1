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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.isnad.store.ClaimStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load killed with {@code kill -9} at several points leaves every batch wholly in the store or not at all,
 * and a re-run finishes the job with the same quads as a load that was never interrupted. A changed
 * article replaces its earlier claims.
 */
class LoadInterruptedTest {

    static final Pattern ARTICLE = Pattern.compile("https://w3id\\.org/isnad/id/(?:article|claim)/([0-9a-f]{16})");
    static final int FILES = 24;

    @TempDir static Path tmp;
    static List<Path> files = new ArrayList<>();
    static Map<Path, DatasetGraph> content = new LinkedHashMap<>();

    /** 24 articles converted once, split into one N-Quads file per article (its provenance and claim graphs). */
    @BeforeAll
    static void oneFilePerArticle() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("articles"));
        for (int n = 0; n < FILES; n++) Cli.write(in.resolve(String.format("a%02d.txt", n)), BatchConvertTest.article(n));
        Path all = tmp.resolve("all.nq");
        Cli.run("convert", "--format", "nq", "-o", all, in).assertExit(0);
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.source(all).lang(Lang.NQUADS).parse(dsg);
        Map<String, DatasetGraph> byArticle = new LinkedHashMap<>();
        dsg.find().forEachRemaining(q -> {
            Matcher m = ARTICLE.matcher(q.getGraph().getURI());
            assertTrue(m.lookingAt(), q.getGraph().getURI());
            byArticle.computeIfAbsent(m.group(1), k -> DatasetGraphFactory.create()).add(q);
        });
        assertEquals(FILES, byArticle.size());
        int i = 0;
        for (DatasetGraph d : byArticle.values()) {
            Path f = tmp.resolve(String.format("part-%02d.nq", i++));
            try (var os = Files.newOutputStream(f)) {
                RDFDataMgr.write(os, d, Lang.NQUADS);
            }
            files.add(f);
            content.put(f, d);
        }
    }

    static List<Object> loadArgs(Path store, int batch) {
        List<Object> a = new ArrayList<>(List.of("load", "--store", store, "--batch", batch));
        a.addAll(files);
        return a;
    }

    @Test
    void aKilledLoadLeavesWholeBatchesAndARerunFinishesIt() throws Exception {
        Path whole = tmp.resolve("uninterrupted");
        Cli.run(loadArgs(whole, 1).toArray()).assertExit(0);
        long want;
        try (ClaimStore s = ClaimStore.openExisting(whole)) {
            want = s.quadCount();
        }

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (int killAfter : new int[] {0, 3, 11, 19}) {
            Path store = tmp.resolve("killed-" + killAfter);
            List<String> cmd = new ArrayList<>(List.of(java, "-cp", cp, "org.isnad.cli.IsnadCommand"));
            loadArgs(store, 1).forEach(x -> cmd.add(x.toString()));
            Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            // kill -9 once the child has committed killAfter batches (0: while the first is under way)
            try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                if (killAfter == 0) {
                    while (!Files.exists(store.resolve("Data-0001"))) {
                        if (!p.isAlive()) break;
                        Thread.sleep(5);
                    }
                } else {
                    String line;
                    while ((line = err.readLine()) != null)
                        if (line.startsWith("isnad load: " + killAfter + "/")) break;
                }
                p.destroyForcibly();     // SIGKILL on Linux: no shutdown hooks, no clean close
                assertTrue(p.waitFor(30, TimeUnit.SECONDS));
                assertNotEquals(0, p.exitValue(), "the load finished before it was killed after " + killAfter + " batches");
            }

            if (ClaimStore.isStore(store)) {
                try (ClaimStore s = ClaimStore.openExisting(store)) {
                    DatasetGraph dsg = s.datasetGraph();
                    List<String> partial = new ArrayList<>();
                    int whole_ = 0;
                    for (Map.Entry<Path, DatasetGraph> e : content.entrySet()) {
                        long total = e.getValue().stream().count();
                        long in = Txn.calculateRead(dsg, () -> e.getValue().stream().filter(dsg::contains).count());
                        if (in != 0 && in != total) partial.add(e.getKey().getFileName() + ": " + in + " of " + total + " quads");
                        if (in == total) whole_++;
                    }
                    assertEquals(List.of(), partial, "kill after " + killAfter + " batches left a batch half loaded");
                    assertTrue(whole_ >= killAfter, "batches reported committed are missing: " + whole_ + " < " + killAfter);
                }
            }
            Cli.Run rerun = Cli.run(loadArgs(store, 5).toArray());
            rerun.assertExit(0);
            try (ClaimStore s = ClaimStore.openExisting(store)) {
                assertEquals(want, s.quadCount(), "after the kill after " + killAfter + " batches and a re-run");
            }
        }
    }

    @Test
    void aChangedArticleReplacesItsClaimsAndReloadingAddsNothing() throws Exception {
        Path v1 = Cli.write(tmp.resolve("v1/a.txt"), BatchConvertTest.article(5));
        // the same URL, a corrected text: a different place and day, one sentence fewer
        String changed = BatchConvertTest.article(5).replace("\n\nوأضافت المصادر", "\n\nوأوضحت مصادر أخرى").replace("الرقة", "الطبقة");
        Path v2 = Cli.write(tmp.resolve("v2/a.txt"), changed);
        Path nq1 = tmp.resolve("v1.nq"), nq2 = tmp.resolve("v2.nq"), store = tmp.resolve("changed");
        Cli.run("convert", "--format", "nq", "-o", nq1, v1).assertExit(0);
        Cli.run("convert", "--format", "nq", "-o", nq2, v2).assertExit(0);
        Cli.run("load", "--store", store, nq2).assertExit(0);
        long onlyV2;
        try (ClaimStore s = ClaimStore.openExisting(store)) {
            onlyV2 = s.quadCount();
        }
        Path fresh = tmp.resolve("changed-then");
        Cli.run("load", "--store", fresh, nq1).assertExit(0);
        Cli.run("load", "--store", fresh, nq2).assertExit(0);
        Cli.Run again = Cli.run("load", "--store", fresh, nq2);
        again.assertExit(0);
        assertTrue(again.out().contains("Quads added: 0"), again.out());
        DatasetGraph first = DatasetGraphFactory.create();
        RDFParser.source(nq1).lang(Lang.NQUADS).parse(first);
        try (ClaimStore s = ClaimStore.openExisting(fresh)) {
            assertEquals(onlyV2, s.quadCount(), "loading v1 then v2 should leave what loading v2 alone leaves");
            DatasetGraph dsg = s.datasetGraph();
            List<Node> stale = Txn.calculateRead(dsg, () -> first.stream().map(Quad::getGraph).distinct()
                    .filter(g -> dsg.containsGraph(g) && !dsg.getGraph(g).isEmpty())
                    .filter(g -> g.getURI().contains("/claim/"))
                    .filter(g -> !fileHasGraph(nq2, g)).toList());
            assertEquals(List.of(), stale, "claim graphs of the earlier version survived");
        }
    }

    static boolean fileHasGraph(Path nq, Node g) {
        DatasetGraph d = DatasetGraphFactory.create();
        RDFParser.source(nq).lang(Lang.NQUADS).parse(d);
        return d.containsGraph(g);
    }
}
