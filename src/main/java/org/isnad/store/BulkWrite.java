package org.isnad.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.isnad.BadInputException;

/**
 * The write pass of a large batch through TDB2's phased bulk loader (Jena's {@code tdb2.tdbloader
 * --loader=phased}): one thread parses, one turns nodes into ids, the primary indexes are written in one
 * go and the secondary ones rebuilt from them on threads of their own, instead of every quad added to all
 * six indexes one by one in a transaction ({@link BatchWrite}). Measured in docs/scale.md.
 *
 * <p>The steps: the batch's articles are recorded ({@link PendingLoad}); the earlier versions of the ones
 * it changes are removed, with the reference graph, in ordinary transactions (their links and summary
 * entries with them); the batch's quads go through the bulk loader, with their event summary when each
 * article's quads come together ({@link StreamedSummary}); the other after-load steps run on its
 * articles in transactions of about {@code maxQuads} quads' worth of articles; the record is removed.
 *
 * <p>Only worth it for a batch at least as large as the store: the phased loader rebuilds a secondary
 * index by replaying the whole primary one, so into a large store it would cost the store, not the batch.
 */
final class BulkWrite {

    private final Path storeDir;
    private final DatasetGraph dsg;
    private final BatchScan scan;
    private final long maxQuads;
    private final List<AfterLoad> steps;
    private final ClaimStore.Commits commits;
    private long written, removed;
    private int transactions;
    private StreamRDF bulkInto;      // the bulk loader's stream while it runs

    BulkWrite(Path storeDir, DatasetGraph dsg, BatchScan scan, long maxQuads, List<AfterLoad> steps,
              ClaimStore.Commits commits) {
        this.storeDir = storeDir;
        this.dsg = dsg;
        this.scan = scan;
        this.maxQuads = maxQuads;
        this.steps = steps;
        this.commits = commits;
    }

    /**
     * Whether the batch goes in bulk: at least {@code minQuads} article quads to write, and no more quads
     * stored than that (counted up to that many, so asking costs at most the batch's size).
     */
    static boolean worthIt(DatasetGraph dsg, BatchScan scan, long minQuads) {
        long batch = scan.articleQuadsWritten();
        if (batch < minQuads) return false;
        return Txn.calculateRead(dsg, () -> {
            var tdb = TDBInternal.getDatasetGraphTDB(dsg);
            Iterator<Tuple<NodeId>> it = tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndex(0).all();
            long n = 0;
            while (it.hasNext() && n <= batch) { it.next(); n++; }
            return n <= batch;
        });
    }

    /** Writes the batch; {@code first} runs in the first transaction (the reference graph). */
    void run(List<BatchInput> inputs, Consumer<DatasetGraph> first) throws BadInputException {
        List<String> articles = scan.writtenArticles();
        PendingLoad.mark(storeDir, articles);
        try {
            removeEarlier(articles, first);
        } catch (RuntimeException e) {
            // nothing committed yet: the store is as it was, and the record must not take out stored versions
            if (transactions == 0) PendingLoad.clear(storeDir);
            throw e;
        }
        // the summary goes in with the quads when each article's quads come together (convert's order)
        boolean streamSummary = scan.articlesTogether() && steps.contains(EventSummary.STEP);
        List<AfterLoad> after = streamSummary ? steps.stream().filter(s -> s != EventSummary.STEP).toList() : steps;
        try {
            bulk(inputs, streamSummary ? new StreamedSummary(dsg, this::summaryQuad) : null, after.isEmpty());
        } catch (BadInputException | RuntimeException e) {
            // what got in is taken out again: the batch is refused whole, as a failed transaction would be
            PendingLoad.repair(storeDir, dsg, steps);
            throw e;
        }
        if (!after.isEmpty()) afterLoad(articles, after);
        PendingLoad.clear(storeDir);
    }

    /** The earlier versions of the batch's changed articles, out, in transactions of about maxQuads quads. */
    private void removeEarlier(List<String> articles, Consumer<DatasetGraph> first) {
        Set<Node> removedClaims = new HashSet<>();
        long inTransaction = 0;
        dsg.begin(TxnType.WRITE);
        try {
            first.accept(dsg);
            for (String key : articles) {
                BatchScan.Stored old = scan.replacing(key);
                if (old == null) continue;
                old.removeFrom(dsg, removedClaims);
                removed += old.quads();
                inTransaction += old.quads();
                if (inTransaction >= maxQuads) {
                    commit(new LoadedBatch(Set.of(), removedClaims), steps, 0, false);
                    removedClaims.clear();
                    inTransaction = 0;
                    dsg.begin(TxnType.WRITE);
                }
            }
            commit(new LoadedBatch(Set.of(), removedClaims), steps, 0, false);
        } finally {
            if (dsg.isInTransaction()) { dsg.abort(); dsg.end(); }
        }
    }

    /** The batch's quads, as the scan chose them, through the phased loader; with their summary unless {@code summary} is null. */
    private void bulk(List<BatchInput> inputs, StreamedSummary summary, boolean last) throws BadInputException {
        DataLoader loader = LoaderFactory.phasedLoader(dsg, (format, args) -> {});
        StreamRDF into = loader.stream();
        loader.startBulk();
        try {
            into.start();
            bulkInto = into;
            List<String> again = new ArrayList<>();    // the scan has reported the parse warnings already
            for (int i = 0; i < inputs.size(); i++)
                inputs.get(i).sendTo(filter(i, into, summary), again);
            if (summary != null) summary.finishArticle();      // the last article
            into.finish();
        } finally {
            // also after a failure: the loader's threads end only when the bulk is finished
            loader.finishBulk();
        }
        transactions++;
        commits.committed(written, transactions, last);
    }

    private StreamRDF filter(int input, StreamRDF into, StreamedSummary summary) {
        return new StreamRDFBase() {
            @Override public void quad(Quad q) {
                if (!scan.writes(input, q)) return;
                into.quad(q);
                written++;
                if (summary != null) summary.quad(ArticleGraphs.key(q.getGraph()), q);
            }
            @Override public void triple(Triple t) {
                into.triple(t);
                written++;
                if (summary != null) summary.triple(t);
            }
            @Override public void finish() {
                if (summary != null) summary.finishArticle();     // a file's end is an article's end
            }
        };
    }

    /** A quad of the streamed event summary: into the bulk loader, not counted as the batch's own. */
    private void summaryQuad(Quad q) {
        if (q.isDefaultGraph()) bulkInto.triple(q.asTriple());      // the summary's graph: triples, three indexes
        else bulkInto.quad(q);
    }

    /** The after-load {@code steps} over the batch's articles, about maxQuads quads' worth of articles a transaction. */
    private void afterLoad(List<String> articles, List<AfterLoad> steps) {
        long quads = Math.max(1, scan.articleQuadsWritten());
        int perTransaction = (int) Math.max(1, Math.min(articles.size(), maxQuads * articles.size() / quads));
        for (int from = 0; from < articles.size() || from == 0; from += perTransaction) {
            Set<Node> provenance = new HashSet<>();
            for (String key : articles.subList(from, Math.min(articles.size(), from + perTransaction))) {
                Node prov = scan.writtenProvenance(key);
                if (prov != null) provenance.add(prov);
            }
            dsg.begin(TxnType.WRITE);
            try {
                commit(new LoadedBatch(provenance, Set.of()), steps, 0, from + perTransaction >= articles.size());
            } finally {
                if (dsg.isInTransaction()) { dsg.abort(); dsg.end(); }
            }
        }
    }

    private void commit(LoadedBatch batch, List<AfterLoad> steps, long quads, boolean batchDone) {
        for (AfterLoad step : steps) step.apply(dsg, batch);
        dsg.commit();
        dsg.end();
        transactions++;
        commits.committed(quads, transactions, batchDone);
    }

    long written() { return written; }

    long removed() { return removed; }

    int transactions() { return transactions; }
}
