package org.isnad.table;

import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.isnad.rdf.ClaimMapper;
import org.isnad.rdf.ClaimSink;
import org.isnad.rdf.ConvertedArticle;

/**
 * {@code isnad convert --format csv}: each article is mapped to its quads, as for RDF output, and its rows
 * are read back from those quads by {@link EventTable}, the same reading {@code isnad export} does on a
 * store. Streams: one article's quads in memory at a time.
 */
public final class EventCsvSink implements ClaimSink {

    private final ClaimMapper mapper;
    private final StreamRDF through;
    private final EventTable table;
    private DatasetGraph current;

    /**
     * {@code through}: the stages the quads pass on the way (validation); given the stream that collects
     * them, returns the head to write to.
     */
    public EventCsvSink(OutputStream out, ClaimMapper mapper, Graph referenceData,
                        java.util.function.UnaryOperator<StreamRDF> through) {
        this.mapper = mapper;
        this.table = new EventTable(out, referenceData);
        this.through = through.apply(new org.apache.jena.riot.system.StreamRDFWrapper(StreamRDFLib.sinkNull()) {
            @Override public void quad(org.apache.jena.sparql.core.Quad q) { current.add(q); }
        });
        this.through.start();
    }

    @Override public void accept(ConvertedArticle article) {
        current = DatasetGraphFactory.create();
        mapper.map(article, through);
        table.write(current);
        current = null;
    }

    @Override public void finish() {
        through.finish();
        table.header();
        table.flush();
    }
}
