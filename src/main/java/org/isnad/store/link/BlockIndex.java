package org.isnad.store.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.isnad.vocab.Vocab;

/**
 * The claims filed under each block key, kept in the store as one graph of
 * {@code claim isnad:sameEventBlock "family district week"} triples. TDB2's graph-predicate-object index
 * makes "which claims are filed under this key" a lookup, so a new claim finds its candidates without a
 * scan, and the index survives between loads as the links do.
 */
public final class BlockIndex {

    /** The graph the block keys live in. */
    public static final Node GRAPH = NodeFactory.createURI(Vocab.ID + "graph/same-event-blocks");
    static final Node KEY = NodeFactory.createURI(Vocab.ISNAD + "sameEventBlock");

    private final DatasetGraph dsg;

    public BlockIndex(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    public void file(Node claim, Set<String> keys) {
        for (String k : keys) dsg.add(GRAPH, claim, KEY, NodeFactory.createLiteralString(k));
    }

    /** The claims filed under {@code key}. */
    public List<Node> claimsUnder(String key) {
        List<Node> out = new ArrayList<>();
        dsg.find(GRAPH, Node.ANY, KEY, NodeFactory.createLiteralString(key)).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }

    public void forget(Node claim) {
        dsg.deleteAny(GRAPH, claim, KEY, Node.ANY);
    }

    public void clear() {
        dsg.removeGraph(GRAPH);
    }

}
