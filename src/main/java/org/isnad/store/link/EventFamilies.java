package org.isnad.store.link;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.isnad.vocab.Vocab;

/**
 * Which event types may be one event: the same type, or a bare {@code isnad:Attack} and any violent type
 * (battles, explosions and remote violence, violence against civilians, from the ACLED tree in the
 * reference graph). The family is the coarse key of a block: every violent type and Attack share
 * "violent", any other type is a family of its own, as it matches only itself.
 */
public final class EventFamilies {

    private static final String VIOLENT_ROOTS = "isnad:Battles isnad:ExplosionsRemoteViolence isnad:ViolenceAgainstCivilians";
    private static final String VIOLENT_QUERY = """
            PREFIX isnad: <https://w3id.org/isnad/ns#>
            PREFIX rdfs:  <http://www.w3.org/2000/01/rdf-schema#>
            SELECT DISTINCT ?cls WHERE { GRAPH <%s> { ?cls rdfs:subClassOf* ?root } VALUES ?root { %s } }"""
            .formatted(Vocab.REFERENCE_GRAPH.getURI(), VIOLENT_ROOTS);
    private static final Node ATTACK = NodeFactory.createURI(Vocab.ISNAD + "Attack");

    private final Set<Node> violent;

    private EventFamilies(Set<Node> violent) {
        this.violent = violent;
    }

    /** The violent classes as the store's reference graph has them now. */
    public static EventFamilies of(DatasetGraph dsg) {
        Set<Node> violent = new HashSet<>();
        try (var qe = QueryExecutionFactory.create(VIOLENT_QUERY, DatasetFactory.wrap(dsg))) {
            qe.execSelect().forEachRemaining(s -> violent.add(s.getResource("cls").asNode()));
        }
        return new EventFamilies(violent);
    }

    /** The block key part for one type: "violent", or the type's own IRI. */
    public String family(Node type) {
        return type.equals(ATTACK) || violent.contains(type) ? "violent" : type.getURI();
    }

    public boolean compatible(Node a, Node b) {
        return a.equals(b) || (a.equals(ATTACK) && violent.contains(b)) || (b.equals(ATTACK) && violent.contains(a));
    }
}
