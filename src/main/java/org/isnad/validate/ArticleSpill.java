package org.isnad.validate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * The slow path, for quads in any order: each quad is written to one of several temporary N-Quads files
 * chosen by a hash of its article key, so an article's quads all land in one file; then each file, small
 * enough to hold, is read back and its articles handed on whole, in key order. A file that is still too
 * large (many articles hashed together) is split again with another hash, a few levels deep.
 */
final class ArticleSpill extends StreamRDFBase implements AutoCloseable {
    /** Bytes of N-Quads per bucket: read back into memory, about ten times that in heap at worst. */
    static final long DEFAULT_BUCKET_BYTES = 16L << 20;
    private static final int MAX_BUCKETS = 256;
    private static final int SPLIT_INTO = 16;
    private static final int MAX_DEPTH = 3;

    private final Path dir;
    private final long bucketBytes;
    private final int depth;
    private final OutputStream[] files;
    private final StreamRDF[] writers;
    private final Path[] paths;

    /** Buckets in a fresh temporary directory, enough of them for {@code expectedBytes} of N-Quads. */
    static ArticleSpill create(long expectedBytes, long bucketBytes) {
        try {
            Path dir = Files.createTempDirectory("isnad-validate-");
            int n = (int) Math.max(1, Math.min(MAX_BUCKETS, expectedBytes / bucketBytes + 1));
            return new ArticleSpill(dir, n, bucketBytes, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary directory for unsorted input: " + e.getMessage(), e);
        }
    }

    private ArticleSpill(Path dir, int buckets, long bucketBytes, int depth) throws IOException {
        this.dir = dir;
        this.bucketBytes = bucketBytes;
        this.depth = depth;
        files = new OutputStream[buckets];
        writers = new StreamRDF[buckets];
        paths = new Path[buckets];
        for (int i = 0; i < buckets; i++) {
            paths[i] = Files.createTempFile(dir, "bucket-" + depth + "-", ".nq");
            files[i] = new BufferedOutputStream(Files.newOutputStream(paths[i]), 1 << 15);
            writers[i] = StreamRDFWriter.getWriterStream(files[i], RDFFormat.NQUADS);
            writers[i].start();
        }
    }

    @Override public void quad(Quad quad) {
        String key = ArticleKeys.of(quad.getGraph());
        if (key == null)
            return;
        writers[Math.floorMod(ArticleKeys.hash(key, depth + 1), writers.length)].quad(quad);
    }

    /** Hands every article on, bucket by bucket, and deletes the files as it goes. */
    void drain(ArticleGrouper.Articles sink) {
        closeWriters();
        try {
            for (Path p : paths) {
                if (Files.size(p) > 2 * bucketBytes && depth < MAX_DEPTH)
                    split(p, sink);
                else
                    readBack(p, sink);
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("temporary file for unsorted input: " + e.getMessage(), e);
        }
    }

    private void split(Path p, ArticleGrouper.Articles sink) throws IOException {
        try (ArticleSpill finer = new ArticleSpill(dir, SPLIT_INTO, bucketBytes, depth + 1)) {
            RDFParser.source(p).lang(Lang.NQUADS).errorHandler(RdfFiles.QUIET_ERRORS).parse(finer);
            finer.drain(sink);
        }
    }

    private static void readBack(Path p, ArticleGrouper.Articles sink) {
        TreeMap<String, DatasetGraph> articles = new TreeMap<>();
        RDFParser.source(p).lang(Lang.NQUADS).errorHandler(RdfFiles.QUIET_ERRORS).parse(new StreamRDFBase() {
            @Override public void quad(Quad q) {
                articles.computeIfAbsent(ArticleKeys.of(q.getGraph()), k -> DatasetGraphFactory.create()).add(q);
            }
        });
        // removed as handed on, so each article's memory goes once it is checked
        while (!articles.isEmpty()) {
            Map.Entry<String, DatasetGraph> first = articles.pollFirstEntry();
            sink.article(first.getKey(), first.getValue());
        }
    }

    private void closeWriters() {
        for (int i = 0; i < writers.length; i++) {
            if (writers[i] == null) continue;
            writers[i].finish();
            try {
                files[i].close();
            } catch (IOException e) {
                throw new UncheckedIOException("temporary file " + paths[i] + ": " + e.getMessage(), e);
            }
            writers[i] = null;
        }
    }

    /** Removes whatever is left: the files, and at the top level the directory. */
    @Override public void close() {
        try {
            closeWriters();
        } catch (UncheckedIOException ignored) {
            // deleting is what matters now
        }
        for (Path p : paths)
            try { Files.deleteIfExists(p); } catch (IOException ignored) { /* best effort */ }
        if (depth == 0)
            try { Files.deleteIfExists(dir); } catch (IOException ignored) { /* best effort */ }
    }
}
