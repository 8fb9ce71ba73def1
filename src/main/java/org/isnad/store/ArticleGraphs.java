package org.isnad.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.isnad.vocab.Vocab;

/**
 * Which article a graph belongs to, read from the graph's IRI: {@code …/article/K/provenance} and
 * {@code …/claim/K-H} both belong to article K. A load groups quads by this key to replace an article
 * as a whole, to let the last version of an article in a batch win, and to leave an unchanged article alone.
 */
final class ArticleGraphs {

    private static final Pattern PROVENANCE = Pattern.compile(Pattern.quote(Vocab.ID) + "article/([^/]+)/provenance");
    private static final Pattern CLAIM = Pattern.compile(Pattern.quote(Vocab.ID) + "claim/([^/-]+)-[^/]+");

    private ArticleGraphs() {}

    /** The article key of graph {@code g}; null for a graph of no article (the default graph, reference data…). */
    static String key(Node g) {
        if (g == null || !g.isURI()) return null;
        String iri = g.getURI();
        if (!iri.startsWith(Vocab.ID)) return null;
        Matcher m = PROVENANCE.matcher(iri);
        if (m.matches()) return m.group(1);
        m = CLAIM.matcher(iri);
        return m.matches() ? m.group(1) : null;
    }

    /** True for an article's provenance graph, the graph that lists its claims. */
    static boolean isProvenance(Node g) {
        return g != null && g.isURI() && PROVENANCE.matcher(g.getURI()).matches();
    }
}
