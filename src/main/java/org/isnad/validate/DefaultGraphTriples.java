package org.isnad.validate;

import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.isnad.vocab.Vocab;

/**
 * Takes the default graph out of a stream: its triples are counted (isnad writes none, so any is a
 * violation) and not passed on; named-graph quads go downstream. It also notes whether the default graph
 * describes reference data (places, actors, outlets) or claims, which decides how a Turtle file is checked.
 */
final class DefaultGraphTriples extends StreamRDFWrapper {
    private static final Set<Node> REFERENCE_CLASSES = Set.of(Vocab.Place, Vocab.Actor, Vocab.Outlet);
    private static final Set<Node> CLAIM_CLASSES = Set.of(Vocab.EventClaim, Vocab.StatementClaim, Vocab.CasualtyClaim);

    private long count;
    private Node exampleSubject;
    private boolean describesReference;
    private boolean typesClaims;

    DefaultGraphTriples(StreamRDF namedGraphs) {
        super(namedGraphs);
    }

    @Override public void triple(Triple t) {
        if (count++ == 0)
            exampleSubject = t.getSubject();
        if (Vocab.rdfType.equals(t.getPredicate())) {
            describesReference |= REFERENCE_CLASSES.contains(t.getObject());
            typesClaims |= CLAIM_CLASSES.contains(t.getObject());
        }
    }

    @Override public void quad(Quad q) {
        if (q.isDefaultGraph())
            triple(q.asTriple());
        else
            super.quad(q);
    }

    /** Triples read in the default graph (a triple written twice counts twice). */
    long count() {
        return count;
    }

    Node exampleSubject() {
        return exampleSubject;
    }

    /** Reference data and no claims: a gazetteer edited by hand, for the reference shapes. */
    boolean isReferenceData() {
        return describesReference && !typesClaims;
    }
}
