package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.isnad.store.link.BlockIndex;
import org.isnad.vocab.Vocab;
import org.junit.jupiter.api.Test;

/** Which claims of different articles the store links as one event, and which it must not. */
class SameEventLinkerTest {

    static final String ID = Vocab.ID, NS = Vocab.ISNAD;
    static final Node REF = Vocab.REFERENCE_GRAPH, LINKS = u(SameEventLinker.LINKS_GRAPH);
    static final Node ADMIN2 = u(NS + "admin2");

    static Node u(String s) { return NodeFactory.createURI(s); }

    static Node date(String d) { return NodeFactory.createLiteralDT(d, XSDDatatype.XSDdate); }

    static Node place(String p) { return u(ID + "place/" + p); }

    /**
     * Reference data: a district with two towns, within a governorate; a town of another district; the
     * ACLED tree. A district is its own admin2, as in places-admin.ttl; the governorate has none.
     */
    static DatasetGraph store() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.add(REF, place("district"), Vocab.within, place("gov"));
        dsg.add(REF, place("district"), ADMIN2, place("district"));
        for (String town : List.of("town", "town2")) {
            dsg.add(REF, place(town), Vocab.within, place("district"));
            dsg.add(REF, place(town), ADMIN2, place("district"));
        }
        dsg.add(REF, place("elsewhere"), ADMIN2, place("other-district"));
        dsg.add(REF, u(NS + "AirDroneStrike"), Vocab.rdfsSubClassOf, u(NS + "ExplosionsRemoteViolence"));
        dsg.add(REF, u(NS + "Arrests"), Vocab.rdfsSubClassOf, u(NS + "StrategicDevelopments"));
        return dsg;
    }

    /** One event claim of article {@code article}: type, dates and their precision, a place; returns the provenance graph. */
    static Node claim(DatasetGraph dsg, String article, String key, String type, String begin, String end,
                      String precision, String place) {
        Node claim = u(ID + "claim/" + key), event = u(ID + "event/" + key), prov = u(ID + "article/" + article + "/provenance");
        dsg.add(Quad.create(prov, claim, Vocab.rdfType, Vocab.EventClaim));
        dsg.add(Quad.create(prov, claim, Vocab.asserts, event));
        dsg.add(Quad.create(prov, claim, Vocab.provWasDerivedFrom, u(ID + "article/" + article)));
        dsg.add(Quad.create(claim, event, Vocab.rdfType, u(NS + type)));
        dsg.add(Quad.create(claim, event, Vocab.semEarliestBegin, date(begin)));
        dsg.add(Quad.create(claim, event, Vocab.semLatestEnd, date(end)));
        dsg.add(Quad.create(claim, event, Vocab.timePrecision, u(NS + precision)));
        dsg.add(Quad.create(claim, event, Vocab.semHasPlace, place(place)));
        return prov;
    }

    /** A claim of its own article, on one day. */
    static Node claim(DatasetGraph dsg, String key, String type, String day, String place) {
        return claim(dsg, key, key, type, day, day, "Day", place);
    }

    static Set<String> links(DatasetGraph dsg) {
        Set<String> out = new TreeSet<>();
        dsg.find(LINKS, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q ->
                out.add(q.getSubject().getURI().replace(ID + "claim/", "") + "~" + q.getObject().getURI().replace(ID + "claim/", "")));
        return out;
    }

    static Set<String> filed(DatasetGraph dsg) {
        Set<String> out = new TreeSet<>();
        dsg.find(BlockIndex.GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q ->
                out.add(q.getSubject().getURI().replace(ID + "claim/", "")));
        return out;
    }

    static void loaded(DatasetGraph dsg, Set<Node> provenance, Set<Node> removed) {
        Txn.executeWrite(dsg, () -> SameEventLinker.STEP.apply(dsg, new LoadedBatch(provenance, removed)));
    }

    @Test
    void linksNestedPlacesAndCompatibleTypesOnOverlappingPreciseDatesOnly() {
        DatasetGraph dsg = store();
        Set<Node> batch = Set.of(
                claim(dsg, "a", "AirDroneStrike", "2023-05-01", "town"),
                claim(dsg, "b", "Attack", "2023-05-01", "district"),      // a bare attack in the district: the same
                claim(dsg, "c", "AirDroneStrike", "2023-05-01", "elsewhere"),  // another district: not the same
                claim(dsg, "d", "AirDroneStrike", "2023-05-03", "town"),  // another day: not the same
                claim(dsg, "e", "Arrests", "2023-05-01", "town"),         // arrests are no attack
                claim(dsg, "h", "AirDroneStrike", "2023-05-01", "town2"), // another town of the district: not a, but b
                // "last week", Wednesday to Tuesday across two ISO weeks, overlapping a's Monday
                claim(dsg, "w", "w", "Attack", "2023-04-26", "2023-05-02", "Week", "town"));
        loaded(dsg, batch, Set.of());
        assertEquals(Set.of("a~b", "b~a", "a~w", "w~a", "b~w", "w~b", "b~h", "h~b"), links(dsg));
    }

    @Test
    void aClaimDatedOrPlacedCoarselyGetsNoLinksNorKeys() {
        DatasetGraph dsg = store();
        Set<Node> batch = Set.of(
                claim(dsg, "a", "AirDroneStrike", "2023-05-01", "town"),
                // the old linker paired these with a: a whole governorate, a whole month
                claim(dsg, "gov", "Attack", "2023-05-01", "gov"),
                claim(dsg, "month", "month", "AirDroneStrike", "2023-05-01", "2023-05-31", "Month", "town"),
                // a Day precision over a fortnight is no more precise than a month
                claim(dsg, "span", "span", "AirDroneStrike", "2023-04-25", "2023-05-08", "Day", "town"));
        loaded(dsg, batch, Set.of());
        assertEquals(Set.of(), links(dsg));
        assertEquals(Set.of("a"), filed(dsg), "only the precise claim is in the block index");
    }

    @Test
    void aLaterBatchLinksItsClaimsWithoutRecomputingEarlierLinks() {
        DatasetGraph dsg = store();
        loaded(dsg, Set.of(claim(dsg, "a", "AirDroneStrike", "2023-05-01", "town"),
                claim(dsg, "b", "Attack", "2023-05-01", "district")), Set.of());
        assertEquals(Set.of("a~b", "b~a"), links(dsg));
        // a mark on batch 1's links: recomputing them would put the deleted link back
        Txn.executeWrite(dsg, () -> dsg.deleteAny(LINKS, Node.ANY, Node.ANY, Node.ANY));

        loaded(dsg, Set.of(claim(dsg, "c", "AirDroneStrike", "2023-05-01", "town")), Set.of());
        assertEquals(Set.of("a~c", "c~a", "b~c", "c~b"), links(dsg), "c found a and b by their keys; a~b untouched");
    }

    @Test
    void reloadingAChangedArticleDropsItsStaleLinks() {
        DatasetGraph dsg = store();
        Node provB = claim(dsg, "b", "Attack", "2023-05-01", "district");
        loaded(dsg, Set.of(claim(dsg, "a", "AirDroneStrike", "2023-05-01", "town"), provB), Set.of());
        loaded(dsg, Set.of(claim(dsg, "c", "AirDroneStrike", "2023-05-01", "town")), Set.of());
        assertEquals(6, links(dsg).size());

        // article b comes again, changed: its event is now a month later (what ClaimStore does on a reload)
        Node oldB = u(ID + "claim/b");
        Txn.executeWrite(dsg, () -> {
            dsg.removeGraph(oldB);
            dsg.removeGraph(provB);
        });
        claim(dsg, "b", "b2", "Attack", "2023-06-01", "2023-06-01", "Day", "district");
        loaded(dsg, Set.of(provB), Set.of(oldB));
        assertEquals(Set.of("a~c", "c~a"), links(dsg));
        assertEquals(Set.of("a", "b2", "c"), filed(dsg), "b's keys went with it");
    }

    @Test
    void linkAllAfterLoadsWithoutLinksGivesWhatLinkingEachBatchGives() {
        DatasetGraph batched = store(), later = store();
        for (DatasetGraph dsg : List.of(batched, later)) {
            Set<Node> one = Set.of(claim(dsg, "a", "AirDroneStrike", "2023-05-01", "town"),
                    claim(dsg, "b", "Attack", "2023-05-01", "district"));
            if (dsg == batched) loaded(dsg, one, Set.of());
            Set<Node> two = Set.of(claim(dsg, "c", "AirDroneStrike", "2023-05-01", "town"),
                    claim(dsg, "d", "AirDroneStrike", "2023-05-03", "town"));
            if (dsg == batched) loaded(dsg, two, Set.of());
        }
        assertEquals(Set.of(), links(later), "loaded with --no-link");
        assertEquals(3, SameEventLinker.linkAll(later));
        assertEquals(links(batched), links(later));
        assertEquals(filed(batched), filed(later));
        assertEquals(3, SameEventLinker.linkAll(later), "linking again recomputes, adds nothing");
        assertTrue(links(later).contains("a~c"));
    }
}
