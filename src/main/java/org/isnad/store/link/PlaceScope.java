package org.isnad.store.link;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.isnad.vocab.Vocab;

/**
 * Where a place lies, from the reference graph: every place containing it ({@code isnad:within} at any
 * depth, and its admin units) and the districts ({@code isnad:admin2}) it lies in. A place with no
 * district (a governorate, a region, the country) is too coarse to say two reports are one event.
 * An unresolved place names its area in its own claim graph, so that is read too. Answers are kept for
 * the life of this object (one batch), as a batch names the same few places again and again.
 */
public final class PlaceScope {

    private static final Node ADMIN2 = NodeFactory.createURI(Vocab.ISNAD + "admin2");
    private static final List<Node> UPWARDS = List.of(Vocab.within, NodeFactory.createURI(Vocab.ISNAD + "admin1"),
            ADMIN2, NodeFactory.createURI(Vocab.ISNAD + "admin3"));

    /** The places containing a place, and the districts among its units. */
    public record Scope(Set<Node> containers, Set<Node> districts) {
        public boolean fine() { return !districts.isEmpty(); }
    }

    private final DatasetGraph dsg;
    private final Map<Node, Scope> known = new HashMap<>();

    public PlaceScope(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The scope of {@code place} as named in claim graph {@code claim}. */
    public Scope of(Node place, Node claim) {
        return known.computeIfAbsent(place, p -> compute(p, claim));
    }

    private Scope compute(Node place, Node claim) {
        Set<Node> seen = new LinkedHashSet<>(), districts = new LinkedHashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        // an unresolved place's area is in its claim graph; the rest of the way up is reference data
        dsg.find(claim, place, Vocab.within, Node.ANY).forEachRemaining(q -> todo.add(q.getObject()));
        todo.add(place);
        while (!todo.isEmpty()) {
            Node p = todo.pop();
            if (!seen.add(p)) continue;
            for (Node up : UPWARDS)
                dsg.find(Vocab.REFERENCE_GRAPH, p, up, Node.ANY).forEachRemaining(q -> {
                    if (up.equals(ADMIN2)) districts.add(q.getObject());
                    if (!q.getObject().equals(p)) todo.add(q.getObject());
                });
        }
        seen.remove(place);
        return new Scope(seen, districts);
    }
}
