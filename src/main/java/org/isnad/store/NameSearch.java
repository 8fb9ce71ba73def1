package org.isnad.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.isnad.vocab.Vocab;

/**
 * Finds places and actors by any of their names (rdfs:label, skos:prefLabel, skos:altLabel, in any
 * language), and the events at those places (or within them) or with those actors. Names and the query
 * are compared in one normal form: Lucene's Arabic normalisation (alef forms, teh marbuta, alef maksura,
 * diacritics, tatweel), lower case, and nothing but letters and digits, so "دير الزور", "ديرالزور",
 * "Deir ez-Zor" and "deir ezzor" are the same query.
 */
final class NameSearch {
    static final int MAX_HITS = 100;
    static final int MIN_QUERY = 2;
    private static final List<Node> NAMES = List.of(Vocab.rdfsLabel, NodeFactory.createURI(Vocab.SKOS + "prefLabel"),
            Vocab.skosAltLabel);

    enum Kind { PLACE, ACTOR }

    /** A thing found, the name that matched, and how well (0 the whole name, 1 its start, 2 inside it). */
    record Hit(Node node, Kind kind, String matched, int rank) {}

    record Result(List<Hit> places, List<Hit> actors, List<EventIndex.Row> events) {}

    private NameSearch() {}

    /** The normal form names and queries are compared in. */
    static String normalise(String s) {
        char[] c = s.toLowerCase(Locale.ROOT).toCharArray();
        int n = new ArabicNormalizer().normalize(c, c.length);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++)
            if (Character.isLetterOrDigit(c[i])) b.append(c[i]);
        return b.toString();
    }

    /** Call inside a read transaction. A query shorter than {@value #MIN_QUERY} letters finds nothing. */
    static Result search(NodeText t, String query) {
        String q = normalise(query == null ? "" : query);
        if (q.length() < MIN_QUERY) return new Result(List.of(), List.of(), List.of());
        Map<Node, Hit> best = new LinkedHashMap<>();
        for (Node p : NAMES)
            t.store.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining((Quad quad) -> {
                Node o = quad.getObject();
                if (!o.isLiteral() || !quad.getSubject().isURI()) return;
                String name = normalise(o.getLiteralLexicalForm());
                int rank = name.equals(q) ? 0 : name.startsWith(q) ? 1 : name.contains(q) ? 2 : -1;
                if (rank < 0) return;
                Kind kind = kind(t, quad.getSubject());
                if (kind == null) return;
                Hit old = best.get(quad.getSubject());
                if (old == null || rank < old.rank())
                    best.put(quad.getSubject(), new Hit(quad.getSubject(), kind, o.getLiteralLexicalForm(), rank));
            });
        List<Hit> hits = new ArrayList<>(best.values());
        hits.sort(Comparator.comparingInt(Hit::rank).thenComparing(h -> h.matched().length()).thenComparing(h -> t.text(h.node())));
        List<Hit> places = hits.stream().filter(h -> h.kind() == Kind.PLACE).limit(MAX_HITS).toList();
        List<Hit> actors = hits.stream().filter(h -> h.kind() == Kind.ACTOR).limit(MAX_HITS).toList();
        return new Result(places, actors, events(t, places, actors));
    }

    /** The events at a place found (or within it), or with an actor found as actor, target or who directed it. */
    private static List<EventIndex.Row> events(NodeText t, List<Hit> places, List<Hit> actors) {
        if (places.isEmpty() && actors.isEmpty()) return List.of();
        Set<Node> area = new LinkedHashSet<>();
        for (Hit h : places) area.addAll(PlaceEventsSection.placesIn(t.store, h.node()));
        Set<Node> withActor = new LinkedHashSet<>();
        for (Hit h : actors)
            for (Node rel : List.of(Vocab.semHasActor, Vocab.target, Vocab.directedBy))
                t.store.find(Node.ANY, Node.ANY, rel, h.node()).forEachRemaining(q -> withActor.add(q.getSubject()));
        return EventIndex.all(t.store).stream()
                .filter(r -> withActor.contains(r.event()) || r.places().stream().anyMatch(area::contains)).toList();
    }

    /** A place or an actor (outlets count as actors); null for anything else with a name (terms, reports). */
    private static Kind kind(NodeText t, Node n) {
        List<Node> types = t.objects(n, Vocab.rdfType);
        if (types.contains(Vocab.Place) || types.contains(Vocab.UnresolvedPlace)) return Kind.PLACE;
        if (types.contains(Vocab.Actor) || types.contains(Vocab.UnresolvedActor)) return Kind.ACTOR;
        String iri = n.getURI();
        if (iri.startsWith(Vocab.ID + "place/")) return Kind.PLACE;
        if (iri.startsWith(Vocab.ID + "actor/") || iri.startsWith(Vocab.ID + "outlet/")) return Kind.ACTOR;
        return null;
    }
}
