package org.isnad.rdf;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.isnad.extract.Lexicon;
import org.isnad.vocab.Vocab;

/** Claim sinks that write RDF or the claims JSON to a stream. */
public final class RdfSinks {
    private RdfSinks() {}

    /** The prefixes isnad writes with, so TriG and Turtle stay readable. */
    public static PrefixMap prefixes() {
        PrefixMap pm = PrefixMapFactory.create();
        pm.add("isnad", Vocab.ISNAD);
        pm.add("prov", Vocab.PROV);
        pm.add("sem", Vocab.SEM);
        pm.add("oa", Vocab.OA);
        pm.add("schema", Vocab.SCHEMA);
        pm.add("rdfs", Vocab.RDFS);
        pm.add("rdf", Vocab.RDF);
        pm.add("xsd", Vocab.XSD);
        pm.add("place", Vocab.ID + "place/");
        pm.add("actor", Vocab.ID + "actor/");
        pm.add("outlet", Vocab.ID + "outlet/");
        return pm;
    }

    /** A sink for {@code format}, writing to {@code out}; extra stages (validation) go in {@code through}. */
    public static ClaimSink forFormat(OutputFormat format, OutputStream out, ClaimMapper mapper, Lexicon lexicon,
                                      java.util.function.UnaryOperator<StreamRDF> through) {
        return switch (format) {
            case trig, nq -> {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out,
                        format == OutputFormat.trig ? RDFFormat.TRIG_BLOCKS : RDFFormat.NQUADS);
                yield streaming(through.apply(writer), mapper, writer, format == OutputFormat.trig);
            }
            case jsonld, ttl -> {
                DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
                StreamRDF collect = org.apache.jena.riot.system.StreamRDFLib.dataset(dsg);
                StreamRDF head = through.apply(collect);
                head.start();
                yield new ClaimSink() {
                    @Override public void accept(ConvertedArticle a) { mapper.map(a, head); }
                    @Override public void finish() {
                        head.finish();
                        prefixes().forEach((p, u) -> dsg.prefixes().add(p, u));
                        if (format == OutputFormat.jsonld) {
                            RDFDataMgr.write(out, dsg, RDFFormat.JSONLD11);
                        } else {
                            Graph union = GraphFactory.createDefaultGraph();
                            dsg.find().forEachRemaining(q -> union.add(q.asTriple()));
                            prefixes().forEach((p, u) -> union.getPrefixMapping().setNsPrefix(p, u));
                            RDFDataMgr.write(out, union, RDFFormat.TURTLE_BLOCKS);
                        }
                    }
                };
            }
            case json -> {
                // the claims JSON skips the RDF, but validation still sees the quads
                StreamRDF head = through.apply(org.apache.jena.riot.system.StreamRDFLib.sinkNull());
                head.start();
                ClaimsJson cj = new ClaimsJson(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), lexicon);
                yield new ClaimSink() {
                    @Override public void accept(ConvertedArticle a) {
                        mapper.map(a, head);
                        cj.write(a);
                    }
                    @Override public void finish() {
                        head.finish();
                        cj.close();
                    }
                };
            }
            // read back from each article's quads, as export reads a store: the two give the same rows
            case csv -> new org.isnad.table.EventCsvSink(out, mapper, lexicon.graph(), through);
        };
    }

    private static ClaimSink streaming(StreamRDF head, ClaimMapper mapper, StreamRDF writer, boolean withPrefixes) {
        head.start();
        if (withPrefixes) prefixes().forEach(writer::prefix);
        return new ClaimSink() {
            @Override public void accept(ConvertedArticle a) { mapper.map(a, head); }
            @Override public void finish() { head.finish(); }
        };
    }
}
