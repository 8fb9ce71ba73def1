package org.isnad.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The second pass of a batch: its inputs' quads, as {@link BatchScan} chose them, straight into the store,
 * in write transactions of about {@code maxQuads} quads each, cut only between two articles. A TDB2 write
 * transaction keeps its changes in memory until it commits, so a bounded transaction keeps a load of any
 * size in bounded memory; a load killed between two commits leaves whole articles, each as it was or as
 * the file has it. Each transaction replaces the stored versions of the articles it writes and then runs
 * the {@link AfterLoad} steps on exactly those articles.
 *
 * <p>When a file scatters an article's quads ({@link BatchScan#articlesTogether()} false) nothing is cut:
 * the batch is one transaction, as one cut in an article would leave it half written.
 */
final class BatchWrite {

    private final DatasetGraph dsg;
    private final BatchScan scan;
    private final long maxQuads;
    private final List<AfterLoad> steps;
    private final ClaimStore.Commits commits;

    // the open transaction: what it wrote, for the AfterLoad steps
    private final Set<Node> provenance = new HashSet<>();
    private final Set<Node> removedClaims = new HashSet<>();
    private long quadsInTransaction;
    private String article;           // the article being written, null before the first or between files

    private long written, removed;
    private int transactions;
    private boolean open;

    BatchWrite(DatasetGraph dsg, BatchScan scan, long maxQuads, List<AfterLoad> steps, ClaimStore.Commits commits) {
        this.dsg = dsg;
        this.scan = scan;
        this.maxQuads = scan.articlesTogether() ? maxQuads : Long.MAX_VALUE;
        this.steps = steps;
        this.commits = commits;
    }

    /** Opens the first transaction; {@code first} runs in it (the reference graph goes in with the first articles). */
    void begin(Consumer<DatasetGraph> first) {
        dsg.begin(TxnType.WRITE);
        open = true;
        first.accept(dsg);
    }

    /** Where input number {@code input} sends its quads on the write pass. */
    StreamRDF input(int input) {
        return new StreamRDFBase() {
            @Override public void quad(Quad q) {
                if (scan.writes(input, q)) write(q);
            }
            @Override public void triple(Triple t) {
                write(Quad.create(Quad.defaultGraphIRI, t));
            }
            @Override public void finish() {
                article = null;        // a file's end is between two articles
            }
        };
    }

    private void write(Quad q) {
        String key = ArticleGraphs.key(q.getGraph());
        if (key != null && !key.equals(article)) {
            cutIfFull();
            startArticle(key);
        }
        dsg.add(q);
        quadsInTransaction++;
        written++;
    }

    private void cutIfFull() {
        if (quadsInTransaction < maxQuads) return;
        commit(false);
        dsg.begin(TxnType.WRITE);
        open = true;
    }

    /** Drops the stored version the article replaces, before its first quad is written. */
    private void startArticle(String key) {
        article = key;
        BatchScan.Stored old = scan.replacing(key);
        if (old != null) {
            old.removeFrom(dsg, removedClaims);
            removed += old.quads();
        }
        Node prov = scan.writtenProvenance(key);
        if (prov != null) provenance.add(prov);
    }

    /** Commits the open transaction, with the AfterLoad steps over what it wrote. */
    void commit(boolean batchDone) {
        LoadedBatch batch = new LoadedBatch(provenance, removedClaims);
        for (AfterLoad step : steps) step.apply(dsg, batch);
        dsg.commit();
        dsg.end();
        open = false;
        transactions++;
        commits.committed(quadsInTransaction, transactions, batchDone);
        provenance.clear();
        removedClaims.clear();
        quadsInTransaction = 0;
    }

    /** Abandons the open transaction, if any: what it wrote is gone, earlier commits stay. */
    void abort() {
        if (!open) return;
        open = false;
        try {
            dsg.abort();
        } finally {
            dsg.end();
        }
    }

    long written() { return written; }

    long removed() { return removed; }

    int transactions() { return transactions; }
}
