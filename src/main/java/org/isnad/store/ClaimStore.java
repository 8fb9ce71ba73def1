package org.isnad.store;

import org.isnad.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.isnad.vocab.Vocab;

/**
 * The claim store: a TDB2 database holding the claim graphs, the provenance graphs and, in
 * {@link Vocab#REFERENCE_GRAPH}, the reference data (ontology, places, actors, lexicons).
 *
 * <p>A load goes in batches: its inputs are parsed once, streaming, to check them and plan the write
 * ({@link BatchScan}), and copied on the way into RDF Thrift ({@link Spool}); then the copies are read straight
 * into the store, in write transactions of whole articles ({@link BatchWrite}). No batch is ever held in memory, and a file that fails to parse leaves the store
 * exactly as it was.
 *
 * <p>The dataset is a set of quads: loading the same file twice adds nothing. This holds because the
 * data model mints every resource as an IRI; a blank node would be a fresh node on every load.
 *
 * <p>The dataset is used without {@code unionDefaultGraph}: queries name graphs with {@code GRAPH}. The
 * default graph holds the {@link EventSummary} (and the triples of any Turtle file loaded).
 */
public final class ClaimStore implements AutoCloseable {

    /** Where the CLI reads reference data from unless told otherwise, relative to the working directory. */
    public static final Path DEFAULT_REFERENCE_DIR = Path.of("ontology");

    private final Path dir;
    private final Path referenceDir;
    private final DatasetGraph dsg;
    private boolean closed;

    private boolean linking = true;
    private long maxQuads = DEFAULT_MAX_QUADS;
    private long bulkFrom = DEFAULT_BULK_FROM;
    private int repaired;
    private Commits commits = (quads, transactions, batchDone) -> {};

    /**
     * Quads a write transaction holds before the load commits at the next article: TDB2 keeps a transaction's
     * changes in memory until it commits, so this bounds a load's memory whatever the size of its files.
     * Measured on 5,000 generated articles (docs/scale.md): see there for why this number.
     */
    public static final long DEFAULT_MAX_QUADS = 200_000;

    /**
     * Article quads from which a batch goes through TDB2's bulk loader, when the store holds no more quads
     * than the batch writes ({@link BulkWrite}); smaller batches are written in ordinary transactions.
     */
    public static final long DEFAULT_BULK_FROM = 100_000;

    /** Sets {@link #DEFAULT_BULK_FROM}; {@code Long.MAX_VALUE} never bulk loads. */
    public ClaimStore bulkFrom(long quads) {
        if (quads < 1) throw new IllegalArgumentException("bulk threshold must be positive: " + quads);
        this.bulkFrom = quads;
        return this;
    }

    /** Quads per write transaction, rounded up to a whole article (at least 1). */
    public ClaimStore maxQuads(long quads) {
        if (quads < 1) throw new IllegalArgumentException("quads per transaction must be positive: " + quads);
        this.maxQuads = quads;
        return this;
    }

    /**
     * Told after each commit of a load: the quads that transaction wrote, the batch's transactions so far,
     * and whether it was the batch's last.
     */
    public interface Commits {
        void committed(long quads, int transactions, boolean batchDone);
    }

    /** Told after every commit of a load (for progress on the command line). */
    public ClaimStore onCommit(Commits listener) {
        this.commits = listener;
        return this;
    }

    /** Whether a load recomputes the cross-article same-event links (default: yes). */
    public ClaimStore linking(boolean on) {
        this.linking = on;
        return this;
    }

    /** The steps run after each batch: the same-event links unless {@link #linking} is off, then the event summary. */
    private List<AfterLoad> afterLoad() {
        return linking ? List.of(SameEventLinker.STEP, EventSummary.STEP) : List.of(EventSummary.STEP);
    }

    private ClaimStore(Path dir, Path referenceDir, DatasetGraph dsg) {
        this.dir = dir;
        this.referenceDir = referenceDir;
        this.dsg = dsg;
    }

    /** Opens (creating if needed) the store in {@code dir}, with reference data from {@code ontology/}. */
    public static ClaimStore open(Path dir) throws BadInputException {
        return open(dir, DEFAULT_REFERENCE_DIR);
    }

    /**
     * Opens (creating if needed) the store in {@code dir}. {@code referenceDir}: the directory whose
     * {@code *.ttl} files each load puts into the reference graph; {@code null} for none.
     */
    public static ClaimStore open(Path dir, Path referenceDir) throws BadInputException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BadInputException(dir, "cannot create the store directory: " + e.getMessage(), e);
        }
        return connect(dir, referenceDir);
    }

    /**
     * Opens a store that must already hold a TDB2 database (for serve and query, which must not create
     * an empty store by accident and then answer every question with nothing).
     */
    public static ClaimStore openExisting(Path dir) throws BadInputException {
        if (!Files.exists(dir))
            throw new BadInputException(dir, "no such store; create it with 'isnad load --store " + dir + " FILE...'");
        if (!Files.isDirectory(dir))
            throw new BadInputException(dir, "not a directory, so not a store");
        if (!isStore(dir))
            throw new BadInputException(dir, "not an isnad store (empty, or no TDB2 database in it); "
                    + "create it with 'isnad load --store " + dir + " FILE...'");
        return connect(dir, null);
    }

    /** True when {@code dir} holds a TDB2 database (TDB2 keeps its data in {@code Data-NNNN} directories). */
    public static boolean isStore(Path dir) {
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            return false;
        }
    }

    private static ClaimStore connect(Path dir, Path referenceDir) throws BadInputException {
        try {
            CutJournal.trim(dir);     // a load killed mid-commit would otherwise keep TDB2 from opening the store
        } catch (java.io.IOException e) {
            throw new BadInputException(dir, "cannot read the store's journal: " + e.getMessage(), e);
        }
        try {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir.toAbsolutePath().toString()));
            ClaimStore cs = new ClaimStore(dir, referenceDir, dsg);
            try {
                EventSummary.migrate(dsg);     // a store made before the summary moved to the default graph
                cs.repaired = PendingLoad.repair(dir, dsg, List.of(SameEventLinker.STEP, EventSummary.STEP));
                Spool.clean(dir);      // after the store's lock is taken: a running load's copies are not touched
            } catch (IOException e) {
                cs.close();
                throw new BadInputException(dir, "cannot delete a killed load's spool files: " + e.getMessage(), e);
            } catch (BadInputException | RuntimeException e) {
                cs.close();
                throw e;
            }
            return cs;
        } catch (RuntimeException e) {
            // the usual cause: another process holds the store's lock; a load holds it as long as a server
            if (String.valueOf(e.getMessage()).contains("lock"))
                throw new BadInputException(dir, "the store is locked by another isnad process (a load or serve): "
                        + "wait for the load to end, or stop the server (" + e.getMessage() + ")", e);
            throw new BadInputException(dir, "cannot open the store: " + e.getMessage(), e);
        }
    }

    /** Articles of a bulk load cut short (killed) that opening the store took out again; 0 for none. */
    public int repairedArticles() { return repaired; }

    /** The store directory. */
    public Path directory() { return dir; }

    /** The TDB2 dataset; use it inside transactions. */
    public DatasetGraph datasetGraph() { return dsg; }

    /**
     * Loads TriG, N-Quads, Turtle or N-Triples files (syntax from the file extension; Turtle and N-Triples
     * go into the default graph) and replaces the reference graph, in transactions of whole articles.
     *
     * @throws BadInputException naming the first file that is missing or does not parse; nothing is written
     */
    public LoadResult load(List<Path> files) throws BadInputException {
        return load(files, true);
    }

    /**
     * As {@link #load(List)}; {@code withReference} false leaves the reference graph alone (the later batches
     * of a batched load, whose first batch replaced it).
     */
    public LoadResult load(List<Path> files, boolean withReference) throws BadInputException {
        for (Path f : files) RdfFiles.check(f);     // a missing file is named before any parsing
        return write(files, files.stream().map(BatchInput::file).toList(), withReference);
    }

    /**
     * The pipeline's sink: {@code producer} writes RDF (quads, triples, prefixes) into the given stream
     * and returns; then everything it wrote is added as {@link #load} adds a file, with the reference graph
     * replaced as in {@link #load}. The stream is a staging dataset, not the store itself: a TDB2 write
     * transaction is bound to one thread and blocks every other writer, and a producer that fails half way
     * must leave no trace. If {@code producer} throws, nothing is written and the failure is reported as
     * a {@link BadInputException} naming {@code sourceName}.
     */
    public LoadResult loadStream(String sourceName, Consumer<StreamRDF> producer) throws BadInputException {
        DatasetGraph staging = DatasetGraphFactory.create();
        StreamRDF sink = StreamRDFLib.dataset(staging);
        try {
            sink.start();
            producer.accept(sink);
            sink.finish();
        } catch (RuntimeException e) {
            throw new BadInputException(Path.of(sourceName), "not loaded: " + e.getMessage(), e);
        }
        return write(List.of(Path.of(sourceName)), List.of(BatchInput.staged(sourceName, staging)), true);
    }

    /**
     * One batch, in two passes. The scan parses every input, streaming, before anything is written (see
     * {@link BatchScan}): a file that does not parse is refused whole, with nothing of it written, even
     * when it is larger than one transaction. The write ({@link BatchWrite}) streams the scan's binary copies
     * of the inputs ({@link Spool}) into the store, in write transactions of about {@link #maxQuads} quads, cut between articles; the first
     * also replaces the reference graph. Each commits whole or not at all, also when the process is killed.
     *
     * <p>A batch of at least {@link #bulkFrom} article quads into a store no larger goes through TDB2's
     * phased bulk loader instead ({@link BulkWrite}), the promises kept by other means.
     */
    private LoadResult write(List<Path> files, List<BatchInput> inputs, boolean withReference) throws BadInputException {
        try (Spool spool = new Spool(dir)) {
            List<BatchInput> spooled = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            BatchScan scan = BatchScan.scan(dsg, inputs, warnings, spool, spooled);
            return write(files, spooled, scan, warnings, withReference);
        }
    }

    /** The write pass of a scanned batch; {@code inputs} as the scan's spool gives them back. */
    private LoadResult write(List<Path> files, List<BatchInput> inputs, BatchScan scan, List<String> warnings,
                             boolean withReference) throws BadInputException {
        // the reference data is parsed before the transaction too, so a broken ontology file changes nothing
        List<Path> refFiles = withReference ? referenceFiles(warnings) : List.of();
        Graph reference = GraphFactory.createDefaultGraph();
        for (Path f : refFiles)
            RdfFiles.parse(f, StreamRDFLib.graph(reference), warnings);

        if (BulkWrite.worthIt(dsg, scan, bulkFrom))
            return bulk(files, inputs, scan, refFiles, reference, warnings);
        BatchWrite write = new BatchWrite(dsg, scan, maxQuads, afterLoad(), commits);
        try {
            boolean[] referenceChanged = {false};
            write.begin(d -> referenceChanged[0] = !refFiles.isEmpty() && replaceReference(reference));
            List<String> again = new ArrayList<>();    // the scan has reported the parse warnings already
            for (int i = 0; i < inputs.size(); i++)
                inputs.get(i).sendTo(write.input(i), again);
            write.commit(true);
            return new LoadResult(List.copyOf(files), refFiles, write.written(), write.removed(),
                    refFiles.isEmpty() ? 0 : reference.size(), referenceChanged[0], write.transactions(),
                    List.copyOf(warnings));
        } catch (BadInputException | RuntimeException e) {
            try {
                write.abort();
            } catch (RuntimeException e2) {
                e.addSuppressed(e2);
            }
            throw e;
        }
    }

    /** A large batch into a store no larger than it: through TDB2's bulk loader ({@link BulkWrite}). */
    private LoadResult bulk(List<Path> files, List<BatchInput> inputs, BatchScan scan, List<Path> refFiles,
                            Graph reference, List<String> warnings) throws BadInputException {
        BulkWrite write = new BulkWrite(dir, dsg, scan, maxQuads, afterLoad(), commits);
        boolean[] referenceChanged = {false};
        write.run(inputs, d -> referenceChanged[0] = !refFiles.isEmpty() && replaceReference(reference));
        return new LoadResult(List.copyOf(files), refFiles, write.written(), write.removed(),
                refFiles.isEmpty() ? 0 : reference.size(), referenceChanged[0], write.transactions(),
                List.copyOf(warnings));
    }

    /** Replaces the reference graph unless it already holds exactly these triples; true if it was replaced. */
    private boolean replaceReference(Graph reference) {
        Graph stored = dsg.getGraph(Vocab.REFERENCE_GRAPH);
        // an unchanged reference graph is left alone: rewriting it would grow the store on every load
        if (sameGraph(stored, reference)) return false;
        dsg.removeGraph(Vocab.REFERENCE_GRAPH);
        reference.find().forEachRemaining(t -> dsg.add(Quad.create(Vocab.REFERENCE_GRAPH, t)));
        return true;
    }

    /**
     * Whether the stored graph holds the same triples. Triples without blank nodes are looked up one by
     * one, as TDB2 compares literals by value ("1.50" is stored as 1.5); the few with blank nodes (OWL
     * restrictions in the ontology) are compared as a graph, since their labels differ in every copy.
     */
    private static boolean sameGraph(Graph stored, Graph parsed) {
        if (stored.size() != parsed.size()) return false;
        Graph storedBlank = GraphFactory.createDefaultGraph(), parsedBlank = GraphFactory.createDefaultGraph();
        for (Iterator<Triple> it = parsed.find(); it.hasNext(); ) {
            Triple t = it.next();
            if (hasBlank(t)) parsedBlank.add(t);
            else if (!stored.contains(t)) return false;
        }
        stored.find().forEachRemaining(t -> { if (hasBlank(t)) storedBlank.add(t); });
        return storedBlank.isIsomorphicWith(parsedBlank);
    }

    private static boolean hasBlank(Triple t) {
        return t.getSubject().isBlank() || t.getObject().isBlank();
    }

    /** The reference files in load order; empty (with a warning) when there is no reference directory. */
    private List<Path> referenceFiles(List<String> warnings) throws BadInputException {
        if (referenceDir == null) return List.of();
        if (!Files.isDirectory(referenceDir)) {
            warnings.add(referenceDir + ": no reference data directory; the reference graph is left as it was "
                    + "(queries will show IRIs instead of labels)");
            return List.of();
        }
        try (Stream<Path> s = Files.list(referenceDir)) {
            List<Path> ttl = s.filter(p -> p.getFileName().toString().endsWith(".ttl") && Files.isRegularFile(p))
                    .sorted().toList();
            if (ttl.isEmpty())
                warnings.add(referenceDir + ": no *.ttl files; the reference graph is left as it was");
            return ttl;
        } catch (IOException e) {
            throw new BadInputException(referenceDir, "cannot list reference data: " + e.getMessage(), e);
        }
    }

    /** Every quad in the store, default graph included. */
    public long quadCount() {
        // counted on the indexes' own records, without looking up a single node: one pass, once per load
        return Txn.calculateRead(dsg, () -> {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
            return tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndex(0).size()
                    + tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndex(0).size();
        });
    }

    /** Claims: resources typed isnad:EventClaim, StatementClaim or CasualtyClaim that are also the name of a graph. */
    public long claimCount() {
        return Txn.calculateRead(dsg, () -> {
            Set<Node> claims = new HashSet<>();
            for (Node type : List.of(Vocab.EventClaim, Vocab.StatementClaim, Vocab.CasualtyClaim)) {
                Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Vocab.rdfType, type);
                while (it.hasNext()) {
                    Node c = it.next().getSubject();
                    if (c.isURI() && dsg.containsGraph(c)) claims.add(c);
                }
            }
            return (long) claims.size();
        });
    }

    /**
     * TDB2's compaction: the live data is copied into a new generation ({@code Data-NNNN}) and the old one
     * deleted, giving back the space that replaced articles, links and reference graphs left behind.
     */
    public void compact() throws BadInputException {
        try {
            DatabaseMgr.compact(dsg, true);
        } catch (RuntimeException e) {
            throw new BadInputException(dir, "compaction failed, the store is as it was: " + e.getMessage(), e);
        }
    }

    /** Bytes the files under {@code dir} take (their length, as {@code du -sb} counts). */
    public static long sizeOnDisk(Path dir) throws BadInputException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException | UncheckedIOException e) {
            throw new BadInputException(dir, "cannot measure the store: " + e.getMessage(), e);
        }
    }

    /** Releases the database so its directory can be reopened (or deleted) by this or another process. */
    @Override public void close() {
        if (closed) return;
        closed = true;
        TDBInternal.expel(dsg);
    }

    /**
     * What one batch did. {@code quadsAdded}: quads written (an unchanged article reloaded writes none);
     * {@code quadsRemoved}: quads of the earlier versions of changed articles, replaced;
     * {@code referenceTriples}: triples of the reference files (0 when none were read);
     * {@code referenceReplaced}: whether they differed from the stored reference graph, so replaced it;
     * {@code transactions}: the write transactions the batch committed (more than one for a large batch).
     * The store's totals are {@link #quadCount()} and {@link #claimCount()}: one pass over the store each,
     * so asked once at the end of a load, not per batch.
     */
    public record LoadResult(List<Path> files, List<Path> referenceFiles, long quadsAdded, long quadsRemoved,
                             long referenceTriples, boolean referenceReplaced, int transactions,
                             List<String> warnings) {}
}
