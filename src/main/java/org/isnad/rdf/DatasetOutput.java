package org.isnad.rdf;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * JSON-LD and Turtle, which cannot stream: JSON-LD is one document of the whole dataset, and Turtle is the
 * union of all graphs, each triple once. Articles are still converted in parallel; their quads are
 * gathered here and written at the end, so memory grows with the output.
 */
final class DatasetOutput implements ArticleOutput<List<Quad>> {
    private final ClaimMapper mapper;
    private final OutputFormat format;

    DatasetOutput(ClaimMapper mapper, OutputFormat format) {
        this.mapper = mapper;
        this.format = format;
    }

    @Override public Encoder<List<Quad>> encoder() {
        return (article, through) -> {
            List<Quad> quads = new ArrayList<>();
            StreamRDF head = through.apply(new StreamRDFBase() {
                @Override public void quad(Quad q) { quads.add(q); }
                @Override public void triple(org.apache.jena.graph.Triple t) { quads.add(Quad.create(Quad.defaultGraphIRI, t)); }
            });
            head.start();
            mapper.map(article, head);
            head.finish();
            return quads;
        };
    }

    @Override public Assembler<List<Quad>> assembler(OutputStream out) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        return new Assembler<>() {
            @Override public void write(List<Quad> piece) { piece.forEach(dsg::add); }

            @Override public void finish() {
                RdfSinks.prefixes().forEach((p, u) -> dsg.prefixes().add(p, u));
                if (format == OutputFormat.jsonld) {
                    RDFDataMgr.write(out, dsg, RDFFormat.JSONLD11);
                } else {
                    Graph union = GraphFactory.createDefaultGraph();
                    dsg.find().forEachRemaining(q -> union.add(q.asTriple()));
                    RdfSinks.prefixes().forEach((p, u) -> union.getPrefixMapping().setNsPrefix(p, u));
                    RDFDataMgr.write(out, union, RDFFormat.TURTLE_BLOCKS);
                }
            }
        };
    }
}
