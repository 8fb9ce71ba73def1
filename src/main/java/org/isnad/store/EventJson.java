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
 * {@code /api/events} as JSON: every event of {@link EventIndex} with its labels resolved (type, places
 * with coordinates, governorates, reporters, outlets, modalities), and the governorates with their
 * centroids for the map. What the home page's script filters, sorts and draws.
 */
final class EventJson {
    static final Node ADMIN1 = NodeFactory.createURI(Vocab.ISNAD + "admin1");
    static final Node PLACE_KIND = NodeFactory.createURI(Vocab.ISNAD + "placeKind");
    static final Node GOVERNORATE = NodeFactory.createURI(Vocab.ISNAD + "Governorate");

    private EventJson() {}

    /** Call inside a read transaction. */
    static JsonObject build(NodeText t) {
        JsonArray events = new JsonArray();
        for (EventIndex.Row r : EventIndex.all(t.store)) events.add(event(t, r));
        JsonArray govs = new JsonArray();
        for (Node g : t.subjects(PLACE_KIND, GOVERNORATE)) {
            String lat = t.first(g, Vocab.wgsLat), lon = t.first(g, Vocab.wgsLong);
            if (lat.isEmpty() || lon.isEmpty()) continue;
            JsonObject o = named(t, g);
            o.put("lat", lat);
            o.put("lon", lon);
            govs.add(o);
        }
        JsonObject out = new JsonObject();
        out.put("events", events);
        out.put("governorates", govs);
        return out;
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

    private static JsonObject named(NodeText t, Node n) {
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
