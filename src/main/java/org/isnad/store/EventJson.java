package org.isnad.store;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.isnad.vocab.Vocab;

/**
 * {@code /api/events} as JSON: a page of events ({@link EventQuery}) with their labels resolved (type, places
 * with coordinates, governorates, reporters, outlets, modalities). What the home page's table shows.
 */
final class EventJson {
    static final Node ADMIN1 = NodeFactory.createURI(Vocab.ISNAD + "admin1");
    static final Node PLACE_KIND = NodeFactory.createURI(Vocab.ISNAD + "placeKind");
    static final Node GOVERNORATE = NodeFactory.createURI(Vocab.ISNAD + "Governorate");

    private EventJson() {}

    /**
     * One page of events as {@code /api/events} gives it: the events with their labels, how many match the
     * filters ({@code matching}) and how many there are ({@code all}), the page and the page count. Call
     * inside a read transaction.
     */
    static JsonObject page(NodeText t, EventQuery.Request request, int page, int size) {
        EventQuery.Page p = EventQuery.page(t.store, request, page, size);
        JsonArray events = new JsonArray();
        for (EventIndex.Row r : EventIndex.of(t.store, p.events())) events.add(event(t, r));
        JsonObject out = new JsonObject();
        out.put("events", events);
        out.put("matching", p.matching());
        out.put("all", p.all());
        out.put("page", Math.max(1, page));
        out.put("size", size);
        out.put("pages", Math.max(1, (p.matching() + size - 1) / size));
        return out;
    }

    /** The governorates with their centroids, for the map. */
    static JsonArray governorateCentroids(NodeText t) {
        JsonArray govs = new JsonArray();
        for (Node g : t.subjects(PLACE_KIND, GOVERNORATE)) {
            String lat = t.first(g, Vocab.wgsLat), lon = t.first(g, Vocab.wgsLong);
            if (lat.isEmpty() || lon.isEmpty()) continue;
            JsonObject o = named(t, g);
            o.put("lat", lat);
            o.put("lon", lon);
            govs.add(o);
        }
        return govs;
    }

    private static JsonObject event(NodeText t, EventIndex.Row r) {
        JsonObject o = new JsonObject();
        o.put("iri", r.event().getURI());
        o.put("href", t.href(r.event()));
        Node type = r.types().isEmpty() ? null : r.types().iterator().next();
        o.put("type", type == null ? "" : t.text(type));
        o.put("typeAr", type == null || t.label(type, "ar") == null ? "" : t.label(type, "ar"));
        o.put("start", r.start());
        o.put("end", r.end());
        JsonArray places = new JsonArray();
        Set<Node> govs = new LinkedHashSet<>();
        for (Node p : r.places()) {
            JsonObject po = named(t, p);
            String lat = t.first(p, Vocab.wgsLat), lon = t.first(p, Vocab.wgsLong);
            if (!lat.isEmpty() && !lon.isEmpty()) {
                po.put("lat", lat);
                po.put("lon", lon);
            }
            places.add(po);
            govs.addAll(governorates(t, p));
        }
        o.put("places", places);
        o.put("governorates", texts(t, govs));
        o.put("reporters", texts(t, r.reporters()));
        o.put("outlets", texts(t, r.outlets()));
        o.put("modalities", texts(t, r.modalities()));
        return o;
    }

    /** The governorate a place lies in: its admin1, or itself, or that of a place it lies within. */
    static Set<Node> governorates(NodeText t, Node place) {
        Set<Node> out = new LinkedHashSet<>(t.objects(place, ADMIN1));
        if (t.objects(place, PLACE_KIND).contains(GOVERNORATE)) out.add(place);
        if (out.isEmpty())
            for (Node w : t.objects(place, Vocab.within)) {
                out.addAll(t.objects(w, ADMIN1));
                if (t.objects(w, PLACE_KIND).contains(GOVERNORATE)) out.add(w);
            }
        return out;
    }

    static JsonObject named(NodeText t, Node n) {
        JsonObject o = new JsonObject();
        o.put("name", t.text(n));
        String ar = t.label(n, "ar");
        if (ar != null) o.put("ar", ar);
        if (n.isURI()) o.put("href", t.href(n));
        return o;
    }

    private static JsonArray texts(NodeText t, Iterable<Node> nodes) {
        JsonArray a = new JsonArray();
        for (Node n : nodes) a.add(t.text(n));
        return a;
    }

}
