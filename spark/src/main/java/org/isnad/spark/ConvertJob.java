package org.isnad.spark;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;
import org.isnad.cli.ArticleQuads;
import org.isnad.ingest.Article;
import org.isnad.ingest.Problem;

/**
 * {@code isnad convert --format nq} as a Spark job: the inputs become pieces (JSON Lines split by line,
 * other files whole), copies are found across the run, and each partition converts its pieces with the
 * executor's shared {@link ArticleQuads}, writing N-Quads part files. Sorted, the parts equal convert's output.
 */
final class ConvertJob {

    /** What a run did. */
    record Result(long articles, long quads, long failed, long duplicates, int parts) {}

    private final JavaSparkContext sc;
    private final List<String> reference;
    private final int partitions;

    ConvertJob(JavaSparkContext sc, List<String> reference, int partitions) {
        this.sc = sc;
        this.reference = List.copyOf(reference);
        this.partitions = partitions;
    }

    /** @param files the inputs in convert's order (directories already expanded) */
    Result run(List<String> files, String output) throws IOException {
        JavaRDD<Piece> pieces = pieces(files);
        Broadcast<Set<Long>> copies = sc.broadcast(Duplicates.find(pieces, reference));
        LongAccumulator articles = sc.sc().longAccumulator("articles"), quads = sc.sc().longAccumulator("quads"),
                failed = sc.sc().longAccumulator("failed");
        List<String> ref = reference;
        pieces.mapPartitions(it -> new QuadLines(it, SharedQuads.get(ref), copies.value(), articles, quads, failed))
                .saveAsTextFile(output);
        int parts = nameParts(output);
        return new Result(articles.value(), quads.value(), failed.value(), copies.value().size(), parts);
    }

    private JavaRDD<Piece> pieces(List<String> files) {
        List<JavaRDD<Piece>> rdds = new ArrayList<>();
        List<Piece> whole = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String name = files.get(i);
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
                int file = i;
                // split by Spark: many tasks read one large file; a line's byte offset keeps convert's order
                rdds.add(sc.hadoopFile(name, TextInputFormat.class, LongWritable.class, Text.class, partitions)
                        .filter(t -> !t._2().toString().isBlank())
                        .map(t -> Piece.line(file, t._1().get(), name, t._2().toString())));
            } else {
                whole.add(Piece.wholeFile(i, name));
            }
        }
        if (!whole.isEmpty()) rdds.add(sc.parallelize(whole, Math.max(1, Math.min(whole.size(), partitions))));
        if (rdds.size() == 1) return rdds.get(0);
        return sc.union(rdds.toArray(JavaRDD[]::new));
    }

    /**
     * part-00000 → part-00000.nq (isnad load and Jena's loaders tell the syntax by the extension); the local
     * file system's .crc checksums go, as they would name files no longer there.
     */
    private int nameParts(String output) throws IOException {
        Path dir = new Path(output);
        FileSystem fs = dir.getFileSystem(sc.hadoopConfiguration());
        int parts = 0;
        for (FileStatus f : fs.listStatus(dir)) {
            String n = f.getPath().getName();
            if (n.endsWith(".crc")) fs.delete(f.getPath(), false);
            else if (n.startsWith("part-")) {
                fs.rename(f.getPath(), new Path(dir, n + ".nq"));
                parts++;
            }
        }
        return parts;
    }

    /** A partition's N-Quads lines, converted one piece at a time as Spark asks for them. */
    static final class QuadLines implements Iterator<String> {
        private final Iterator<Piece> pieces;
        private final ArticleQuads converter;
        private final Set<Long> copies;
        private final LongAccumulator articles, quads, failed;
        private final ArrayDeque<String> ready = new ArrayDeque<>();

        QuadLines(Iterator<Piece> pieces, ArticleQuads converter, Set<Long> copies,
                  LongAccumulator articles, LongAccumulator quads, LongAccumulator failed) {
            this.pieces = pieces;
            this.converter = converter;
            this.copies = copies;
            this.articles = articles;
            this.quads = quads;
            this.failed = failed;
        }

        @Override public boolean hasNext() {
            while (ready.isEmpty() && pieces.hasNext()) PieceReader.read(pieces.next(), converter, sink);
            return !ready.isEmpty();
        }

        @Override public String next() {
            if (!hasNext()) throw new NoSuchElementException();
            return ready.poll();
        }

        private final PieceReader.Sink sink = new PieceReader.Sink() {
            @Override public void article(long position, Article a) {
                if (copies.contains(position)) return;
                try {
                    List<String> lines = converter.nquads(a);
                    ready.addAll(lines);
                    articles.add(1);
                    quads.add(lines.size());
                } catch (RuntimeException | StackOverflowError e) {
                    // as in convert: a fault of isnad's on one article must not cost the others
                    failed(new Problem(a.source(), null, "could not be converted (internal error: " + e + "); please report it"));
                }
            }

            @Override public void failed(Problem p) {
                failed.add(1);
                System.err.println("isnad-spark: " + p.message());
            }
        };
    }
}
