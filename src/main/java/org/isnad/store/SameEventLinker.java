package org.isnad.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.isnad.rdf.Vocab;

/**
 * Cost: the query pairs the event claims met at one place (or nested places), so it grows with the square
 * of the events per place; measured here, 280 articles in which every event is told ten times take 16 s
 * to link. {@code isnad load --no-link} skips it for large loads; an indexed sweep by place and date is
 * the way to make it scale.
 *
 * Links event claims of different articles that fit one event: compatible types (equal, or a bare
 * "Attack" and a violent type), overlapping dates, and the same place or one within the other. The links are isnad's own
 * reading, not any outlet's, so they go in a graph of their own, recomputed after every load: a claim is
 * never merged, and each keeps its provenance. Within one article the extractor links claims itself.
 */
public final class SameEventLinker {

    /** The graph the cross-article links live in. */
    public static final String LINKS_GRAPH = Vocab.ID + "graph/same-event-links";

    private static final UpdateRequest LINK = UpdateFactory.create("""
            PREFIX isnad: <https://w3id.org/isnad/ns#>
            PREFIX sem:   <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX prov:  <http://www.w3.org/ns/prov#>
            PREFIX rdfs:  <http://www.w3.org/2000/01/rdf-schema#>
            DROP SILENT GRAPH <%1$s> ;
            INSERT { GRAPH <%1$s> { ?c1 isnad:sameEventAs ?c2 . ?c2 isnad:sameEventAs ?c1 } }
            WHERE {
              GRAPH ?p1 { ?c1 a isnad:EventClaim ; isnad:asserts ?e1 ; prov:wasDerivedFrom ?a1 . }
              GRAPH ?c1 { ?e1 sem:hasPlace ?pl1 }
              # the place first: the candidate claims are found through the place index, not by pairing all
              { BIND (?pl1 AS ?pl2) }
              UNION { GRAPH <%2$s> { ?pl1 isnad:within+ ?pl2 } }
              UNION { GRAPH <%2$s> { ?pl2 isnad:within+ ?pl1 } }
              GRAPH ?c2 { ?e2 sem:hasPlace ?pl2 }
              FILTER (STR(?c1) < STR(?c2))
              GRAPH ?p2 { ?c2 a isnad:EventClaim ; isnad:asserts ?e2 ; prov:wasDerivedFrom ?a2 . }
              FILTER (?a1 != ?a2)
              GRAPH ?c1 { ?e1 a ?t1 ; sem:hasEarliestBeginTimeStamp ?b1 ; sem:hasLatestEndTimeStamp ?x1 . }
              GRAPH ?c2 { ?e2 a ?t2 ; sem:hasEarliestBeginTimeStamp ?b2 ; sem:hasLatestEndTimeStamp ?x2 . }
              FILTER (?b1 <= ?x2 && ?b2 <= ?x1)
              # equal types, or a bare "Attack" and a violent type (by the ontology's class tree)
              FILTER (?t1 = ?t2
                  || (?t1 = isnad:Attack && EXISTS { GRAPH <%2$s> { ?t2 rdfs:subClassOf* ?root } VALUES ?root { isnad:Battles isnad:ExplosionsRemoteViolence isnad:ViolenceAgainstCivilians } })
                  || (?t2 = isnad:Attack && EXISTS { GRAPH <%2$s> { ?t1 rdfs:subClassOf* ?root } VALUES ?root { isnad:Battles isnad:ExplosionsRemoteViolence isnad:ViolenceAgainstCivilians } }))
            }
            """.formatted(LINKS_GRAPH, Vocab.REFERENCE_GRAPH.getURI()));

    private SameEventLinker() {}

    /** Recomputes the links; call inside the write transaction that loaded the claims. */
    public static void relink(DatasetGraph dsg) {
        UpdateAction.execute(LINK, dsg);
    }
}
