package org.isnad.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.isnad.geo.AdminHierarchy;
import org.isnad.vocab.Vocab;

/**
 * The columns of the events table, in order, each with how it is read from an {@link EventClaimView}.
 * Names are ACLED's where ACLED has the column, so that scripts written for ACLED exports find them; the
 * README documents each. Several values in one cell (two targets) are separated by {@value #SEPARATOR}.
 */
final class EventColumns {
    private EventColumns() {}

    static final String SEPARATOR = "; ";

    /** A column: its header and its value for one event claim (null: empty). */
    record Column(String name, Function<EventClaimView, String> value) {}

    static final List<Column> ALL = List.of(
            new Column("claim", v -> v.claim.getURI()),
            new Column("event", v -> EventClaimView.text(v.event)),
            new Column("event_type", v -> v.eventClass() == null ? null : v.reference.eventType(v.eventClass())),
            new Column("sub_event_type", v -> v.eventClass() == null ? null : v.reference.subEventType(v.eventClass())),
            new Column("modality", v -> modality(v)),
            new Column("event_date", v -> EventClaimView.text(v.one(v.claim, v.event, Vocab.semEarliestBegin))),
            new Column("event_date_end", v -> EventClaimView.text(v.one(v.claim, v.event, Vocab.semLatestEnd))),
            new Column("time_precision", v -> notation(v, v.one(v.claim, v.event, Vocab.timePrecision))),
            new Column("actor1", v -> names(v, Vocab.semHasActor)),
            new Column("actor2", v -> names(v, Vocab.target)),
            new Column("admin1", v -> admin(v, 1, AdminHierarchy.Unit::label)),
            new Column("admin1_pcode", v -> admin(v, 1, AdminHierarchy.Unit::pcode)),
            new Column("admin2", v -> admin(v, 2, AdminHierarchy.Unit::label)),
            new Column("admin2_pcode", v -> admin(v, 2, AdminHierarchy.Unit::pcode)),
            new Column("admin3", v -> admin(v, 3, AdminHierarchy.Unit::label)),
            new Column("admin3_pcode", v -> admin(v, 3, AdminHierarchy.Unit::pcode)),
            new Column("location", v -> v.places().stream().map(p -> p.name()).collect(Collectors.joining(SEPARATOR))),
            new Column("latitude", v -> main(v, Places.Place::latitude)),
            new Column("longitude", v -> main(v, Places.Place::longitude)),
            new Column("geo_precision", v -> main(v, Places.Place::geoPrecision)),
            new Column("source", v -> outlet(v)),
            new Column("reported_by", EventColumns::chain),
            new Column("source_url", v -> EventClaimView.text(v.one(v.provenance, v.article(), Vocab.schemaUrl))),
            new Column("published", v -> EventClaimView.text(v.one(v.provenance, v.article(), Vocab.schemaDatePublished))),
            new Column("fatalities", v -> largestCount(v, Vocab.killed)),
            new Column("injuries", v -> largestCount(v, Vocab.wounded)),
            new Column("notes", v -> v.evidence().stream()
                    .map(e -> EventClaimView.text(v.one(v.provenance, e, Vocab.oaExact))).filter(Objects::nonNull)
                    .collect(Collectors.joining(" … "))),
            new Column("confidence", v -> EventClaimView.text(v.one(v.provenance, v.claim, Vocab.confidence))),
            new Column("same_event_as", v -> v.all(v.provenance, v.claim, Vocab.sameEventAs).stream()
                    .map(Node::getURI).collect(Collectors.joining(SEPARATOR))));

    /** The header row. */
    static List<String> names() {
        return ALL.stream().map(Column::name).toList();
    }

    /** The row of one event claim. */
    static List<String> row(EventClaimView v) {
        List<String> row = new ArrayList<>(ALL.size());
        for (Column c : ALL) row.add(c.value().apply(v));
        return row;
    }

    /** Actors (or targets): resolved ones by English name, then unresolved ones in their own words. */
    private static String names(EventClaimView v, Node property) {
        List<Node> nodes = v.all(v.claim, v.event, property);
        return nodes.stream().map(v::name).sorted().distinct().collect(Collectors.joining(SEPARATOR));
    }

    private static String admin(EventClaimView v, int level, Function<AdminHierarchy.Unit, String> part) {
        Places.Place main = Places.main(v);
        if (main == null || main.area() == null) return null;
        AdminHierarchy.Unit u = v.reference.admin().admin(main.area(), level);
        return u == null ? null : part.apply(u);
    }

    private static String main(EventClaimView v, Function<Places.Place, String> part) {
        Places.Place main = Places.main(v);
        return main == null ? null : part.apply(main);
    }

    private static String outlet(EventClaimView v) {
        Node outlet = v.one(v.provenance, v.claim, Vocab.outlet);
        if (outlet == null) return null;
        Node label = v.one(v.provenance, outlet, Vocab.rdfsLabel);
        return label != null ? label.getLiteralLexicalForm() : v.reference.label(outlet);
    }

    /** Who reported it, then whom they pass on: "SOHR ← local sources". */
    private static String chain(EventClaimView v) {
        List<String> links = new ArrayList<>();
        Node report = v.one(v.provenance, v.claim, Vocab.reportedBy);
        for (int hop = 0; report != null && hop < 10; hop++) {
            Node label = v.one(v.provenance, report, Vocab.rdfsLabel);
            links.add(label != null ? label.getLiteralLexicalForm() : localName(report));
            report = v.one(v.provenance, report, Vocab.provWasQuotedFrom);
        }
        return String.join(" ← ", links);
    }

    /** The largest count claimed for the event in the article (two reports of one toll are one toll); empty when none is. */
    private static String largestCount(EventClaimView v, Node property) {
        Long largest = null;
        for (Quad toll : v.casualtyCounts()) {
            Node n = v.one(toll.getGraph(), toll.getSubject(), property);
            if (n == null) continue;
            long count = Long.parseLong(n.getLiteralLexicalForm());
            largest = largest == null ? count : Math.max(largest, count);
        }
        return largest == null ? null : largest.toString();
    }

    /** "asserted", "denied", "possible"…: the claim's isnad:modality, lower case as in the claims JSON. */
    private static String modality(EventClaimView v) {
        Node m = v.one(v.provenance, v.claim, Vocab.modality);
        return m == null ? null : localName(m).toLowerCase();
    }

    /**
     * Precisions the table writes at ACLED's coarser level: an undated item presumed to lie on the day of its
     * report's news (isnad:UpToReport) is of week precision, a day the text does not give.
     * The claims JSON and the quads keep the presumption's own name.
     */
    private static final java.util.Map<String, String> TABLED_AS = java.util.Map.of(Vocab.ISNAD + "UpToReport", "week");

    private static String notation(EventClaimView v, Node n) {
        if (n == null) return null;
        String tabled = n.isURI() ? TABLED_AS.get(n.getURI()) : null;
        return tabled != null ? tabled : v.reference.notation(n);
    }

    private static String localName(Node n) {
        if (n == null) return "";
        String iri = n.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }
}
