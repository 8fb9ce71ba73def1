package org.isnad.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.isnad.BadInputException;
import org.isnad.vocab.Iris;
import org.isnad.vocab.Vocab;

/**
 * The first of a batch's two passes over its files: each is parsed once, streaming, and nothing is kept
 * but a few numbers per article, before anything is written. So a file that does not parse costs only
 * its batch, with nothing of it written, and the write pass knows for each article:
 * <ul>
 *   <li>which version to write: the one in the last file of the batch that holds the article, so the
 *       later of two versions in one batch replaces the earlier, as it would across two loads;</li>
 *   <li>what it replaces: the stored provenance graph and the claim graphs it lists;</li>
 *   <li>whether it is unchanged: every quad already stored in the article's graphs, and as many. An
 *       unchanged article is not written again, so reloading a file leaves the store's files as they were.</li>
 * </ul>
 * Quads of graphs that belong to no article (default graph, other named graphs) are always written.
 */
final class BatchScan {

    /** An article as stored before the batch: its provenance graph, that graph and its claim graphs, their quads. */
    record Stored(Node provenance, Set<Node> graphs, long quads) {
        /** Removes this version's graphs from {@code dsg} (in its write transaction); adds its claim graphs to {@code claims}. */
        void removeFrom(DatasetGraph dsg, Set<Node> claims) {
            for (Node g : graphs) {
                dsg.removeGraph(g);
                if (!g.equals(provenance)) claims.add(g);
            }
        }
    }

    private static final Stored NOT_STORED = new Stored(null, Set.of(), 0);

    /** The version of an article the batch writes, counted as it is read. */
    private static final class Version {
        final int file;
        long quads;
        boolean hasProvenance;
        boolean asStored = true;   // every quad so far is in the stored article

        Version(int file) { this.file = file; }
    }

    private final DatasetGraph dsg;
    private final Map<String, Version> versions = new HashMap<>();
    private final Map<String, Stored> stored = new HashMap<>();
    private String lastKey;
    private int lastFile = -1;
    private boolean contiguous = true;

    private BatchScan(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /**
     * Reads every file of the batch, in a read transaction on {@code dsg}, each copied into {@code spool} on the
     * way; what the write pass reads, input by input, is added to {@code forWrite}.
     */
    static BatchScan scan(DatasetGraph dsg, List<BatchInput> inputs, List<String> warnings, Spool spool,
                          List<BatchInput> forWrite) throws BadInputException {
        BatchScan scan = new BatchScan(dsg);
        dsg.begin(TxnType.READ);
        try {
            for (int i = 0; i < inputs.size(); i++)
                forWrite.add(spool.send(inputs.get(i), scan.reader(i), warnings));
        } finally {
            dsg.end();
        }
        return scan;
    }

    private StreamRDF reader(int file) {
        return new StreamRDFBase() {
            @Override public void quad(Quad q) { note(file, q); }
        };
    }

    private void note(int file, Quad q) {
        String key = ArticleGraphs.key(q.getGraph());
        if (key == null) return;
        Version v = versions.get(key);
        // the article came before in this file with another between: its quads are not together
        if (v != null && v.file == file && !(file == lastFile && key.equals(lastKey))) contiguous = false;
        lastKey = key;
        lastFile = file;
        if (v == null || v.file != file) {        // a later file holds the article again: that version wins
            v = new Version(file);
            versions.put(key, v);
        }
        v.quads++;
        if (ArticleGraphs.isProvenance(q.getGraph())) v.hasProvenance = true;
        if (v.asStored) {
            Stored s = stored(key);
            // looked up only for articles already stored: a first load of new articles costs one probe each
            v.asStored = s != NOT_STORED && s.graphs().contains(q.getGraph()) && dsg.contains(q);
        }
    }

    private Stored stored(String key) {
        return stored.computeIfAbsent(key, k -> {
            Stored s = lookUp(dsg, k);
            return s == null ? NOT_STORED : s;
        });
    }

    /** Article {@code key} as the store holds it (inside a transaction on {@code dsg}); null if it has no provenance graph. */
    static Stored lookUp(DatasetGraph dsg, String key) {
        Node prov = NodeFactory.createURI(Iris.provenanceGraph(key));
        if (!dsg.containsGraph(prov)) return null;
        Set<Node> graphs = new HashSet<>();
        graphs.add(prov);
        // read through the graph's own index (GSPO), the one a bulk load cut short has whole (PendingLoad)
        Set<Node> claimTypes = Set.of(Vocab.EventClaim, Vocab.StatementClaim, Vocab.CasualtyClaim);
        dsg.find(prov, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (q.getPredicate().equals(Vocab.rdfType) && claimTypes.contains(q.getObject()) && q.getSubject().isURI())
                graphs.add(q.getSubject());
        });
        long quads = 0;
        for (Node g : graphs) {
            var it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) { it.next(); quads++; }
        }
        return new Stored(prov, graphs, quads);
    }

    /** The articles the write pass writes (new or changed), in no particular order. */
    List<String> writtenArticles() {
        return versions.entrySet().stream().filter(e -> !unchanged(e.getKey(), e.getValue())).map(Map.Entry::getKey).toList();
    }

    /** Quads of articles the write pass writes (quads of no article left out). */
    long articleQuadsWritten() {
        long n = 0;
        for (Map.Entry<String, Version> e : versions.entrySet())
            if (!unchanged(e.getKey(), e.getValue())) n += e.getValue().quads;
        return n;
    }

    private boolean unchanged(String key, Version v) {
        Stored s = stored.get(key);
        return v.hasProvenance && v.asStored && s != null && s != NOT_STORED && v.quads == s.quads();
    }

    /** Whether the write pass writes quad {@code q} of file number {@code file}. */
    boolean writes(int file, Quad q) {
        String key = ArticleGraphs.key(q.getGraph());
        // an export's event summary: derived data, which the load makes anew for the articles it writes
        if (key == null) return !q.getGraph().equals(EventSummary.OLD_GRAPH);
        Version v = versions.get(key);
        return v != null && v.file == file && !unchanged(key, v);
    }

    /**
     * Whether every file of the batch holds each article's quads together (convert's order). Only then may
     * the write commit between articles: the written version of an article is all in one file, so in one
     * run of quads. Sorted N-Quads, say, scatter an article and go in one transaction.
     */
    boolean articlesTogether() {
        return contiguous;
    }

    /** The stored version that article {@code key}'s write replaces; null if it is new, unchanged or has no provenance graph. */
    Stored replacing(String key) {
        Version v = versions.get(key);
        if (v == null || !v.hasProvenance || unchanged(key, v)) return null;
        Stored s = stored.get(key);
        return s == null || s == NOT_STORED ? null : s;
    }

    /** The provenance graph of article {@code key} if the batch writes it (new or changed, with provenance); else null. */
    Node writtenProvenance(String key) {
        Version v = versions.get(key);
        return v == null || !v.hasProvenance || unchanged(key, v) ? null : NodeFactory.createURI(Iris.provenanceGraph(key));
    }
}
