package org.isnad.store;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.isnad.vocab.Vocab;

/**
 * What the home page draws beside its table, from the {@link EventSummary}: the values each filter can take
 * ({@code /api/events/facets}), and, for the events a request matches, the count a month for the timeline
 * and the count a place with coordinates for the map ({@code /api/events/overview}). Counts, not rows, so
 * the answer stays small at any store size. Call inside a read transaction.
 */
final class EventOverview {
    private EventOverview() {}

    /** Every value of every filter, sorted: what the home page's selects offer. */
    static JsonObject facets(NodeText t) {
        JsonObject out = new JsonObject();
        for (Map.Entry<String, Node> f : new TreeMap<>(EventQuery.FILTERS).entrySet()) {
            TreeSet<String> values = new TreeSet<>();
            for (QuerySolution s : EventQuery.select(t.store, "SELECT DISTINCT ?v WHERE { ?e "
                    + EventQuery.str(f.getValue()) + " ?v }"))
                values.add(s.getLiteral("v").getLexicalForm());
            JsonArray a = new JsonArray();
            values.forEach(a::add);
            out.put(f.getKey(), a);
        }
        return out;
    }

    /** Events a month ({@code "YYYY-MM": n}), events a place ({@code points}), and the governorate centroids. */
    static JsonObject overview(NodeText t, EventQuery.Request r) {
        String where = EventQuery.where(r);
        JsonObject months = new JsonObject();
        for (QuerySolution s : EventQuery.select(t.store, "SELECT ?m (COUNT(*) AS ?n) WHERE { {"
                + where + " FILTER(?order >= " + EventSummary.DATED_FROM + ") ?e " + EventQuery.str(EventSummary.START)
                + " ?start } BIND(SUBSTR(STR(?start), 1, 7) AS ?m) } GROUP BY ?m"))
            months.put(s.getLiteral("m").getLexicalForm(), s.getLiteral("n").getLong());
        JsonArray points = new JsonArray();
        for (QuerySolution s : EventQuery.select(t.store, "SELECT ?p (COUNT(*) AS ?n) WHERE {"
                + where + " ?e " + EventQuery.str(EventSummary.PLACE_IRI) + " ?p } GROUP BY ?p")) {
            Node p = s.get("p").asNode();
            String lat = t.first(p, Vocab.wgsLat), lon = t.first(p, Vocab.wgsLong);
            if (lat.isEmpty() || lon.isEmpty()) continue;
            JsonObject o = EventJson.named(t, p);
            o.put("lat", lat);
            o.put("lon", lon);
            o.put("count", s.getLiteral("n").getLong());
            points.add(o);
        }
        JsonObject out = new JsonObject();
        out.put("months", months);
        out.put("points", points);
        out.put("governorates", EventJson.governorateCentroids(t));
        return out;
    }
}
