package org.isnad.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.isnad.vocab.Vocab;

/**
 * What the store says about one resource, as quads that keep their graphs: the linked-data answer for
 * an IRI. Built from index lookups on the store (subject, object or graph fixed), never from the union
 * of all graphs, so it costs the same in a large store as in a small one.
 *
 * <ul>
 *   <li>every quad whose subject is the resource, in whichever graph (claim, provenance, reference);</li>
 *   <li>for a claim: its graph (what it asserts), and from the provenance graph its evidence selectors
 *       and the report it came through;</li>
 *   <li>for an event, statement or toll: the claims that assert it, expanded as above;</li>
 *   <li>for a named graph that is not a claim (an article's provenance graph): its quads;</li>
 *   <li>quads that point at the resource (incoming links), at most {@link #MAX_INCOMING}.</li>
 * </ul>
 *
 * Call inside a read transaction.
 */
final class ResourceDescription {
    /** Incoming links kept; an outlet or a province can be the object of every claim in the store. */
    static final int MAX_INCOMING = 1000;
    /** A non-claim graph larger than this is described by its links only (the reference graph). */
    static final int MAX_GRAPH = 20_000;

    private ResourceDescription() {}

    /** The description, or {@code null} when the store does not know the IRI at all. */
    static DatasetGraph describe(DatasetGraph store, Node r) {
        DatasetGraph out = DatasetGraphFactory.create();
        boolean known = addAll(out, store.find(Node.ANY, r, Node.ANY, Node.ANY), Long.MAX_VALUE) > 0;
        boolean graphName = store.containsGraph(r);
        known |= graphName;

        Set<Node> claims = new HashSet<>();
        if (isClaim(store, r)) claims.add(r);
        Iterator<Quad> asserting = store.find(Node.ANY, Node.ANY, Vocab.asserts, r);
        while (asserting.hasNext()) claims.add(asserting.next().getSubject());
        for (Node c : claims) addClaim(store, out, c);

        if (graphName && !claims.contains(r))
            addAll(out, store.find(r, Node.ANY, Node.ANY, Node.ANY), MAX_GRAPH);

        known |= addAll(out, store.find(Node.ANY, Node.ANY, Node.ANY, r), MAX_INCOMING) > 0;
        if (!known) return null;
        store.prefixes().forEach((p, u) -> out.prefixes().add(p, u));
        return out;
    }

    static boolean isClaim(DatasetGraph store, Node c) {
        return c.isURI() && store.containsGraph(c) && store.find(Node.ANY, c, Vocab.asserts, Node.ANY).hasNext();
    }

    /** A claim: its graph, its provenance, its evidence and the report it came through. */
    private static void addClaim(DatasetGraph store, DatasetGraph out, Node c) {
        addAll(out, store.find(c, Node.ANY, Node.ANY, Node.ANY), MAX_GRAPH);
        Deque<Node> more = new ArrayDeque<>();
        Iterator<Quad> it = store.find(Node.ANY, c, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            out.add(q);
            if (q.getPredicate().equals(Vocab.evidence) || q.getPredicate().equals(Vocab.reportedBy))
                more.add(q.getObject());
        }
        for (Node n : more)
            addAll(out, store.find(Node.ANY, n, Node.ANY, Node.ANY), MAX_INCOMING);
    }

    private static long addAll(DatasetGraph out, Iterator<Quad> it, long max) {
        long n = 0;
        while (it.hasNext() && n < max) {
            out.add(it.next());
            n++;
        }
        return n;
    }
}
