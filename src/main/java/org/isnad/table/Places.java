package org.isnad.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.isnad.vocab.Vocab;

/**
 * The places of an event claim, for the table's one location per row: every place named goes in
 * {@code location}, the most precise one first; its coordinates and admin units fill the other columns.
 */
final class Places {
    private Places() {}

    /**
     * A place as the table shows it. {@code area}: the IRI whose admin units apply (the place itself, or for
     * an unresolved place the area it lies in); {@code precision}: isnad:coordinatePrecision, null without
     * coordinates.
     */
    record Place(String name, String area, String latitude, String longitude, String precision, boolean district) {

        /** ACLED's geo_precision: 1 the town itself, 2 somewhere in a district, 3 a larger region; empty without coordinates. */
        String geoPrecision() {
            if (precision == null || latitude == null) return null;
            Integer code = ACLED_PRECISION.get(precision);
            if (code != null) return code.toString();
            return district ? "2" : "3";
        }

        /** Lower is more precise: exact, town, area, coordinates without a precision, none. */
        int rank() {
            if (latitude == null) return 4;
            return precision == null ? 3 : RANK.getOrDefault(precision, 3);
        }
    }

    /** isnad's coordinate precisions that are ACLED's 1 ("area" depends on the size of the area). */
    private static final Map<String, Integer> ACLED_PRECISION = Map.of("exact", 1, "town", 1);
    private static final Map<String, Integer> RANK = Map.of("exact", 0, "town", 1, "area", 2);

    /** Every place of the event, the most precise first, then by name. */
    static List<Place> of(EventClaimView v) {
        List<Place> places = new ArrayList<>();
        for (Node p : v.all(v.claim, v.event, Vocab.semHasPlace)) places.add(place(v, p));
        places.sort(Comparator.comparingInt(Place::rank).thenComparing(Place::name));
        return places;
    }

    /** The place the coordinates and admin units come from, or null when none is named. */
    static Place main(EventClaimView v) {
        List<Place> all = v.places();
        return all.isEmpty() ? null : all.get(0);
    }

    private static Place place(EventClaimView v, Node p) {
        if (v.quads.contains(v.claim, p, Vocab.rdfType, Vocab.UnresolvedPlace)) {
            Node within = v.one(v.claim, p, Vocab.within);
            return new Place(v.name(p), within == null ? null : within.getURI(), null, null, null, false);
        }
        ReferenceView r = v.reference;
        boolean district = r.admin().admin(p.getURI(), 2) != null;
        return new Place(r.label(p), p.getURI(), r.latitude(p), r.longitude(p), r.coordinatePrecision(p), district);
    }
}
