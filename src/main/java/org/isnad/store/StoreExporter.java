package org.isnad.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.isnad.rdf.RdfSinks;
import org.isnad.vocab.Vocab;

/**
 * Writes a claim store out as RDF, in one read transaction (a consistent snapshot even while the store is
 * being loaded by another thread of this process).
 *
 * <ul>
 * <li>TriG and N-Quads are streamed quad by quad: memory does not grow with the store.</li>
 * <li>Turtle is the union of all graphs: which graph a triple sat in (so who says so) is lost.</li>
 * <li>JSON-LD is built in memory and compacted with isnad's published context
 *     ({@code ontology/context.jsonld}), so keys read {@code "reportedBy"}, not full IRIs.</li>
 * <li>RDF 1.2 ({@link #writeRdf12}): one graph in which each claim IRI is the reifier of its triples.</li>
 * </ul>
 */
public final class StoreExporter {
    private StoreExporter() {}

    /** RDF 1.2's reification property: reifier {@code rdf:reifies} a triple term. */
    public static final Node RDF_REIFIES = NodeFactory.createURI(Vocab.RDF + "reifies");

    /** Streams every quad as TriG (one block per graph) or N-Quads. */
    public static long writeQuads(DatasetGraph dsg, boolean trig, OutputStream out) {
        return Txn.calculateRead(dsg, () -> {
            StreamRDF w = StreamRDFWriter.getWriterStream(out, trig ? RDFFormat.TRIG_BLOCKS : RDFFormat.NQUADS);
            w.start();
            if (trig) RdfSinks.prefixes().forEach(w::prefix);
            long n = 0;
            // TDB2 returns quads grouped by graph (GSPO order), so TriG gets one block per graph
            for (Iterator<Quad> it = dsg.find(); it.hasNext(); n++)
                w.quad(EventSummary.exported(it.next()));
            w.finish();
            return n;
        });
    }

    /** Streams the union of all graphs (each distinct triple once) as Turtle. */
    public static long writeUnionTurtle(DatasetGraph dsg, OutputStream out) {
        return Txn.calculateRead(dsg, () -> {
            StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
            w.start();
            RdfSinks.prefixes().forEach(w::prefix);
            long n = 0;
            // the default graph too: TDB2's union graph covers named graphs only
            for (Iterator<Triple> it = dsg.getDefaultGraph().find(); it.hasNext(); n++)
                w.triple(it.next());
            for (Iterator<Triple> it = dsg.getUnionGraph().find(); it.hasNext(); n++)
                w.triple(it.next());
            w.finish();
            return n;
        });
    }

    /** The events table of every article in the store (see {@link org.isnad.table.EventTable}); returns the rows. */
    public static long writeEventTable(DatasetGraph dsg, OutputStream out) {
        return Txn.calculateRead(dsg, () ->
                new org.isnad.table.EventTable(out, dsg.getGraph(Vocab.REFERENCE_GRAPH)).write(dsg));
    }

    /**
     * The dataset as JSON-LD 1.1, compacted with {@code context} (a JSON document whose {@code @context}
     * is isnad's). Named graphs are kept ({@code "@graph"} inside each graph's node). The context is
     * embedded in the output, so it parses without fetching anything.
     *
     * <p>Jena's own JSON-LD writer builds its context from the prefixes only and takes no context
     * document, so the conversion is done here: Jena writes JSON-LD from RDF, Titanium (the JSON-LD
     * processor Jena uses) compacts it with the context.
     */
    public static void writeJsonLd(DatasetGraph dsg, Path contextFile, OutputStream out) throws IOException {
        byte[] expanded = Txn.calculateRead(dsg, () -> {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            // built in memory anyway: a copy with the event summary in its graph, as the quad formats have it
            DatasetGraph copy = org.apache.jena.sparql.core.DatasetGraphFactory.create();
            dsg.find().forEachRemaining(q -> copy.add(EventSummary.exported(q)));
            RDFDataMgr.write(buf, copy, RDFFormat.JSONLD11_PLAIN);
            return buf.toByteArray();
        });
        JsonObject compacted;
        try (InputStream ctx = Files.newInputStream(contextFile)) {
            compacted = JsonLd.compact(JsonDocument.of(new ByteArrayInputStream(expanded)), JsonDocument.of(ctx))
                    .ordered(true)
                    .get();
        } catch (JsonLdError e) {
            throw new IOException(contextFile + ": cannot compact with this context: " + e.getMessage(), e);
        }
        JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out);
        w.write(compacted);
        out.write('\n');
        out.flush();
    }

    /**
     * RDF 1.2, for tools that prefer reification to named graphs: one graph where every claim IRI is the
     * reifier of each triple of its claim graph ({@code claim rdf:reifies <<( s p o )>>}), and the triples
     * of every other graph (provenance, reference data) are written as they are. A claim's triples are
     * <em>not</em> asserted: a triple term only names a triple, so "X struck Y" stays something a report
     * says, as it is in the named graph. The claim's provenance sits on the same IRI, so who says so is one
     * hop from each triple. {@code turtle}: Turtle 1.2, else N-Triples 1.2; both streamed.
     *
     * @return the number of triples written
     */
    public static long writeRdf12(DatasetGraph dsg, boolean turtle, OutputStream out) {
        return Txn.calculateRead(dsg, () -> {
            Set<Node> claims = claimGraphs(dsg);
            StreamRDF w = StreamRDFWriter.getWriterStream(out, turtle ? RDFFormat.TURTLE_BLOCKS : RDFFormat.NTRIPLES);
            w.start();
            if (turtle) RdfSinks.prefixes().forEach(w::prefix);
            long n = 0;
            for (Iterator<Triple> it = dsg.getDefaultGraph().find(); it.hasNext(); n++)
                w.triple(it.next());
            Set<Triple> written = new HashSet<>(); // a triple in two non-claim graphs is one triple in one graph
            for (Iterator<Node> gs = dsg.listGraphNodes(); gs.hasNext(); ) {
                Node g = gs.next();
                boolean claim = claims.contains(g);
                for (Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) {
                    Triple t = it.next().asTriple();
                    Triple out1 = claim ? Triple.create(g, RDF_REIFIES, NodeFactory.createTripleTerm(t)) : t;
                    if (written.add(out1)) {
                        w.triple(out1);
                        n++;
                    }
                }
            }
            w.finish();
            return n;
        });
    }

    /**
     * The inverse of {@link #writeRdf12}, for checking it: every {@code g rdf:reifies <<( s p o )>>} becomes
     * the quad (g, s, p, o); every other triple goes into the default graph.
     */
    public static DatasetGraph fromRdf12(org.apache.jena.graph.Graph g) {
        DatasetGraph d = DatasetGraphFactory.create();
        g.find().forEachRemaining(t -> {
            if (t.getPredicate().equals(RDF_REIFIES) && t.getObject().isTripleTerm() && t.getSubject().isURI())
                d.add(Quad.create(t.getSubject(), t.getObject().getTriple()));
            else
                d.add(Quad.create(Quad.defaultGraphIRI, t));
        });
        return d;
    }

    /** Graph names that some other graph declares to be a claim (as {@link ClaimStore#claimCount()} counts them). */
    static Set<Node> claimGraphs(DatasetGraph dsg) {
        Set<Node> claims = new HashSet<>();
        for (Node type : List.of(Vocab.EventClaim, Vocab.StatementClaim, Vocab.CasualtyClaim)) {
            dsg.find(Node.ANY, Node.ANY, Vocab.rdfType, type).forEachRemaining(q -> {
                Node c = q.getSubject();
                if (c.isURI() && !q.getGraph().equals(c) && dsg.containsGraph(c)) claims.add(c);
            });
        }
        return claims;
    }
}
