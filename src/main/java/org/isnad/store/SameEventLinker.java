package org.isnad.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.isnad.vocab.Vocab;

/**
 * Links event claims of different articles that fit one event: compatible types (equal, or a bare
 * "Attack" and a violent type), overlapping dates, and the same place or one within the other. The links
 * are isnad's own reading, not any outlet's, so they go in a graph of their own, recomputed after every
 * load: a claim is never merged, and each keeps its provenance. Within one article the extractor links
 * claims itself.
 *
 * <p>How: one pass reads every dated, placed event claim; each is filed under its places and their
 * ancestors (isnad:within, from the reference graph); within a place, the claims named exactly there are
 * compared only with the claims filed there whose dates overlap. The work grows with the claims and the
 * links, not with the square of the store.
 */
public final class SameEventLinker {

    /** The graph the cross-article links live in. */
    public static final String LINKS_GRAPH = Vocab.ID + "graph/same-event-links";

    private static final Node LINKS = NodeFactory.createURI(LINKS_GRAPH);
    private static final String VIOLENT_ROOTS = "isnad:Battles isnad:ExplosionsRemoteViolence isnad:ViolenceAgainstCivilians";

    private static final Query CLAIMS = QueryFactory.create("""
            PREFIX isnad: <https://w3id.org/isnad/ns#>
            PREFIX sem:   <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX prov:  <http://www.w3.org/ns/prov#>
            SELECT ?claim ?article ?type ?begin ?end ?place WHERE {
              GRAPH ?p { ?claim a isnad:EventClaim ; isnad:asserts ?e ; prov:wasDerivedFrom ?article . }
              GRAPH ?claim { ?e a ?type ; sem:hasEarliestBeginTimeStamp ?begin ; sem:hasLatestEndTimeStamp ?end ;
                                sem:hasPlace ?place . }
            }""");

    private static final Query PARENTS = QueryFactory.create("""
            PREFIX isnad: <https://w3id.org/isnad/ns#>
            SELECT ?place ?parent WHERE { GRAPH <%s> { ?place isnad:within ?parent } }"""
            .formatted(Vocab.REFERENCE_GRAPH.getURI()));

    private static final Query VIOLENT = QueryFactory.create("""
            PREFIX isnad: <https://w3id.org/isnad/ns#>
            PREFIX rdfs:  <http://www.w3.org/2000/01/rdf-schema#>
            SELECT DISTINCT ?cls WHERE { GRAPH <%s> { ?cls rdfs:subClassOf* ?root } VALUES ?root { %s } }"""
            .formatted(Vocab.REFERENCE_GRAPH.getURI(), VIOLENT_ROOTS));

    private static final String ATTACK = Vocab.ISNAD + "Attack";

    private SameEventLinker() {}

    /** The links as a load step. For now it recomputes every link whatever the batch held. */
    public static final AfterLoad STEP = (dsg, batch) -> relink(dsg);

    /** One event claim: its article, type, dates (ISO, so they compare as strings) and places. */
    private record Event(String claim, String article, String type, String begin, String end, Set<String> places) {}

    /** Recomputes the links; call inside the write transaction that loaded the claims. */
    public static void relink(DatasetGraph dsg) {
        dsg.removeGraph(LINKS);
        var ds = DatasetFactory.wrap(dsg);
        Map<String, Event> events = new HashMap<>();
        try (var qe = QueryExecutionFactory.create(CLAIMS, ds)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String claim = s.getResource("claim").getURI();
                Event e = events.computeIfAbsent(claim, c -> new Event(c, s.getResource("article").getURI(),
                        s.getResource("type").getURI(), s.getLiteral("begin").getLexicalForm(),
                        s.getLiteral("end").getLexicalForm(), new TreeSet<>()));
                e.places().add(s.getResource("place").getURI());
            }
        }
        if (events.size() < 2) return;
        Map<String, Set<String>> parents = new HashMap<>();
        try (var qe = QueryExecutionFactory.create(PARENTS, ds)) {
            qe.execSelect().forEachRemaining(s -> parents.computeIfAbsent(s.getResource("place").getURI(), k -> new TreeSet<>())
                    .add(s.getResource("parent").getURI()));
        }
        Set<String> violent = new HashSet<>();
        try (var qe = QueryExecutionFactory.create(VIOLENT, ds)) {
            qe.execSelect().forEachRemaining(s -> violent.add(s.getResource("cls").getURI()));
        }

        // file each claim under its places (exactly) and their ancestors (from below)
        Map<String, List<Event>> exact = new HashMap<>(), below = new HashMap<>();
        for (Event e : events.values()) {
            Set<String> seen = new HashSet<>();
            for (String p : e.places()) {
                exact.computeIfAbsent(p, k -> new ArrayList<>()).add(e);
                List<String> todo = new ArrayList<>(parents.getOrDefault(p, Set.of()));
                while (!todo.isEmpty()) {
                    String a = todo.remove(todo.size() - 1);
                    if (!seen.add(a)) continue;
                    below.computeIfAbsent(a, k -> new ArrayList<>()).add(e);
                    todo.addAll(parents.getOrDefault(a, Set.of()));
                }
            }
        }
        Set<List<String>> links = new TreeSetOfPairs();
        for (var entry : exact.entrySet()) {
            List<Event> here = entry.getValue();
            List<Event> candidates = new ArrayList<>(here);
            candidates.addAll(below.getOrDefault(entry.getKey(), List.of()));
            candidates.sort((a, b) -> a.begin().compareTo(b.begin()));
            for (Event e : here) {
                for (Event o : candidates) {
                    if (o.begin().compareTo(e.end()) > 0) break;          // sorted by begin: the rest start later
                    if (o.end().compareTo(e.begin()) < 0 || o == e || o.article().equals(e.article())) continue;
                    if (!compatible(e.type(), o.type(), violent)) continue;
                    links.add(List.of(e.claim(), o.claim()));
                }
            }
        }
        Node p = NodeFactory.createURI(Vocab.ISNAD + "sameEventAs");
        for (List<String> l : links) {
            Node a = NodeFactory.createURI(l.get(0)), b = NodeFactory.createURI(l.get(1));
            dsg.add(Quad.create(LINKS, a, p, b));
            dsg.add(Quad.create(LINKS, b, p, a));
        }
    }

    private static boolean compatible(String a, String b, Set<String> violent) {
        return a.equals(b) || (a.equals(ATTACK) && violent.contains(b)) || (b.equals(ATTACK) && violent.contains(a));
    }

    /** Pairs in a stable order, each once whichever way round it was met. */
    private static final class TreeSetOfPairs extends TreeSet<List<String>> {
        TreeSetOfPairs() {
            super((x, y) -> (x.get(0) + " " + x.get(1)).compareTo(y.get(0) + " " + y.get(1)));
        }

        @Override public boolean add(List<String> pair) {
            return super.add(pair.get(0).compareTo(pair.get(1)) <= 0 ? pair : List.of(pair.get(1), pair.get(0)));
        }
    }
}
