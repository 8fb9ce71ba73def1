package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.isnad.vocab.Vocab;
import org.junit.jupiter.api.Test;

/** Which claims of different articles the store links as one event, and which it must not. */
class SameEventLinkerTest {

    static final String ID = Vocab.ID, NS = Vocab.ISNAD, SEM = Vocab.SEM;
    static final Node REF = Vocab.REFERENCE_GRAPH;

    static Node u(String s) { return NodeFactory.createURI(s); }

    static Node date(String d) { return NodeFactory.createLiteralDT(d, XSDDatatype.XSDdate); }

    /** One event claim of its own article: type, a day, a place. */
    static void claim(DatasetGraph dsg, String key, String type, String day, String place) {
        Node claim = u(ID + "claim/" + key), event = u(ID + "event/" + key), prov = u(ID + "article/" + key + "/provenance");
        dsg.add(Quad.create(prov, claim, Vocab.rdfType, Vocab.EventClaim));
        dsg.add(Quad.create(prov, claim, Vocab.asserts, event));
        dsg.add(Quad.create(prov, claim, Vocab.provWasDerivedFrom, u(ID + "article/" + key)));
        dsg.add(Quad.create(claim, event, Vocab.rdfType, u(NS + type)));
        dsg.add(Quad.create(claim, event, Vocab.semEarliestBegin, date(day)));
        dsg.add(Quad.create(claim, event, Vocab.semLatestEnd, date(day)));
        dsg.add(Quad.create(claim, event, Vocab.semHasPlace, u(ID + "place/" + place)));
    }

    static Set<String> links(DatasetGraph dsg) {
        Set<String> out = new TreeSet<>();
        dsg.find(u(SameEventLinker.LINKS_GRAPH), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q ->
                out.add(q.getSubject().getURI().replace(ID + "claim/", "") + "~" + q.getObject().getURI().replace(ID + "claim/", "")));
        return out;
    }

    @Test
    void linksNestedPlacesAndCompatibleTypesOnOverlappingDaysOnly() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        // reference data: a town within a governorate; another town elsewhere; the ACLED tree
        dsg.add(Quad.create(REF, u(ID + "place/town"), Vocab.within, u(ID + "place/gov")));
        dsg.add(Quad.create(REF, u(NS + "AirDroneStrike"), Vocab.rdfsSubClassOf, u(NS + "ExplosionsRemoteViolence")));
        dsg.add(Quad.create(REF, u(NS + "Arrests"), Vocab.rdfsSubClassOf, u(NS + "StrategicDevelopments")));
        claim(dsg, "a", "AirDroneStrike", "2023-05-01", "town");
        claim(dsg, "b", "Attack", "2023-05-01", "gov");        // a bare attack in the governorate: the same
        claim(dsg, "c", "AirDroneStrike", "2023-05-01", "elsewhere");  // another place: not the same
        claim(dsg, "d", "AirDroneStrike", "2023-05-03", "town");  // another day: not the same
        claim(dsg, "e", "Arrests", "2023-05-01", "town");         // arrests are no attack
        SameEventLinker.relink(dsg);
        assertEquals(Set.of("a~b", "b~a"), links(dsg));

        SameEventLinker.relink(dsg);   // recomputed, not added to
        assertEquals(Set.of("a~b", "b~a"), links(dsg));
    }
}
