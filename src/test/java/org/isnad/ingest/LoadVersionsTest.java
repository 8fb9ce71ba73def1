package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.Lang;
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
 * Two versions of one article in one batch: the later replaces the earlier, as it does across two loads,
 * and reloading an unchanged file grows the store by nothing, while {@code isnad compact} gives back what
 * replaced versions left behind.
 */
class LoadVersionsTest {

    @TempDir static Path tmp;
    static Path v1, v2;

    @BeforeAll
    static void twoVersions() throws Exception {
        Path a1 = Cli.write(tmp.resolve("v1/a.txt"), BatchConvertTest.article(5));
        // the same URL, a corrected text: a different place and day, one sentence fewer
        String changed = BatchConvertTest.article(5).replace("\n\nوأضافت المصادر", "\n\nوأوضحت مصادر أخرى").replace("الرقة", "الطبقة");
        Path a2 = Cli.write(tmp.resolve("v2/a.txt"), changed);
        v1 = tmp.resolve("v1.nq");
        v2 = tmp.resolve("v2.nq");
        Cli.run("convert", "--format", "nq", "-o", v1, a1).assertExit(0);
        Cli.run("convert", "--format", "nq", "-o", v2, a2).assertExit(0);
    }

    static List<Quad> quads(Path nq) {
        DatasetGraph d = DatasetGraphFactory.create();
        RDFParser.source(nq).lang(Lang.NQUADS).parse(d);
        return d.stream().toList();
    }

    /** The article's quads in the store: those of its provenance and claim graphs. */
    static List<Quad> articleIn(Path store) throws Exception {
        try (ClaimStore s = ClaimStore.openExisting(store)) {
            DatasetGraph dsg = s.datasetGraph();
            return Txn.calculateRead(dsg, () -> {
                List<Quad> out = new ArrayList<>();
                dsg.find().forEachRemaining(q -> {
                    String g = q.getGraph().getURI();
                    if (g.contains("/id/article/") || g.contains("/id/claim/")) out.add(q);
                });
                return out;
            });
        }
    }

    @Test
    void theLaterOfTwoVersionsInOneBatchReplacesTheEarlier() throws Exception {
        Path store = tmp.resolve("one-batch");
        Cli.run("load", "--no-link", "--store", store, v1, v2).assertExit(0);
        List<Quad> in = articleIn(store);
        assertEquals(quads(v2).size(), in.size(), "only the later version is in the store");
        assertTrue(in.containsAll(quads(v2)));

        Path reversed = tmp.resolve("one-batch-reversed");
        Cli.run("load", "--no-link", "--store", reversed, v2, v1).assertExit(0);
        List<Quad> back = articleIn(reversed);
        assertEquals(quads(v1).size(), back.size(), "the later file wins, whichever it is");
        assertTrue(back.containsAll(quads(v1)));
    }

    @Test
    void reloadingAnUnchangedFileDoesNotGrowTheStoreAndCompactGivesBackReplacedVersions() throws Exception {
        Path store = tmp.resolve("growth");
        Cli.run("load", "--store", store, v1).assertExit(0);
        long once = ClaimStore.sizeOnDisk(store);
        for (int i = 0; i < 8; i++) {
            Cli.Run r = Cli.run("load", "--store", store, v1);
            r.assertExit(0);
            assertTrue(r.out().contains("Quads added: 0"), r.out());
        }
        long nine = ClaimStore.sizeOnDisk(store);
        // nothing is written, links and event summary included: TDB2 would put any change in new blocks
        assertEquals(once, nine, "9 loads of one file: " + nine + " bytes against " + once + " after one");

        // versions that replace each other leave old blocks behind, which compaction deletes
        for (int i = 0; i < 4; i++) {
            Cli.run("load", "--store", store, v2).assertExit(0);
            Cli.run("load", "--store", store, v1).assertExit(0);
        }
        List<Quad> before = articleIn(store);
        Cli.Run c = Cli.run("compact", "--store", store);
        c.assertExit(0);
        assertTrue(ClaimStore.sizeOnDisk(store) < once * 1.10, c.out());
        assertEquals(1, java.nio.file.Files.list(store).filter(p -> p.getFileName().toString().startsWith("Data-")).count(),
                "the old generation is deleted");
        assertEquals(before.size(), articleIn(store).size());
        assertTrue(articleIn(store).containsAll(quads(v1)));
    }

    @Test
    void compactRefusesWhatIsNotAStore() {
        Cli.Run r = Cli.run("compact", "--store", tmp.resolve("no-store"));
        assertEquals(3, r.exit(), r::toString);
        assertTrue(r.err().contains("no-store"), r.err());
    }
}
