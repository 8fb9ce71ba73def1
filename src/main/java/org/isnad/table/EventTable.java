package org.isnad.table;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.isnad.vocab.Vocab;

/**
 * The events table: one row per event claim, columns as {@link EventColumns} lists them, written as CSV.
 * Rows are read back from quads (claim graphs and provenance graphs), never from the extractor's objects,
 * so {@code isnad convert --format csv} (the quads of each article as it is converted) and
 * {@code isnad export --format csv} (the quads in a store) give the same rows for the same article.
 */
public final class EventTable {

    private final CsvWriter csv;
    private final ReferenceView reference;
    private boolean headerWritten;

    /** A table written to {@code out}; names, classes and places are looked up in {@code referenceData}. */
    public EventTable(OutputStream out, Graph referenceData) {
        this.csv = new CsvWriter(out);
        this.reference = new ReferenceView(referenceData);
    }

    /** A table continued from another that wrote the header (and the BOM): rows only, for one article's piece. */
    public static EventTable continued(OutputStream out, Graph referenceData) {
        EventTable t = new EventTable(out, referenceData);
        t.headerWritten = true;
        t.csv.continued();
        return t;
    }

    /** The column names, in order. */
    public static List<String> columns() {
        return EventColumns.names();
    }

    /** Writes the header row now, if no row has been written (a table of no events still has its columns). */
    public void header() {
        if (headerWritten) return;
        csv.record(EventColumns.names());
        headerWritten = true;
    }

    /**
     * Writes a row for every event claim in {@code quads}: article by article (by publication date, then
     * article IRI), and within an article in the order of the text.
     *
     * @return the number of rows written
     */
    public long write(DatasetGraph quads) {
        header();
        long n = 0;
        for (Map.Entry<ArticleKey, List<Node>> article : claimsByArticle(quads).entrySet()) {
            Node provenance = article.getKey().provenance();
            List<EventClaimView> views = new ArrayList<>();
            for (Node claim : article.getValue()) views.add(new EventClaimView(quads, provenance, claim, reference));
            views.sort(Comparator.comparingLong(EventClaimView::firstOffset).thenComparing(v -> v.claim.getURI()));
            for (EventClaimView v : views) {
                csv.record(EventColumns.row(v));
                n++;
            }
        }
        csv.flush();
        return n;
    }

    public void flush() { csv.flush(); }

    /** An article's place in the table: by publication date (undated ones last), then provenance graph IRI. */
    private record ArticleKey(String published, Node provenance) implements Comparable<ArticleKey> {
        private static final Comparator<ArticleKey> ORDER = Comparator.comparing(ArticleKey::published)
                .thenComparing(k -> k.provenance().getURI());

        @Override public int compareTo(ArticleKey o) { return ORDER.compare(this, o); }
    }

    /** Event claims grouped by the provenance graph that declares them. */
    private static Map<ArticleKey, List<Node>> claimsByArticle(DatasetGraph quads) {
        Map<ArticleKey, List<Node>> byArticle = new TreeMap<>();
        quads.find(Node.ANY, Node.ANY, Vocab.rdfType, Vocab.EventClaim).forEachRemaining(q -> {
            Node claim = q.getSubject();
            Node provenance = q.getGraph();
            if (!claim.isURI() || !provenance.isURI() || provenance.equals(claim)) return;
            byArticle.computeIfAbsent(new ArticleKey(published(quads, provenance, claim), provenance), k -> new ArrayList<>())
                    .add(claim);
        });
        return byArticle;
    }

    private static String published(DatasetGraph quads, Node provenance, Node claim) {
        var article = quads.find(provenance, claim, Vocab.provWasDerivedFrom, Node.ANY);
        if (!article.hasNext()) return "~";
        var date = quads.find(provenance, article.next().getObject(), Vocab.schemaDatePublished, Node.ANY);
        return date.hasNext() ? date.next().getObject().getLiteralLexicalForm() : "~";
    }
}
