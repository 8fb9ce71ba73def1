package org.isnad.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.isnad.vocab.Vocab;

/**
 * Nodes of the store as page text: labels by language (cached), links to their pages, and the lookups
 * the views share. Reads the store across all graphs; use inside a read transaction.
 */
final class NodeText {
    static final int MAX_VALUES = 500;
    private static final Node SKOS_PREF = NodeFactory.createURI(Vocab.SKOS + "prefLabel");

    final DatasetGraph store;
    final IriMapping map;
    private final Map<Node, Map<String, String>> labels = new HashMap<>();

    NodeText(DatasetGraph store, IriMapping map) {
        this.store = store;
        this.map = map;
    }

    /** rdfs:label (else skos:prefLabel) in {@code lang}; a label without language counts as English. */
    String label(Node n, String lang) {
        return labels(n).get(lang);
    }

    /** Every label of the node by language (rdfs:label, else skos:prefLabel), looked up once. */
    Map<String, String> labels(Node n) {
        return labels.computeIfAbsent(n, k -> {
            Map<String, String> m = new LinkedHashMap<>();
            for (Node p : List.of(Vocab.rdfsLabel, SKOS_PREF))
                for (Node l : objects(k, p))
                    if (l.isLiteral()) m.putIfAbsent(l.getLiteralLanguage().isEmpty() ? "en" : l.getLiteralLanguage().toLowerCase(),
                            l.getLiteralLexicalForm());
            return m;
        });
    }

    /** The English label, else the Arabic one, else the IRI's local name. */
    String text(Node n) {
        if (!n.isURI()) return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        String en = label(n, "en");
        if (en != null) return en;
        String ar = label(n, "ar");
        return ar != null ? ar : Html.localName(n.getURI());
    }

    /** An IRI as its English label (and Arabic label), linked to its page. */
    String name(Node n) {
        if (!n.isURI()) return Html.esc(text(n));
        String en = label(n, "en"), ar = label(n, "ar");
        StringBuilder s = new StringBuilder(link(n, en != null ? en : ar == null ? Html.localName(n.getURI()) : null));
        if (ar != null) s.append(en == null ? "" : " ").append(Html.ar(ar));
        return s.toString();
    }

    /** {@code text} as a link to the page of {@code n}; empty text gives an empty string. */
    String link(Node n, String text) {
        if (text == null) return "";
        if (!n.isURI() || !(n.getURI().startsWith("http://") || n.getURI().startsWith("https://"))) return Html.esc(text);
        return "<a href=\"" + Html.esc(map.href(n.getURI())) + "\">" + Html.esc(text) + "</a>";
    }

    String href(Node n) { return map.href(n.getURI()); }

    /** Distinct objects of (n, p) in any graph. */
    List<Node> objects(Node n, Node p) {
        Set<Node> s = new LinkedHashSet<>();
        Iterator<Quad> it = store.find(Node.ANY, n, p, Node.ANY);
        while (it.hasNext() && s.size() < MAX_VALUES) s.add(it.next().getObject());
        return new ArrayList<>(s);
    }

    /** Distinct subjects of (?, p, o) in any graph. */
    List<Node> subjects(Node p, Node o) {
        Set<Node> s = new LinkedHashSet<>();
        Iterator<Quad> it = store.find(Node.ANY, Node.ANY, p, o);
        while (it.hasNext() && s.size() < MAX_VALUES) s.add(it.next().getSubject());
        return new ArrayList<>(s);
    }

    /** The lexical form of the first literal value of (n, p), or "". */
    String first(Node n, Node p) {
        for (Node o : objects(n, p)) if (o.isLiteral()) return o.getLiteralLexicalForm();
        return "";
    }
}
