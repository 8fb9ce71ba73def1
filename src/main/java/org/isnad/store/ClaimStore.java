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

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.isnad.vocab.Vocab;

/**
 * The claim store: a TDB2 database holding the claim graphs, the provenance graphs and, in
 * {@link Vocab#REFERENCE_GRAPH}, the reference data (ontology, places, actors, lexicons).
 *
 * <p>Loading is all or nothing. Every input is first parsed completely into an in-memory staging
 * dataset; only when every file has parsed is anything written, and then in ONE TDB2 write transaction.
 * A file that fails to parse therefore leaves the store exactly as it was.
 *
 * <p>Why a plain write transaction and not TDB2's phased/parallel bulk loader
 * ({@code org.apache.jena.tdb2.loader.LoaderFactory}): those loaders put the database in exclusive mode
 * and write each index in its own worker transactions, so they neither give one transaction that commits
 * or aborts as a whole, nor let the reference graph be dropped and re-added in the same commit. isnad's
 * inputs are small (kilobytes per article), so the plain transaction costs nothing that matters.
 *
 * <p>The dataset is a set of quads: loading the same file twice adds nothing. This holds because the
 * data model mints every resource as an IRI; a blank node would be a fresh node on every load.
 *
 * <p>The dataset is used without {@code unionDefaultGraph}: queries name graphs with {@code GRAPH}.
 */
public final class ClaimStore implements AutoCloseable {

    /** Where the CLI reads reference data from unless told otherwise, relative to the working directory. */
    public static final Path DEFAULT_REFERENCE_DIR = Path.of("ontology");

    private final Path dir;
    private final Path referenceDir;
    private final DatasetGraph dsg;
    private boolean closed;

    private boolean linking = true;

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
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir.toAbsolutePath().toString()));
            return new ClaimStore(dir, referenceDir, dsg);
        } catch (RuntimeException e) {
            // the usual cause: another process holds the store's lock; a load holds it as long as a server
            if (String.valueOf(e.getMessage()).contains("lock"))
                throw new BadInputException(dir, "the store is locked by another isnad process (a load or serve): "
                        + "wait for the load to end, or stop the server (" + e.getMessage() + ")", e);
            throw new BadInputException(dir, "cannot open the store: " + e.getMessage(), e);
        }
    }

    /** The store directory. */
    public Path directory() { return dir; }

    /** The TDB2 dataset; use it inside transactions. */
    public DatasetGraph datasetGraph() { return dsg; }

    /**
     * Loads TriG, N-Quads, Turtle or N-Triples files (syntax from the file extension; Turtle and N-Triples
     * go into the default graph) and replaces the reference graph, all in one transaction.
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
        List<String> warnings = new ArrayList<>();
        DatasetGraph staging = DatasetGraphFactory.create();
        for (Path f : files)
            parseInto(f, StreamRDFLib.dataset(staging), warnings);
        return commit(files, staging, warnings, withReference);
    }

    /**
     * The pipeline's sink: {@code producer} writes RDF (quads, triples, prefixes) into the given stream
     * and returns; then everything it wrote is added in one write transaction, with the reference graph
     * replaced as in {@link #load}. The stream is a staging dataset, not the store itself: a TDB2 write
     * transaction is bound to one thread and blocks every other writer, and a producer that fails half way
     * must leave no trace. If {@code producer} throws, nothing is written and the failure is reported as
     * a {@link BadInputException} naming {@code sourceName}.
     */
    public LoadResult loadStream(String sourceName, Consumer<StreamRDF> producer) throws BadInputException {
        List<String> warnings = new ArrayList<>();
        DatasetGraph staging = DatasetGraphFactory.create();
        StreamRDF sink = StreamRDFLib.dataset(staging);
        try {
            sink.start();
            producer.accept(sink);
            sink.finish();
        } catch (RuntimeException e) {
            throw new BadInputException(Path.of(sourceName), "not loaded: " + e.getMessage(), e);
        }
        return commit(List.of(Path.of(sourceName)), staging, warnings, true);
    }

    private LoadResult commit(List<Path> files, DatasetGraph staging, List<String> warnings, boolean withReference)
            throws BadInputException {
        // the reference data is parsed before the transaction too, so a broken ontology file changes nothing
        List<Path> refFiles = withReference ? referenceFiles(warnings) : List.of();
        Graph reference = GraphFactory.createDefaultGraph();
        for (Path f : refFiles)
            parseInto(f, StreamRDFLib.graph(reference), warnings);

        long[] counts = new long[2]; // quads added, reference triples
        Txn.executeWrite(dsg, () -> {
            if (!refFiles.isEmpty()) {
                dsg.removeGraph(Vocab.REFERENCE_GRAPH);
                Iterator<Triple> it = reference.find();
                while (it.hasNext())
                    dsg.add(Quad.create(Vocab.REFERENCE_GRAPH, it.next()));
                counts[1] = reference.size();
            }
            // counted before the replacement below, so reloading an unchanged article adds nothing
            Iterator<Quad> it = staging.find();
            while (it.hasNext())
                if (!dsg.contains(it.next())) counts[0]++;
            LoadedBatch batch = replaceArticles(staging);
            staging.find().forEachRemaining(dsg::add);
            staging.prefixes().forEach((p, u) -> dsg.prefixes().add(p, u));
            // what isnad derives from the claims (e.g. links between articles about one event) follows them
            for (AfterLoad step : afterLoad()) step.apply(dsg, batch);
        });
        return new LoadResult(List.copyOf(files), refFiles, counts[0], counts[1], quadCount(), claimCount(),
                List.copyOf(warnings));
    }

    /**
     * A changed article replaces its earlier claims rather than adding to them: for each provenance graph
     * {@code …/article/K/provenance} arriving, the stored one and every claim graph it lists go first.
     * Called inside the write transaction, so the store never shows the article half replaced; and as the
     * same input gives the same quads, reloading it ends with the same store (the load stays idempotent).
     */
    private LoadedBatch replaceArticles(DatasetGraph staging) {
        Set<Node> provenance = new HashSet<>(), removed = new HashSet<>();
        staging.listGraphNodes().forEachRemaining(g -> {
            if (g.isURI() && PROVENANCE.matcher(g.getURI()).matches()) provenance.add(g);
        });
        for (Node prov : provenance) {
            if (!dsg.containsGraph(prov)) continue;
            Set<Node> claims = new HashSet<>();
            for (Node type : List.of(Vocab.EventClaim, Vocab.StatementClaim, Vocab.CasualtyClaim))
                dsg.find(prov, Node.ANY, Vocab.rdfType, type).forEachRemaining(q -> claims.add(q.getSubject()));
            for (Node c : claims)
                if (c.isURI()) {
                    dsg.removeGraph(c);
                    removed.add(c);
                }
            dsg.removeGraph(prov);
        }
        return new LoadedBatch(provenance, removed);
    }

    private static final java.util.regex.Pattern PROVENANCE =
            java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(Vocab.ID) + "article/[^/]+/provenance");

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

    private static void parseInto(Path file, StreamRDF dest, List<String> warnings) throws BadInputException {
        if (!Files.exists(file))
            throw new BadInputException(file, "no such file");
        if (!Files.isRegularFile(file) || !Files.isReadable(file))
            throw new BadInputException(file, "not a readable file");
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        if (lang == null || !RDFLanguages.isQuads(lang) && !RDFLanguages.isTriples(lang))
            throw new BadInputException(file, "unknown RDF syntax; expected .trig, .nq, .ttl or .nt");
        try {
            RDFParser.source(file).lang(lang).errorHandler(new Collecting(file, warnings)).parse(dest);
        } catch (RiotException e) {
            throw new BadInputException(file, "not valid " + lang.getLabel() + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new BadInputException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Parse warnings go to the load result; errors stop the parse with line and column in the message. */
    private record Collecting(Path file, List<String> warnings) implements ErrorHandler {
        @Override public void warning(String message, long line, long col) {
            warnings.add(file + ":" + line + ":" + col + ": " + message);
        }
        @Override public void error(String message, long line, long col) { fatal(message, line, col); }
        @Override public void fatal(String message, long line, long col) {
            throw new RiotException(line >= 0 ? "line " + line + ", column " + col + ": " + message : message);
        }
    }

    /** Every quad in the store, default graph included. */
    public long quadCount() {
        return Txn.calculateRead(dsg, () -> Iter.count(dsg.find()));
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

    /** Releases the database so its directory can be reopened (or deleted) by this or another process. */
    @Override public void close() {
        if (closed) return;
        closed = true;
        TDBInternal.expel(dsg);
    }

    /**
     * What one load did. {@code quadsAdded}: quads of the input files that were not in the store yet;
     * {@code referenceTriples}: triples now in the reference graph (0 when it was left alone).
     */
    public record LoadResult(List<Path> files, List<Path> referenceFiles, long quadsAdded, long referenceTriples,
                             long totalQuads, long claims, List<String> warnings) {}
}
