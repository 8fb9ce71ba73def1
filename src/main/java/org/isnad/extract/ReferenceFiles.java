package org.isnad.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.isnad.BadInputException;
import org.isnad.morph.Morphologies;

/**
 * Reads the reference data for {@link Lexicon} with the independent parts side by side (issue 12: one thread
 * loading while the workers waited was a tenth of a 5,000-article convert): the Arabic dictionary loads
 * while Jena starts, the Turtle files are parsed at once, each into its own list, and the digest is taken
 * while the lexicon indexes. The graph is then filled file by file, in the same stable order as a serial
 * read, so that it (and all that is read from it) is the same as before.
 */
final class ReferenceFiles {

    private ReferenceFiles() {}

    /** What one file held: its prefixes and triples, in the parser's order. */
    private record Parsed(List<String[]> prefixes, List<Triple> triples) {}

    /** The graph of the files, the digest of its triples (computed on the side), and what was read. */
    record Loaded(Graph graph, CompletableFuture<String> digest, List<Parsed> parsed) {}

    /** The {@code *.ttl} files of each directory, or the files named, in a stable order. */
    static List<Path> list(List<Path> dirsOrFiles) throws BadInputException {
        List<Path> files = new ArrayList<>();
        for (Path p : dirsOrFiles) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().endsWith(".ttl")).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new BadInputException(p.toString(), "no such reference-data file or directory");
            }
        }
        if (files.isEmpty()) throw new BadInputException(String.valueOf(dirsOrFiles), "holds no .ttl reference data");
        return files;
    }

    static Loaded read(List<Path> files) throws BadInputException {
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "isnad-reference");
            t.setDaemon(true);
            return t;
        });
        try {
            // the dictionary needs no Jena: it loads while Jena starts (Jena's start-up is not safe to race)
            pool.execute(ReferenceFiles::warmMorphology);
            Path snapshot = snapshotFile(files);
            JenaSystem.init();
            ReferenceSnapshot.Content kept = snapshot == null ? null : ReferenceSnapshot.read(snapshot);
            if (kept != null) return fill(List.of(new Parsed(kept.prefixes(), kept.triples())),
                    CompletableFuture.completedFuture(kept.digest()));
            Loaded loaded = parseAll(files, pool);
            if (snapshot != null && ReferenceSnapshot.writable(snapshot)) ReferenceSnapshot.write(snapshot, contentOf(loaded));
            return loaded;
        } finally {
            pool.shutdown();
        }
    }

    /** The snapshot these files would have, or null when snapshots are off or the files cannot be read. */
    private static Path snapshotFile(List<Path> files) {
        Path dir = ReferenceSnapshot.cacheDir();
        if (dir == null) return null;
        try {
            return ReferenceSnapshot.fileFor(dir, files);
        } catch (IOException e) {
            return null;   // the parse below names the file that cannot be read
        }
    }

    private static Loaded parseAll(List<Path> files, ExecutorService pool) throws BadInputException {
        List<CompletableFuture<Parsed>> parsing = new ArrayList<>();
        for (Path f : files) parsing.add(CompletableFuture.supplyAsync(() -> parse(f), pool));
        List<Parsed> all = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) all.add(join(parsing.get(i), files.get(i)));
        return fill(all, CompletableFuture.supplyAsync(() -> digestOf(all), pool));
    }

    /** The graph of the files' triples and prefixes, added file by file in the files' order. */
    private static Loaded fill(List<Parsed> all, CompletableFuture<String> digest) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Parsed p : all) {
            for (String[] ns : p.prefixes()) g.getPrefixMapping().setNsPrefix(ns[0], ns[1]);
            p.triples().forEach(g::add);
        }
        return new Loaded(g, digest, all);
    }

    /** What a snapshot keeps: every prefix declaration and triple in order (a repeated triple adds nothing). */
    private static ReferenceSnapshot.Content contentOf(Loaded loaded) {
        List<String[]> prefixes = new ArrayList<>();
        List<Triple> triples = new ArrayList<>();
        for (Parsed p : loaded.parsed()) {
            prefixes.addAll(p.prefixes());
            triples.addAll(p.triples());
        }
        return new ReferenceSnapshot.Content(prefixes, triples, loaded.digest().join());
    }

    private static void warmMorphology() {
        try {
            Morphologies.configured();
        } catch (RuntimeException e) {
            // the lexicon asks again on its own thread and reports it there
        }
    }

    private static Parsed parse(Path f) {
        List<String[]> prefixes = new ArrayList<>();
        List<Triple> triples = new ArrayList<>();
        RDFDataMgr.parse(new StreamRDFBase() {
            @Override public void triple(Triple t) { triples.add(t); }
            @Override public void prefix(String prefix, String iri) { prefixes.add(new String[] {prefix, iri}); }
        }, f.toString());
        return new Parsed(prefixes, triples);
    }

    private static Parsed join(CompletableFuture<Parsed> parsing, Path f) throws BadInputException {
        try {
            return parsing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RiotException r)
                throw new BadInputException(f.toString(), "is not valid Turtle: " + r.getMessage());
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    /**
     * SHA-256 of the reference data in a canonical form: names the lexicon version in the provenance. Over
     * the distinct triples, as the graph holds them (a triple given in two files counts once).
     */
    private static String digestOf(List<Parsed> parsed) {
        Set<Triple> distinct = new LinkedHashSet<>();
        for (Parsed p : parsed) distinct.addAll(p.triples());
        List<String> lines = new ArrayList<>(distinct.size());
        for (Triple t : distinct) lines.add(str(t.getSubject()) + " " + str(t.getPredicate()) + " " + str(t.getObject()));
        Collections.sort(lines);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String l : lines) md.update((l + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String str(Node n) {
        return n.isBlank() ? "_:b" : n.toString();
    }
}
