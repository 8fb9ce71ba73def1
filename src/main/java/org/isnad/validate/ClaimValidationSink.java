package org.isnad.validate;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * Validates a stream of quads as it passes through, one article at a time.
 *
 * <p>The convert pipeline writes each article's provenance graph ({@code id:article/K/provenance}) and
 * claim graphs ({@code id:claim/K-H}) together; both names carry the article key K. Quads are buffered
 * until the key changes (and at {@link #finish()}), then that article's claims are validated, so memory
 * is bounded by one article. Every call is forwarded to the downstream sink unchanged, before buffering,
 * so this composes like a pipe. Quads of other graphs (e.g. the reference graph) are passed on and not
 * validated; triples in the default graph are reported, as the file validator does.
 *
 * <p>An article whose quads are interleaved with another article's is split at each change of key, and
 * its claims may then be reported as lacking provenance: the pipeline must not interleave articles.
 */
public final class ClaimValidationSink implements StreamRDF {

    private final ClaimGraphValidator validator;
    private final StreamRDF downstream;
    private final ValidationCollector collector = new ValidationCollector();

    private DatasetGraph buffer = DatasetGraphFactory.create();
    private String currentKey;
    private long defaultGraphTriples;
    private Node defaultGraphExample;
    private boolean finished;

    public ClaimValidationSink(ClaimGraphValidator validator, StreamRDF downstream) {
        this.validator = validator;
        this.downstream = downstream;
    }

    /** Everything found so far; complete after {@link #finish()}. */
    public ValidationResult result() {
        return collector.result();
    }

    @Override public void start() {
        downstream.start();
    }

    @Override public void triple(Triple triple) {
        downstream.triple(triple);
        inDefaultGraph(triple.getSubject());
    }

    @Override public void quad(Quad quad) {
        downstream.quad(quad);
        if (quad.isDefaultGraph()) {
            inDefaultGraph(quad.getSubject());
            return;
        }
        String key = ArticleKeys.of(quad.getGraph());
        if (key == null)
            return;
        if (!key.equals(currentKey)) {
            flush();
            currentKey = key;
        }
        buffer.add(quad);
    }

    @Override public void base(String base) {
        downstream.base(base);
    }

    @Override public void prefix(String prefix, String iri) {
        downstream.prefix(prefix, iri);
    }

    @Override public void version(String version) {
        downstream.version(version);
    }

    @Override public void finish() {
        if (!finished) {
            flush();
            if (defaultGraphTriples > 0)
                validator.defaultGraphViolation(defaultGraphTriples, defaultGraphExample, collector);
            finished = true;
        }
        downstream.finish();
    }

    private void inDefaultGraph(Node subject) {
        if (defaultGraphTriples++ == 0)
            defaultGraphExample = subject;
    }

    private void flush() {
        if (currentKey != null && !buffer.isEmpty())
            validator.validate(buffer, collector);
        buffer = DatasetGraphFactory.create();
        currentKey = null;
    }
}
