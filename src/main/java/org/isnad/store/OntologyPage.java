package org.isnad.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.isnad.vocab.Vocab;

/**
 * The ontology as a page: its classes and properties, each under an anchor named after it (so
 * {@code /ns#Event} lands on isnad:Event), with English and Arabic labels, comment, super class, domain
 * and range.
 */
final class OntologyPage {
    private static final Node OWL_CLASS = NodeFactory.createURI(Vocab.OWL + "Class");
    private static final Node RDFS_CLASS = NodeFactory.createURI(Vocab.RDFS + "Class");
    private static final Node SUB_CLASS = NodeFactory.createURI(Vocab.RDFS + "subClassOf");
    private static final Node DOMAIN = NodeFactory.createURI(Vocab.RDFS + "domain");
    private static final Node RANGE = NodeFactory.createURI(Vocab.RDFS + "range");
    private static final Node COMMENT = NodeFactory.createURI(Vocab.RDFS + "comment");
    private static final List<Node> PROPERTY_TYPES = List.of(NodeFactory.createURI(Vocab.OWL + "ObjectProperty"),
            NodeFactory.createURI(Vocab.OWL + "DatatypeProperty"), NodeFactory.createURI(Vocab.RDF + "Property"),
            NodeFactory.createURI(Vocab.OWL + "AnnotationProperty"));

    private OntologyPage() {}

    static String render(Graph g) {
        StringBuilder h = Html.open("The isnad ontology", "<link rel=\"alternate\" type=\"text/turtle\" href=\"?format=ttl\">");
        h.append("<h1>The isnad ontology</h1>\n<p class=\"iri\">Namespace: <code>").append(Html.esc(Vocab.ISNAD))
         .append("</code> · as <a href=\"?format=ttl\">Turtle</a> · <a href=\"?format=jsonld\">JSON-LD</a></p>\n");
        List<Node> classes = terms(g, List.of(OWL_CLASS, RDFS_CLASS));
        List<Node> properties = terms(g, PROPERTY_TYPES);
        properties.removeAll(classes);
        h.append("<h2 id=\"classes\">Classes (").append(classes.size()).append(")</h2>\n");
        for (Node c : classes) term(h, g, c, List.of(new Node[] {SUB_CLASS}), List.of("subclass of"));
        h.append("<h2 id=\"properties\">Properties (").append(properties.size()).append(")</h2>\n");
        for (Node p : properties) term(h, g, p, List.of(DOMAIN, RANGE), List.of("domain", "range"));
        return Html.close(h);
    }

    /** The isnad terms typed with one of {@code types}, by local name. */
    private static List<Node> terms(Graph g, List<Node> types) {
        List<Node> out = new ArrayList<>();
        for (Node t : types)
            g.find(Node.ANY, Vocab.rdfType, t).forEachRemaining((Triple tr) -> {
                Node s = tr.getSubject();
                if (s.isURI() && s.getURI().startsWith(Vocab.ISNAD) && !out.contains(s)) out.add(s);
            });
        out.sort(Comparator.comparing(OntologyPage::local));
        return out;
    }

    private static void term(StringBuilder h, Graph g, Node t, List<Node> links, List<String> names) {
        h.append("<section class=\"term\" id=\"").append(Html.esc(local(t))).append("\"><h3>isnad:").append(Html.esc(local(t)));
        String en = literal(g, t, Vocab.rdfsLabel, "en"), ar = literal(g, t, Vocab.rdfsLabel, "ar");
        if (en != null) h.append(" — ").append(Html.esc(en));
        if (ar != null) h.append(" · ").append(Html.ar(ar));
        h.append("</h3>");
        String comment = literal(g, t, COMMENT, "en");
        if (comment != null) h.append("<p>").append(Html.esc(comment)).append("</p>");
        h.append("<dl>");
        for (int i = 0; i < links.size(); i++)
            for (Node o : objects(g, t, links.get(i)))
                h.append("<dt>").append(names.get(i)).append("</dt><dd>").append(ref(o)).append("</dd>");
        h.append("</dl></section>\n");
    }

    private static String ref(Node o) {
        if (!o.isURI()) return Html.esc(o.toString());
        if (o.getURI().startsWith(Vocab.ISNAD)) return "<a href=\"#" + Html.esc(local(o)) + "\">isnad:" + Html.esc(local(o)) + "</a>";
        return "<code>" + Html.esc(o.getURI()) + "</code>";
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    private static String literal(Graph g, Node s, Node p, String lang) {
        for (Node o : objects(g, s, p))
            if (o.isLiteral() && lang.equals(o.getLiteralLanguage())) return o.getLiteralLexicalForm();
        return null;
    }

    private static String local(Node n) {
        return n.getURI().substring(n.getURI().indexOf('#') + 1);
    }
}
