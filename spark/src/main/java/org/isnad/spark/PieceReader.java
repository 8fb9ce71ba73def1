package org.isnad.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.isnad.BadInputException;
import org.isnad.cli.ArticleQuads;
import org.isnad.ingest.Article;
import org.isnad.ingest.ArticleSink;
import org.isnad.ingest.Problem;

/** The articles of a piece, each at its position, read with the core's readers. */
final class PieceReader {
    private PieceReader() {}

    /** Where the articles of a piece go: each with its position, or the problem that cost one. */
    interface Sink {
        void article(long position, Article article);

        void failed(Problem problem);
    }

    static void read(Piece piece, ArticleQuads quads, Sink sink) {
        if (piece.isLine()) {
            try {
                sink.article(piece.position(0), quads.jsonLine(piece.name() + ":byte " + piece.offset(), piece.line()));
            } catch (BadInputException e) {
                sink.failed(Problem.of(e, piece.name(), "at byte " + piece.offset()));
            }
            return;
        }
        int[] n = {0};
        ArticleSink each = new ArticleSink() {
            @Override public void article(Article a, String record) { sink.article(piece.position(n[0]++), a); }
            @Override public void failed(Problem p) { sink.failed(new Problem(piece.name(), p.record(), p.reason())); }
        };
        if (!hasScheme(piece.name())) {
            quads.readFile(Path.of(piece.name()), each);
            return;
        }
        // a file of a distributed file system: copied next to this task under its own name (the name helps
        // the core tell its kind), read, and removed
        try {
            Path dir = Files.createTempDirectory("isnad-spark");
            URI uri = URI.create(piece.name());
            Path local = dir.resolve(Path.of(uri.getPath()).getFileName().toString());
            try (FileSystem fs = FileSystem.newInstance(uri, new Configuration());
                 InputStream in = fs.open(new org.apache.hadoop.fs.Path(uri))) {
                Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
                quads.readFile(local, each);
            } finally {
                Files.deleteIfExists(local);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            sink.failed(new Problem(piece.name(), null, "cannot be read (" + e.getMessage() + ")"));
        } catch (UncheckedIOException e) {
            sink.failed(new Problem(piece.name(), null, "cannot be read (" + e.getCause().getMessage() + ")"));
        }
    }

    /** hdfs://…, s3a://…, file:/…: a Hadoop path rather than a local one. */
    static boolean hasScheme(String name) {
        return name.matches("^[A-Za-z][A-Za-z0-9+.-]*:/.*");
    }
}
