package org.isnad.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.isnad.cli.ArticleQuads;
import org.isnad.ingest.Article;
import org.isnad.ingest.Problem;
import scala.Tuple2;

/**
 * The articles {@code isnad convert} would skip as copies: a later article with the URL of an earlier one,
 * then, among the rest, a later one with the text (up to white space) and outlet of an earlier one. "Earlier"
 * is the order convert reads in: the inputs as given, then the place in the file. Only the positions of the
 * copies come back to the driver, so copies must be few (they are, in a scraped corpus); the rest stays
 * distributed.
 */
final class Duplicates {
    private Duplicates() {}

    /** What identifies an article as a copy. */
    record Keys(long position, String url, String text) implements Serializable {}

    static Set<Long> find(JavaRDD<Piece> pieces, List<String> reference) {
        JavaRDD<Keys> keys = pieces.mapPartitions(it -> {
            ArticleQuads quads = SharedQuads.get(reference);
            List<Keys> out = new ArrayList<>();
            PieceReader.Sink sink = new PieceReader.Sink() {
                @Override public void article(long position, Article a) {
                    out.add(new Keys(position, quads.urlKey(a), quads.textKey(a)));
                }
                // the conversion pass reports it
                @Override public void failed(Problem p) {}
            };
            while (it.hasNext()) PieceReader.read(it.next(), quads, sink);
            return out.iterator();
        }).cache();
        try {
            Set<Long> sameUrl = new HashSet<>(later(keys.filter(k -> k.url() != null)
                    .mapToPair(k -> new Tuple2<>(k.url(), k.position()))));
            Set<Long> sameText = new HashSet<>(later(keys.filter(k -> !sameUrl.contains(k.position()))
                    .mapToPair(k -> new Tuple2<>(k.text(), k.position()))));
            sameText.addAll(sameUrl);
            return sameText;
        } finally {
            keys.unpersist();
        }
    }

    /** Every position but the first under its key. */
    private static List<Long> later(JavaPairRDD<String, Long> byKey) {
        return byKey.groupByKey().flatMap(group -> {
            List<Long> all = new ArrayList<>();
            group._2().forEach(all::add);
            long first = all.stream().mapToLong(Long::longValue).min().orElseThrow();
            all.removeIf(p -> p == first);
            return all.iterator();
        }).collect();
    }
}
