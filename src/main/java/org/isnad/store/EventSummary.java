package org.isnad.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.isnad.vocab.Vocab;

/**
 * The event summary: one small node per event (its claims, dates, and the texts the home page filters and
 * sorts by), kept in step with the claims by a load step, so that a filtered, sorted page of events is a
 * lookup on a few triples instead of a join across every claim and provenance graph.
 *
 * <p>The summary is kept in the store's default graph ({@link #GRAPH}), with properties of its own namespace
 * ({@link #NS}): TDB2 writes a triple of the default graph to three indexes, a quad of a named graph to six,
 * and the summary is about a quarter of a store's quads (docs/scale.md, session 34). Until then it was the
 * named graph {@link #OLD_GRAPH}; a store that still has it is moved over when opened ({@link #migrate}).
 * Other triples may share the default graph (a loaded Turtle file's), so the summary is removed by its
 * properties, never by clearing the graph.
 *
 * <p>The node's subject is the event IRI. Every event has {@link #START} (an
 * {@code xsd:date}, {@link #UNDATED} for none), and the integers {@link #ORDER} and {@link #END_DAY} that
 * the date sort and the date filters use (TDB2 keeps them inside its indexes). Filter values
 * are the texts the pages show (English label, else Arabic, else local name), so a filter is a triple
 * pattern with a constant object: an index lookup. Texts are those of the reference data at load time.
 */
public final class EventSummary implements AfterLoad {
    /** Where the summary is: the default graph. */
    public static final Node GRAPH = Quad.defaultGraphIRI;
    /** Where stores made before session 34 keep it: moved to {@link #GRAPH} when such a store is opened. */
    public static final Node OLD_GRAPH = NodeFactory.createURI(Vocab.ID + "graph/event-summary");
    public static final String NS = "https://w3id.org/isnad/ns/summary#";
    public static final Node CLAIM = term("claim"), START = term("start"), ORDER = term("order"),
            END_DAY = term("endDay"), TYPE = term("type"),
            TYPE_AR = term("typeAr"), GOV = term("gov"), PLACE = term("place"), PLACE_AR = term("placeAr"), PLACE_IRI = term("placeIri"),
            REPORTER = term("reporter"), OUTLET = term("outlet"), MODALITY = term("modality");
    /** Every property of the summary: what {@link #clear} removes. */
    public static final List<Node> PROPERTIES = List.of(CLAIM, START, ORDER, END_DAY, TYPE, TYPE_AR, GOV, PLACE,
            PLACE_AR, PLACE_IRI, REPORTER, OUTLET, MODALITY);
    /** The date of an undated event: before any real one, so newest-first lists put it last. */
    public static final String UNDATED = "0001-01-01";
    /**
     * {@link #ORDER} is the start day (days since 1970) times 2^20 plus 20 bits of the event IRI's hash: one
     * integer that sorts by date and rarely ties, which TDB2 keeps inline and ARQ compares as a number (dates
     * and IRIs, compared as values and strings, made the sort of every page cost most of its time).
     * Undated events sit at {@link #UNDATED_ORDER} and above, below every real date.
     */
    public static final long DAY = 1L << 20, UNDATED_ORDER = -(1L << 50), DATED_FROM = -(1L << 49);

    public static final EventSummary STEP = new EventSummary();

    private EventSummary() {}

    static Node term(String name) {
        return NodeFactory.createURI(NS + name);
    }

    @Override
    public void apply(DatasetGraph dsg, LoadedBatch batch) {
        Set<Node> events = new LinkedHashSet<>();
        // events of a replaced article: found through the summary, as their provenance graph is gone
        for (Node claim : batch.removedClaims())
            dsg.find(GRAPH, Node.ANY, CLAIM, claim).forEachRemaining(q -> events.add(q.getSubject()));
        for (Node prov : batch.provenanceGraphs())
            dsg.find(prov, Node.ANY, Vocab.asserts, Node.ANY).forEachRemaining(q -> events.add(q.getObject()));
        NodeText text = new NodeText(dsg, new IriMapping(null));
        for (Node e : events) {
            dsg.deleteAny(GRAPH, e, Node.ANY, Node.ANY);
            summarise(dsg, text, e, dsg::add);
        }
    }

    /**
     * Sends to {@code out} the summary of every event that provenance graph {@code prov} asserts, read from
     * {@code source} (which must hold the article's graphs and the reference data): what {@link #apply}
     * writes for a new article, for a bulk load to stream with the article's quads ({@link StreamedSummary}).
     */
    static void summariseArticle(DatasetGraph source, Node prov, Consumer<Quad> out) {
        Set<Node> events = new LinkedHashSet<>();
        source.find(prov, Node.ANY, Vocab.asserts, Node.ANY).forEachRemaining(q -> events.add(q.getObject()));
        NodeText text = new NodeText(source, new IriMapping(null));
        for (Node e : events) summarise(source, text, e, out);
    }

    /** Builds the summary of every event in the store (for a store loaded before there was one). */
    public static void rebuild(DatasetGraph dsg) {
        clear(dsg);
        dsg.removeGraph(OLD_GRAPH);
        Set<Node> events = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.asserts, Node.ANY).forEachRemaining(q -> events.add(q.getObject()));
        NodeText text = new NodeText(dsg, new IriMapping(null));
        for (Node e : events) summarise(dsg, text, e, dsg::add);
    }

    /** Takes the whole summary out of the default graph (by its properties: the graph may hold other triples). */
    public static void clear(DatasetGraph dsg) {
        for (Node p : PROPERTIES) dsg.deleteAny(GRAPH, Node.ANY, p, Node.ANY);
    }

    /** Triples a transaction of {@link #migrate} moves: bounds what its write transaction holds. */
    static final int MOVE_PER_TRANSACTION = 100_000;

    /**
     * Moves the summary of a store made before session 34 out of the named graph {@link #OLD_GRAPH} into the
     * default graph, {@link #MOVE_PER_TRANSACTION} triples a write transaction: a move cut short (killed)
     * goes on where it stopped the next time the store opens. Returns the triples moved (0 for a store in
     * the current layout: one index lookup).
     */
    public static long migrate(DatasetGraph dsg) {
        if (!Txn.calculateRead(dsg, () -> dsg.containsGraph(OLD_GRAPH))) return 0;
        long moved = 0;
        for (int n = -1; n != 0; moved += n) {
            n = Txn.calculateWrite(dsg, () -> {
                List<Quad> batch = new ArrayList<>();
                Iterator<Quad> it = dsg.find(OLD_GRAPH, Node.ANY, Node.ANY, Node.ANY);
                while (it.hasNext() && batch.size() < MOVE_PER_TRANSACTION) batch.add(it.next());
                for (Quad q : batch) {
                    dsg.delete(q);
                    dsg.add(GRAPH, q.getSubject(), q.getPredicate(), q.getObject());
                }
                return batch.size();
            });
        }
        return moved;
    }

    /** Whether {@code t} is a triple of the summary (by its property's namespace). */
    static boolean isSummary(Triple t) {
        return t.getPredicate().isURI() && t.getPredicate().getURI().startsWith(NS);
    }

    /**
     * A stored quad as an export writes it: a summary triple in the named graph {@link #OLD_GRAPH}, as exports
     * always had it, so that an export keeps every default-graph triple for data of no claim (which
     * {@code validate} reports) and a load of it can leave the summary out ({@link BatchScan#writes}).
     */
    static Quad exported(Quad q) {
        return q.isDefaultGraph() && isSummary(q.asTriple()) ? Quad.create(OLD_GRAPH, q.asTriple()) : q;
    }

    /** True when the store has event claims but no summary of them. */
    public static boolean missing(DatasetGraph dsg) {
        return !dsg.find(GRAPH, Node.ANY, CLAIM, Node.ANY).hasNext()
                && dsg.find(Node.ANY, Node.ANY, Vocab.rdfType, Vocab.EventClaim).hasNext();
    }

    /** Sends to {@code out} the summary of event {@code e} from the event claims that assert it now, if any. */
    private static void summarise(DatasetGraph dsg, NodeText text, Node e, Consumer<Quad> out) {
        List<Node> claims = new ArrayList<>();
        Set<Node> reporters = new LinkedHashSet<>(), outlets = new LinkedHashSet<>(), modalities = new LinkedHashSet<>();
        for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Vocab.asserts, e); it.hasNext(); ) {
            Quad q = it.next();
            Node c = q.getSubject();
            if (!dsg.contains(q.getGraph(), c, Vocab.rdfType, Vocab.EventClaim)) continue;
            claims.add(c);
            dsg.find(q.getGraph(), c, Vocab.reportedBy, Node.ANY).forEachRemaining(r -> reporters.add(r.getObject()));
            dsg.find(q.getGraph(), c, Vocab.outlet, Node.ANY).forEachRemaining(r -> outlets.add(r.getObject()));
            dsg.find(q.getGraph(), c, Vocab.modality, Node.ANY).forEachRemaining(r -> modalities.add(r.getObject()));
        }
        if (claims.isEmpty()) return;
        Set<Node> types = new LinkedHashSet<>(), places = new LinkedHashSet<>();
        String start = "", end = "";
        for (Node c : claims) {
            dsg.find(c, e, Vocab.rdfType, Node.ANY).forEachRemaining(q -> types.add(q.getObject()));
            dsg.find(c, e, Vocab.semHasPlace, Node.ANY).forEachRemaining(q -> places.add(q.getObject()));
            if (start.isEmpty()) start = firstDate(dsg, c, e, Vocab.semEarliestBegin);
            if (end.isEmpty()) end = firstDate(dsg, c, e, Vocab.semLatestEnd);
        }
        claims.forEach(c -> add(out, e, CLAIM, c));
        String last = end.isEmpty() ? start : end;
        long tie = e.getURI().hashCode() & (DAY - 1);
        add(out, e, START, date(start.isEmpty() ? UNDATED : start));
        add(out, e, ORDER, integer(start.isEmpty() ? UNDATED_ORDER + tie : day(start) * DAY + tie));
        add(out, e, END_DAY, integer(last.isEmpty() ? UNDATED_ORDER : day(last)));
        for (Node t : types) {
            add(out, e, TYPE, text(text.text(t)));
            String ar = text.label(t, "ar");
            if (ar != null) add(out, e, TYPE_AR, text(ar));
        }
        Set<Node> govs = new LinkedHashSet<>();
        for (Node p : places) {
            add(out, e, PLACE_IRI, p);
            add(out, e, PLACE, text(text.text(p)));
            String ar = text.label(p, "ar");
            if (ar != null) add(out, e, PLACE_AR, text(ar));
            govs.addAll(EventJson.governorates(text, p));
        }
        govs.forEach(g -> add(out, e, GOV, text(text.text(g))));
        reporters.forEach(r -> add(out, e, REPORTER, text(text.text(r))));
        outlets.forEach(o -> add(out, e, OUTLET, text(text.text(o))));
        modalities.forEach(m -> add(out, e, MODALITY, text(text.text(m))));
    }

    /** The first value of (e, p) in graph c that is an ISO date (the first ten characters of a date-time). */
    private static String firstDate(DatasetGraph dsg, Node c, Node e, Node p) {
        for (Iterator<Quad> it = dsg.find(c, e, p, Node.ANY); it.hasNext(); ) {
            Node o = it.next().getObject();
            if (!o.isLiteral()) continue;
            String lex = o.getLiteralLexicalForm();
            if (lex.length() >= 10 && lex.substring(0, 10).matches("\\d{4}-\\d\\d-\\d\\d")) return lex.substring(0, 10);
        }
        return "";
    }

    private static void add(Consumer<Quad> out, Node s, Node p, Node o) {
        out.accept(Quad.create(GRAPH, s, p, o));
    }

    /** Days since 1970-01-01 of an ISO date. */
    static long day(String iso) {
        return java.time.LocalDate.parse(iso).toEpochDay();
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    static Node date(String iso) {
        return NodeFactory.createLiteralDT(iso, XSDDatatype.XSDdate);
    }

    static Node text(String s) {
        return NodeFactory.createLiteralString(s);
    }
}
