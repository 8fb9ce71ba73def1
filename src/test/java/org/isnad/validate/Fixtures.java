package org.isnad.validate;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.isnad.vocab.Vocab;

/** The hand-written valid article and the IRIs in it. */
final class Fixtures {
    private Fixtures() {}

    static final Path VALID = Path.of("src/test/resources/validate/valid-article.trig");
    static final Path SHAPES = Path.of("shapes");

    static final String K = "3f2a9c0d1e4b5a67";
    static final Node PROVENANCE = iri("article/" + K + "/provenance");
    static final Node EVENT_CLAIM = iri("claim/" + K + "-a1b2c3d4e5f6");
    static final Node EVENT = iri("event/" + K + "-a1b2c3d4e5f6");
    static final Node EVENT_EVIDENCE = iri("claim/" + K + "-a1b2c3d4e5f6/evidence/1");
    static final Node STATEMENT_CLAIM = iri("claim/" + K + "-0c9d8e7f6a5b");
    static final Node STATEMENT = iri("statement/" + K + "-0c9d8e7f6a5b");
    static final Node STATEMENT_EVIDENCE = iri("claim/" + K + "-0c9d8e7f6a5b/evidence/1");

    private static ClaimGraphValidator validator;

    static synchronized ClaimGraphValidator validator() {
        if (validator == null)
            validator = ClaimGraphValidator.fromDirectory(SHAPES);
        return validator;
    }

    static Node iri(String idPath) {
        return NodeFactory.createURI(Vocab.ID + idPath);
    }

    static Node isnad(String local) {
        return NodeFactory.createURI(Vocab.ISNAD + local);
    }

    static DatasetGraph valid() {
        return RdfFiles.read(VALID);
    }

    static DatasetGraph copy(DatasetGraph dsg) {
        DatasetGraph c = DatasetGraphFactory.create();
        dsg.find().forEachRemaining(c::add);
        return c;
    }

    /** Replaces every value of (graph, subject, predicate) by {@code value}. */
    static void set(DatasetGraph dsg, Node graph, Node s, Node p, Node value) {
        dsg.deleteAny(graph, s, p, Node.ANY);
        dsg.add(graph, s, p, value);
    }

    static Node decimal(String lexical) {
        return NodeFactory.createLiteralDT(lexical, org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal);
    }

    static Node integer(long v) {
        return NodeFactory.createLiteralDT(Long.toString(v), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
    }

    static Node date(String lexical) {
        return NodeFactory.createLiteralDT(lexical, org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate);
    }

    static String describe(Quad q) {
        return Triple.create(q.getSubject(), q.getPredicate(), q.getObject()).toString();
    }
}
