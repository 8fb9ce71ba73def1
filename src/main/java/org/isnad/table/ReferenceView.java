package org.isnad.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.isnad.geo.AdminHierarchy;
import org.isnad.vocab.Vocab;

/**
 * What the events table needs from the reference data (the ontology, places, actors): English names, the
 * ACLED types of an event class, a place's coordinates and admin units. Read from a graph, so the table is
 * the same whether that graph is the converter's lexicon or a store's reference graph.
 */
final class ReferenceView {

    private static final Node ACLED_TYPE = NodeFactory.createURI(Vocab.ISNAD + "acledEventType");
    private static final Node ACLED_SUB_TYPE = NodeFactory.createURI(Vocab.ISNAD + "acledSubEventType");
    private static final Node COORDINATE_PRECISION = NodeFactory.createURI(Vocab.ISNAD + "coordinatePrecision");
    private static final int MAX_CLASS_DEPTH = 8;  // the ontology's tree is three deep; a cycle stops here

    private final Graph graph;
    private final AdminHierarchy admin;
    private final Map<String, String> topTypes = new HashMap<>();

    ReferenceView(Graph graph) {
        this.graph = graph;
        this.admin = AdminHierarchy.of(graph);
    }

    AdminHierarchy admin() { return admin; }

    /** The English name of a resource: its rdfs:label@en, else a label without language, else the IRI's last part. */
    String label(Node n) {
        String plain = null;
        String en = null;
        for (var it = graph.find(n, Vocab.rdfsLabel, Node.ANY); it.hasNext(); ) {
            Node o = it.next().getObject();
            if (!o.isLiteral()) continue;
            String l = o.getLiteralLexicalForm();
            if ("en".equals(o.getLiteralLanguage())) en = smaller(en, l);
            else if (o.getLiteralLanguage().isEmpty()) plain = smaller(plain, l);
        }
        if (en != null) return en;
        if (plain != null) return plain;
        return localName(n);
    }

    /**
     * ACLED's top-level event type of an event class (one of its six): the class that sits directly under
     * isnad:Event on the way up the rdfs:subClassOf tree, named by its isnad:acledEventType.
     */
    String eventType(Node eventClass) {
        return topTypes.computeIfAbsent(eventClass.getURI(), k -> {
            // breadth first, nearest ancestor first: a class with two parents still finds its top type
            List<Node> level = List.of(eventClass);
            for (int depth = 0; depth < MAX_CLASS_DEPTH && !level.isEmpty(); depth++) {
                List<Node> up = new ArrayList<>();
                for (Node c : level) {
                    List<Node> parents = parents(c);
                    if (parents.contains(Vocab.Event)) {
                        String t = literal(c, ACLED_TYPE);
                        return t != null ? t : label(c);
                    }
                    up.addAll(parents);
                }
                level = up;
            }
            return null;
        });
    }

    /** ACLED's sub-event type of an event class, from the class or the nearest one above it that has one. */
    String subEventType(Node eventClass) {
        Node c = eventClass;
        for (int depth = 0; depth < MAX_CLASS_DEPTH && c != null && !Vocab.Event.equals(c); depth++) {
            String s = literal(c, ACLED_SUB_TYPE);
            if (s != null) return s;
            c = parent(c);
        }
        return null;
    }

    /** The skos:notation of an individual (a time precision: "day", "mid-month"), else its lower-cased name. */
    String notation(Node n) {
        String s = literal(n, Vocab.skosNotation);
        return s != null ? s : localName(n).toLowerCase();
    }

    String latitude(Node place) { return number(place, Vocab.wgsLat); }

    String longitude(Node place) { return number(place, Vocab.wgsLong); }

    /** A number as {@link EventClaimView#text} writes it, the same from a file as from a store. */
    private String number(Node s, Node p) {
        for (var it = graph.find(s, p, Node.ANY); it.hasNext(); ) {
            Node o = it.next().getObject();
            if (o.isLiteral()) return EventClaimView.text(o);
        }
        return null;
    }

    /** "exact", "town" or "area": how far the coordinates may be from the place; null without coordinates. */
    String coordinatePrecision(Node place) { return literal(place, COORDINATE_PRECISION); }

    /** The named superclasses of a class, in IRI order. */
    private List<Node> parents(Node c) {
        List<Node> ps = new ArrayList<>();
        for (var it = graph.find(c, Vocab.rdfsSubClassOf, Node.ANY); it.hasNext(); ) {
            Node o = it.next().getObject();
            if (o.isURI()) ps.add(o);
        }
        ps.sort(Comparator.comparing(Node::getURI));
        return ps;
    }

    private Node parent(Node c) {
        List<Node> ps = parents(c);
        return ps.isEmpty() ? null : ps.get(0);
    }

    private String literal(Node s, Node p) {
        String best = null;
        for (var it = graph.find(s, p, Node.ANY); it.hasNext(); ) {
            Node o = it.next().getObject();
            if (o.isLiteral()) best = smaller(best, o.getLiteralLexicalForm());
        }
        return best;
    }

    /** The smaller of two strings: a choice among several values that does not depend on parse order. */
    private static String smaller(String a, String b) {
        return a == null || b.compareTo(a) < 0 ? b : a;
    }

    private static String localName(Node n) {
        String iri = n.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }
}
