package org.isnad.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.isnad.BadInputException;
import org.isnad.vocab.Vocab;

/**
 * The articles of a bulk load under way ({@link BulkWrite}), in a file beside the store's data. TDB2's bulk
 * loader commits the node table and each index on its own, so a load killed inside it can leave an index
 * without the quads another has. The file is written before the first change and removed after the last
 * after-load step; a store opened with the file still there is repaired by removing those articles whole
 * (each graph from every index, with the links and summary entries of their claims): they are then not in
 * the store at all, and a second run loads them again.
 */
final class PendingLoad {

    static final String FILE = "isnad-bulk-load-pending.txt";

    private PendingLoad() {}

    /** Records the batch's articles, durably, before the load changes anything. */
    static void mark(Path storeDir, List<String> articles) throws BadInputException {
        Path file = storeDir.resolve(FILE), tmp = storeDir.resolve(FILE + ".tmp");
        try {
            Files.write(tmp, articles, StandardCharsets.UTF_8);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot record the bulk load's articles: " + e.getMessage(), e);
        }
    }

    /** The load finished: every index holds the batch and the after-load steps have run. */
    static void clear(Path storeDir) throws BadInputException {
        Path file = storeDir.resolve(FILE);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot remove the bulk load's record: " + e.getMessage(), e);
        }
    }

    /**
     * If a bulk load was cut short, removes its articles in one write transaction and then the record;
     * returns how many articles were removed (0 when there was nothing to repair).
     */
    static int repair(Path storeDir, DatasetGraph dsg, List<AfterLoad> steps) throws BadInputException {
        Path file = storeDir.resolve(FILE);
        if (!Files.exists(file)) return 0;
        List<String> articles;
        try {
            articles = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read the record of an unfinished bulk load: " + e.getMessage(), e);
        }
        int removed = Txn.calculateWrite(dsg, () -> {
            Set<Node> claims = new HashSet<>();
            int n = 0;
            for (String key : articles) {
                if (key.isBlank()) continue;
                BatchScan.Stored s = BatchScan.lookUp(dsg, key);
                if (s == null) continue;
                removeSummaries(dsg, s.provenance());
                s.removeFrom(dsg, claims);
                n++;
            }
            LoadedBatch batch = new LoadedBatch(Set.of(), claims);
            for (AfterLoad step : steps) step.apply(dsg, batch);
            return n;
        });
        clear(storeDir);
        return removed;
    }

    /**
     * The event summary entries of an article's events, out of every index. The bulk loader writes them with
     * the article ({@link StreamedSummary}), so a cut-short load may have them in GSPO only, where the
     * summary step, which finds them by claim (another index), would not see them: they are found here
     * through GSPO, from the events the provenance graph asserts.
     */
    private static void removeSummaries(DatasetGraph dsg, Node provenance) {
        Set<Node> events = new HashSet<>();
        dsg.find(provenance, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (q.getPredicate().equals(Vocab.asserts)) events.add(q.getObject());
        });
        for (Node e : events) dsg.deleteAny(EventSummary.GRAPH, e, Node.ANY, Node.ANY);
    }
}
