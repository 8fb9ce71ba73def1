package org.isnad.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.datatypes.xsd.impl.XSDBaseNumericType;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.isnad.vocab.Vocab;

/**
 * One event claim as its quads say it: the claim's own graph (what happened), the article's provenance
 * graph (who says so, where it was read) and the casualty claims about its event. Reads only quads that
 * {@link org.isnad.rdf.ClaimMapper} writes for one article, so a store and a conversion give the same view.
 */
final class EventClaimView {

    final DatasetGraph quads;
    final Node provenance;
    final Node claim;
    final Node event;
    final ReferenceView reference;
    private List<Places.Place> places;   // read once: half the columns are about the main place

    EventClaimView(DatasetGraph quads, Node provenance, Node claim, ReferenceView reference) {
        this.quads = quads;
        this.provenance = provenance;
        this.claim = claim;
        this.reference = reference;
        this.event = one(provenance, claim, Vocab.asserts);
    }

    /** The places of the event, the most precise first. */
    List<Places.Place> places() {
        if (places == null) places = Places.of(this);
        return places;
    }

    /** The article the claim was read from. */
    Node article() { return one(provenance, claim, Vocab.provWasDerivedFrom); }

    /** The event's class: the one typed in the claim graph (an ACLED event or sub-event class). */
    Node eventClass() { return event == null ? null : one(claim, event, Vocab.rdfType); }

    /** Objects of (s p ?) in graph g, in a stable order. */
    List<Node> all(Node g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        if (s == null) return out;
        quads.find(g, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        out.sort(Comparator.comparing(Node::toString));
        return out;
    }

    /** The first of {@link #all}, or null. */
    Node one(Node g, Node s, Node p) {
        List<Node> all = all(g, s, p);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The lexical form of a literal, the IRI of a resource, or null. */
    static String text(Node n) {
        if (n == null) return null;
        if (!n.isLiteral()) return n.isURI() ? n.getURI() : null;
        // a store keeps a number's value, not its spelling (TDB2 reads "33.50" back as "33.5"): write the value
        if (n.getLiteralDatatype() instanceof XSDBaseNumericType && n.getLiteralValue() instanceof Number)
            return new BigDecimal(n.getLiteralLexicalForm().strip()).stripTrailingZeros().toPlainString();
        return n.getLiteralLexicalForm();
    }

    /** The name of an actor, target or place: its English name, or (unresolved) its words as written. */
    String name(Node n) {
        Node written = one(claim, n, Vocab.rdfsLabel);
        if (written != null && quads.contains(claim, n, Vocab.rdfType, Node.ANY)) return text(written);
        return reference.label(n);
    }

    /** The casualty counts claimed in the same article for this event (as claim graphs holding the count). */
    List<Quad> casualtyCounts() {
        List<Quad> counts = new ArrayList<>();
        if (event == null) return counts;
        quads.find(Node.ANY, Node.ANY, Vocab.ofEvent, event).forEachRemaining(q -> {
            if (quads.contains(provenance, q.getGraph(), Vocab.rdfType, Vocab.CasualtyClaim)) counts.add(q);
        });
        return counts;
    }

    /** The evidence selectors of the claim, in text order. */
    List<Node> evidence() {
        List<Node> ev = all(provenance, claim, Vocab.evidence);
        ev.sort(Comparator.comparingLong(this::start));
        return ev;
    }

    /** Where the claim's first evidence starts in the article: rows follow the text. */
    long firstOffset() {
        List<Node> ev = evidence();
        return ev.isEmpty() ? Long.MAX_VALUE : start(ev.get(0));
    }

    private long start(Node selector) {
        Node s = one(provenance, selector, Vocab.oaStart);
        return s == null ? Long.MAX_VALUE : Long.parseLong(s.getLiteralLexicalForm());
    }
}
