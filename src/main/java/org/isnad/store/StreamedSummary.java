package org.isnad.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.isnad.vocab.Vocab;

/**
 * The event summary of a bulk load's articles, made from their quads on their way into the bulk loader and
 * sent into the same stream ({@link BulkWrite}), instead of written in transactions after the bulk: those
 * read back what the loader had just written and copied every index block they touched, which took about a
 * third of a 5,000-article load and doubled the store's size (docs/scale.md, session 31).
 *
 * <p>Each article's quads are held in memory until the next article starts (the batch keeps an article's
 * quads together, {@link BatchScan#articlesTogether()}), beside a copy of the stored reference graph, whose
 * labels name the types, places and outlets; then its events are summarised as {@link EventSummary#apply}
 * would summarise them from the store. That is the same summary because an event's IRI is its article's
 * ({@code event/K-H}): only the article's own claims assert it.
 */
final class StreamedSummary {

    private final Graph defaultGraph = GraphFactory.createDefaultGraph();
    private final Map<Node, Graph> shared = new HashMap<>();      // the reference graph, graphs of no article
    private DatasetGraph work;
    private final Consumer<Quad> out;
    private final Set<Node> graphs = new HashSet<>();
    private String article;
    private Node provenance;

    /** Summaries go to {@code out}; labels come from the reference graph of {@code store} as it is now. */
    StreamedSummary(DatasetGraph store, Consumer<Quad> out) {
        this.out = out;
        Txn.executeRead(store, () -> store.find(Vocab.REFERENCE_GRAPH, Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(q -> sharedGraph(Vocab.REFERENCE_GRAPH).add(q.asTriple())));
        newArticle();
    }

    /**
     * A dataset for the next article: its own graphs, beside the shared ones linked (not copied). A fresh one
     * per article keeps each label lookup, which asks every graph, to a dozen graphs.
     */
    private void newArticle() {
        work = DatasetGraphFactory.create(defaultGraph);
        shared.forEach(work::addGraph);
    }

    private Graph sharedGraph(Node name) {
        return shared.computeIfAbsent(name, n -> GraphFactory.createDefaultGraph());
    }

    /** Quad {@code q} of article {@code key} (null for a quad of no article) goes into the store. */
    void quad(String key, Quad q) {
        if (q.isDefaultGraph() && EventSummary.isSummary(q.asTriple())) return;
        if (key == null) {           // kept, as it stays in the store for every later article
            if (q.isDefaultGraph()) defaultGraph.add(q.asTriple());
            else if (!shared.containsKey(q.getGraph())) work.addGraph(q.getGraph(), sharedGraph(q.getGraph()));
            if (!q.isDefaultGraph()) sharedGraph(q.getGraph()).add(q.asTriple());
            return;
        }
        if (!key.equals(article)) finishArticle();
        article = key;
        if (graphs.add(q.getGraph()) && ArticleGraphs.isProvenance(q.getGraph())) provenance = q.getGraph();
        work.add(q);
    }

    /** A triple of the default graph goes into the store. */
    void triple(Triple t) {
        // a summary triple in the input is not needed to summarise: kept out of memory (a quarter of a store)
        if (!EventSummary.isSummary(t)) defaultGraph.add(t);
    }

    /** The article read last is complete (the next one starts, or its file ends): its events' summaries go out. */
    void finishArticle() {
        if (provenance != null) EventSummary.summariseArticle(work, provenance, out);
        if (!graphs.isEmpty()) newArticle();
        graphs.clear();
        provenance = null;
        article = null;
    }
}
