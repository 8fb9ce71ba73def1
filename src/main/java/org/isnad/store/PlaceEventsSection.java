package org.isnad.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.isnad.vocab.Vocab;

/**
 * On a place's page, the events in it and in every place within it: isnad:within followed down
 * transitively, and the places whose isnad:admin1/2/3 is this one (a governorate holds every place
 * linked to it), across all graphs, so a place kept as written inside a reference place counts too.
 */
final class PlaceEventsSection {
    static final int MAX_ROWS = 500;
    static final List<Node> INSIDE = List.of(Vocab.within, NodeFactory.createURI(Vocab.ISNAD + "admin1"),
            NodeFactory.createURI(Vocab.ISNAD + "admin2"), NodeFactory.createURI(Vocab.ISNAD + "admin3"));

    private PlaceEventsSection() {}

    static boolean isPlace(NodeText t, Node r) {
        List<Node> types = t.objects(r, Vocab.rdfType);
        return types.contains(Vocab.Place) || types.contains(Vocab.UnresolvedPlace) || !t.objects(r, Vocab.wgsLat).isEmpty();
    }

    static void append(StringBuilder h, NodeText t, Node place) {
        Set<Node> area = placesIn(t.store, place);
        // the events of the area from the summary, newest first: only the rows shown are read in full
        String where = "VALUES ?p { " + String.join(" ", area.stream().map(EventQuery::str).toList())
                + " } ?e " + EventQuery.str(EventSummary.PLACE_IRI) + " ?p . ?e " + EventQuery.str(EventSummary.ORDER) + " ?order";
        long total = EventQuery.select(t.store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { " + where + " }").get(0).getLiteral("n").getLong();
        List<Node> events = EventQuery.select(t.store, "SELECT DISTINCT ?e ?order WHERE { " + where + " } ORDER BY DESC(?order) ?e LIMIT "
                + MAX_ROWS).stream().map(s -> s.get("e").asNode()).toList();
        h.append("<section id=\"events-here\"><h2>Events here</h2>\n<p>").append(total)
         .append(total == 1 ? " event" : " events").append(" in this place or a place within it (")
         .append(area.size() - 1).append(area.size() == 2 ? " place" : " places").append(" within), newest first.</p>\n");
        if (!events.isEmpty()) EventListPage.EventTable.append(h, t, EventIndex.of(t.store, events));
        if (total > MAX_ROWS) h.append("<p>The first ").append(MAX_ROWS).append(" only; SPARQL has the rest.</p>\n");
        h.append("</section>\n");
    }

    /** {@code place} and every place within it, at any depth. */
    static Set<Node> placesIn(DatasetGraph store, Node place) {
        Set<Node> seen = new LinkedHashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(place));
        while (!todo.isEmpty()) {
            Node p = todo.pop();
            if (!seen.add(p)) continue;
            for (Node rel : INSIDE)
                store.find(Node.ANY, Node.ANY, rel, p).forEachRemaining((Quad q) -> {
                    if (!seen.contains(q.getSubject())) todo.push(q.getSubject());
                });
        }
        return seen;
    }
}
