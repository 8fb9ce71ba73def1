package org.isnad.geo;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.isnad.vocab.Vocab;

/**
 * The administrative units a place lies in, as ACLED codes them: admin1 (governorate), admin2 (district),
 * admin3 (sub-district), each with its OCHA p-code. Read from the reference data ({@code isnad:admin1..3},
 * {@code isnad:pcode}, {@code rdfs:label}@en; see ontology/places-admin.ttl), once per reference graph.
 * A place that is no admin unit and has no links of its own takes those of the area it lies in
 * ({@code isnad:within}): "ريف دير الزور الشرقي" lies within one governorate (admin1 SY09); "شرق سوريا"
 * lies within none.
 */
public final class AdminHierarchy {

    /** An admin unit: its English label, OCHA p-code and IRI. */
    public record Unit(String label, String pcode, String iri) {}

    private static final Map<Graph, AdminHierarchy> CACHE = Collections.synchronizedMap(new WeakHashMap<>());
    private static final Node PCODE = NodeFactory.createURI(Vocab.ISNAD + "pcode");
    private static final Node WITHIN = NodeFactory.createURI(Vocab.ISNAD + "within");
    private static final int MAX_PARENTS = 3;      // village, region, governorate: no deeper chains
    private static final Node[] LEVELS = {
        NodeFactory.createURI(Vocab.ISNAD + "admin1"),
        NodeFactory.createURI(Vocab.ISNAD + "admin2"),
        NodeFactory.createURI(Vocab.ISNAD + "admin3"),
    };

    private final Map<String, Unit[]> byPlace = new HashMap<>();

    private AdminHierarchy(Graph g) {
        Map<String, Unit> units = new HashMap<>();
        g.find(Node.ANY, PCODE, Node.ANY).forEachRemaining(t -> {
            if (!t.getSubject().isURI() || !t.getObject().isLiteral()) return;
            String iri = t.getSubject().getURI();
            units.put(iri, new Unit(englishLabel(g, t.getSubject()), t.getObject().getLiteralLexicalForm(), iri));
        });
        for (int level = 0; level < LEVELS.length; level++) {
            int l = level;
            g.find(Node.ANY, LEVELS[level], Node.ANY).forEachRemaining(t -> {
                if (!t.getSubject().isURI() || !t.getObject().isURI()) return;
                Unit u = units.get(t.getObject().getURI());
                if (u != null) byPlace.computeIfAbsent(t.getSubject().getURI(), k -> new Unit[3])[l] = u;
            });
        }
        Map<String, java.util.SortedSet<String>> parents = new HashMap<>();
        g.find(Node.ANY, WITHIN, Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI())
                parents.computeIfAbsent(t.getSubject().getURI(), k -> new java.util.TreeSet<>()).add(t.getObject().getURI());
        });
        Map<String, Unit[]> inherited = new HashMap<>();
        for (String place : parents.keySet()) {
            if (byPlace.containsKey(place)) continue;
            Unit[] found = inherit(place, parents, 1);
            if (found != null) inherited.put(place, found);
        }
        byPlace.putAll(inherited);
    }

    /**
     * The units of the first area up the isnad:within links that has some, parents in IRI order: "بادية حمص"
     * lies within both the Syrian Desert (no unit) and Homs Governorate (SY04), and takes Homs's.
     */
    private Unit[] inherit(String place, Map<String, java.util.SortedSet<String>> parents, int depth) {
        for (String p : parents.getOrDefault(place, java.util.Collections.emptySortedSet())) {
            if (byPlace.containsKey(p)) return byPlace.get(p);
        }
        if (depth >= MAX_PARENTS) return null;
        for (String p : parents.getOrDefault(place, java.util.Collections.emptySortedSet())) {
            Unit[] up = inherit(p, parents, depth + 1);
            if (up != null) return up;
        }
        return null;
    }

    /** The hierarchy of a reference graph, built on first use. */
    public static AdminHierarchy of(Graph referenceData) {
        return CACHE.computeIfAbsent(referenceData, AdminHierarchy::new);
    }

    /** The unit of level 1, 2 or 3 that the place lies in (a unit is its own unit at its level), or null. */
    public Unit admin(String placeIri, int level) {
        if (level < 1 || level > 3) throw new IllegalArgumentException("admin level 1-3, not " + level);
        Unit[] u = byPlace.get(placeIri);
        return u == null ? null : u[level - 1];
    }

    private static String englishLabel(Graph g, Node s) {
        String best = null;
        for (var it = g.find(s, Vocab.rdfsLabel, Node.ANY); it.hasNext(); ) {
            Node o = it.next().getObject();
            if (!o.isLiteral() || !"en".equals(o.getLiteralLanguage())) continue;
            String l = o.getLiteralLexicalForm();
            if (best == null || l.compareTo(best) < 0) best = l;   // the smallest: independent of parse order
        }
        return best != null ? best : s.getLocalName();
    }
}
