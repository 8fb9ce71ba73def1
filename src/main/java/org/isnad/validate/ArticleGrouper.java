package org.isnad.validate;

import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * Groups an article-contiguous stream of named-graph quads (convert's order) into articles, and hands
 * each one whole to an {@link Articles} sink: memory is one article. When an article's quads come back
 * after it was closed (sorted N-Quads, say), the stream is not contiguous and it stops with
 * {@link NotContiguousException}, for the caller to take the slow path; nothing is reported twice,
 * since the caller discards what it collected. Quads of graphs of no article are ignored.
 */
final class ArticleGrouper extends StreamRDFBase {
    /** Receives articles one at a time. */
    interface Articles {
        void article(String key, DatasetGraph quads);
    }

    /** The input is not article-contiguous. */
    static final class NotContiguousException extends RuntimeException {
        NotContiguousException(String key) {
            super("the quads of article " + key + " are not together", null, false, false);
        }
    }

    private final Articles sink;
    private final SeenKeys closed = new SeenKeys();
    private DatasetGraph current = DatasetGraphFactory.create();
    private String currentKey;

    ArticleGrouper(Articles sink) {
        this.sink = sink;
    }

    @Override public void quad(Quad quad) {
        String key = ArticleKeys.of(quad.getGraph());
        if (key == null)
            return;
        if (!key.equals(currentKey)) {
            close();
            if (!closed.add(key))
                throw new NotContiguousException(key);
            currentKey = key;
        }
        current.add(quad);
    }

    @Override public void finish() {
        close();
    }

    private void close() {
        if (currentKey != null)
            sink.article(currentKey, current);
        current = DatasetGraphFactory.create();
        currentKey = null;
    }
}
