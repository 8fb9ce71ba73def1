package org.isnad.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
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
 * The HTML page of one resource: what a researcher who clicks an event IRI in a paper sees. Arabic text
 * carries {@code lang="ar" dir="rtl"}, every string from the data is escaped, and IRIs the server
 * resolves link to their own pages. Built inside a read transaction on the store, which it reads for
 * labels and coordinates of the things the resource points at.
 */
final class ResourcePage {
    /** Rows of the full statement tables; the RDF forms carry everything. */
    static final int MAX_ROWS = 500;

    private static final Node PLACE_KIND = NodeFactory.createURI(Vocab.ISNAD + "placeKind");

    private final DatasetGraph store;
    private final DatasetGraph desc;
    private final Node r;
    private final IriMapping map;
    private final StringBuilder h = new StringBuilder(8192);
    private final NodeText text;

    private ResourcePage(DatasetGraph store, DatasetGraph desc, Node r, IriMapping map) {
        this.store = store;
        this.desc = desc;
        this.r = r;
        this.map = map;
        this.text = new NodeText(store, map);
    }

    /** The page; call inside a read transaction on {@code store}. */
    static String render(DatasetGraph store, DatasetGraph description, Node resource, IriMapping map) {
        return new ResourcePage(store, description, resource, map).page();
    }

    private String page() {
        List<Node> claims = claimsReporting();
        boolean asserted = !claims.isEmpty() && !claims.contains(r);
        String en = title("en", asserted);
        String ar = title("ar", asserted);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
         .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
         .append(esc(en)).append(" — isnad</title>\n");
        for (String[] alt : ALTERNATES)
            h.append("<link rel=\"alternate\" type=\"").append(alt[1]).append("\" href=\"?format=").append(alt[0]).append("\">\n");
        h.append("<style>").append(Html.CSS).append("</style>\n</head>\n<body>\n").append(Html.NAV).append("<main>\n");
        h.append("<h1 id=\"title\">").append(esc(en)).append("</h1>\n");
        if (!ar.isEmpty())
            h.append("<p class=\"title-ar\" id=\"title-ar\" lang=\"ar\" dir=\"rtl\">").append(esc(ar)).append("</p>\n");
        h.append("<p class=\"iri\">IRI: <code>").append(esc(r.getURI())).append("</code> · as ");
        for (int i = 0; i < ALTERNATES.length; i++)
            h.append(i == 0 ? "" : " · ").append("<a href=\"?format=").append(ALTERNATES[i][0]).append("\">")
             .append(ALTERNATES[i][2]).append("</a>");
        h.append("</p>\n");

        types();
        if (asserted) eventFacts();
        if (asserted) CasualtySection.append(h, text, r);
        placeFacts();
        if (!asserted && PlaceEventsSection.isPlace(text, r)) PlaceEventsSection.append(h, text, r);
        if (!claims.isEmpty()) claimSection(claims, asserted);
        if (isClaim(r)) assertedBy();
        statements();
        incoming();
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    // ---- title -------------------------------------------------------------------------------

    /** A label in {@code lang}; for an event, which has none, its type, place and date. */
    private String title(String lang, boolean asserted) {
        String own = ownLabel(r, lang);
        if (own != null) return own;
        if (asserted) {
            List<String> parts = new ArrayList<>();
            for (Node t : objects(r, Vocab.rdfType)) { String l = label(t, lang); if (l != null) { parts.add(l); break; } }
            for (Node p : objects(r, Vocab.semHasPlace)) { String l = label(p, lang); if (l != null) { parts.add(l); break; } }
            if ("en".equals(lang)) {
                String d = dateText();
                if (d != null) parts.add(d);
            }
            if (!parts.isEmpty()) return String.join(" · ", parts);
        }
        return "en".equals(lang) ? localName(r.getURI()) : "";
    }

    private String ownLabel(Node n, String lang) {
        String l = labels(n).get(lang);
        if (l != null) return l;
        for (Node hl : objects(n, Vocab.schemaHeadline))
            if (hl.isLiteral() && lang.equals(hl.getLiteralLanguage())) return hl.getLiteralLexicalForm();
        return null;
    }

    // ---- sections ----------------------------------------------------------------------------

    private void types() {
        List<Node> types = objects(r, Vocab.rdfType);
        if (types.isEmpty()) return;
        h.append("<section id=\"type\"><h2>Type</h2><ul>");
        for (Node t : types) h.append("<li>").append(name(t)).append("</li>");
        h.append("</ul></section>\n");
    }

    private void eventFacts() {
        h.append("<section id=\"when\"><h2>When</h2><dl>");
        String d = dateText();
        dt("Date", d == null ? "unresolved" : esc(d));
        for (Node p : objects(r, Vocab.timePrecision)) dt("Precision", name(p));
        for (Node t : objects(r, Vocab.timeText)) dt("In the text", lit(t));
        for (Node a : objects(r, Vocab.after)) dt("After", name(a));
        for (Node a : objects(r, Vocab.sameTimeAs)) dt("Same time as", name(a));
        h.append("</dl></section>\n");

        List<Node> places = objects(r, Vocab.semHasPlace);
        if (!places.isEmpty()) {
            h.append("<section id=\"where\"><h2>Where</h2><table><tr><th>place</th><th lang=\"ar\">المكان</th><th>latitude</th><th>longitude</th></tr>");
            for (Node p : places) placeRow(p);
            h.append("</table></section>\n");
        }
        h.append("<section id=\"who\"><h2>Who</h2><dl>");
        for (Node a : objects(r, Vocab.semHasActor)) dt("Actor", name(a));
        for (Node a : objects(r, Vocab.target)) dt("Target", name(a));
        for (Node a : objects(r, Vocab.directedBy)) dt("Directed by", name(a));
        for (Node a : objects(r, Vocab.origin)) dt("Launched from", name(a));
        for (Node a : objects(r, Vocab.victim)) dt("Victim", name(a));
        h.append("</dl></section>\n");
    }

    private void placeRow(Node p) {
        h.append("<tr class=\"place\"><td>").append(link(p, text(label(p, "en"), localName(p.getURI())))).append("</td><td>");
        String ar = label(p, "ar");
        if (ar != null) h.append("<span lang=\"ar\" dir=\"rtl\">").append(esc(ar)).append("</span>");
        h.append("</td><td>").append(esc(first(p, Vocab.wgsLat))).append("</td><td>").append(esc(first(p, Vocab.wgsLong)))
         .append("</td></tr>");
    }

    private void placeFacts() {
        if (objects(r, Vocab.wgsLat).isEmpty() && objects(r, Vocab.within).isEmpty()) return;
        h.append("<section id=\"place\"><h2>Place</h2><dl>");
        for (Node k : objects(r, PLACE_KIND)) dt("Kind", name(k));
        String lat = first(r, Vocab.wgsLat), lon = first(r, Vocab.wgsLong);
        if (!lat.isEmpty()) dt("Coordinates", "<span class=\"coords\">" + esc(lat) + ", " + esc(lon) + "</span>");
        for (Node w : objects(r, Vocab.within)) dt("Within", name(w));
        h.append("</dl></section>\n");
    }

    /** Claims that report this resource: the claim itself, or the claims asserting it and their same-event links. */
    private List<Node> claimsReporting() {
        Set<Node> c = new LinkedHashSet<>();
        if (isClaim(r)) c.add(r);
        else c.addAll(subjects(Vocab.asserts, r));
        return new ArrayList<>(c);
    }

    private void claimSection(List<Node> claims, boolean asserted) {
        h.append("<section id=\"claims\"><h2>").append(asserted ? "Reported by" : "Provenance").append("</h2>\n");
        for (Node c : claims) claimCard(c);
        if (asserted) {
            Set<Node> same = new LinkedHashSet<>();
            for (Node c : claims) {
                same.addAll(objects(c, Vocab.sameEventAs));
                same.addAll(subjects(Vocab.sameEventAs, c));
            }
            same.removeAll(claims);
            if (!same.isEmpty()) {
                h.append("<h3>The same event in other claims</h3>\n");
                for (Node c : same) claimCard(c);
            }
        }
        h.append("</section>\n");
    }

    private void claimCard(Node c) {
        h.append("<article class=\"claim\"><h4>").append(link(c, "claim " + localName(c.getURI()))).append("</h4><dl>");
        for (Node e : objects(c, Vocab.asserts)) dt("Asserts", name(e) + typesOf(e));
        for (Node m : objects(c, Vocab.modality)) dt("Modality", name(m));
        for (Node o : objects(c, Vocab.outlet)) dt("Outlet", name(o));
        for (Node rep : objects(c, Vocab.reportedBy)) {
            StringBuilder s = new StringBuilder(name(rep));
            for (Node k : objects(rep, Vocab.reportKind)) s.append(" (").append(name(k)).append(')');
            for (Node a : objects(rep, Vocab.provWasAttributedTo)) s.append(" — attributed to ").append(name(a));
            for (Node a : objects(rep, Vocab.relayedBy)) s.append(" — relayed by ").append(name(a));
            for (Node cue : objects(rep, Vocab.cueText)) s.append("<br>").append(lit(cue));
            dt("Reported by", s.toString());
        }
        for (Node d : objects(c, Vocab.reportedOn)) dt("Reported on", lit(d));
        for (Node d : objects(c, Vocab.reportedOnStatus)) dt("Reported on", name(d));
        for (Node x : objects(c, Vocab.confidence)) dt("Confidence", lit(x));
        for (Node a : objects(c, Vocab.provWasDerivedFrom)) {
            StringBuilder s = new StringBuilder(name(a));
            for (Node u : objects(a, Vocab.schemaUrl))
                if (u.isURI()) s.append(" · source: ").append(external(u.getURI()));
            for (Node d : objects(a, Vocab.schemaDatePublished)) s.append(" · published ").append(lit(d));
            dt("Article", s.toString());
        }
        h.append("</dl>");
        List<Node> ev = objects(c, Vocab.evidence);
        ev.sort(Comparator.comparingLong(e -> number(first(e, Vocab.oaStart))));
        for (Node e : ev)
            for (Node x : objects(e, Vocab.oaExact))
                h.append("<blockquote class=\"evidence\" lang=\"ar\" dir=\"rtl\">").append(esc(x.getLiteralLexicalForm()))
                 .append("</blockquote>");
        h.append("</article>\n");
    }

    /** For a claim page: what the claim graph holds. */
    private void assertedBy() {
        h.append("<section id=\"graph\"><h2>The claim graph</h2><table><tr><th>subject</th><th>property</th><th>value</th></tr>");
        int n = 0;
        Iterator<Quad> it = desc.find(r, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext() && n++ < MAX_ROWS) {
            Quad q = it.next();
            h.append("<tr><td>").append(name(q.getSubject())).append("</td><td>").append(prop(q.getPredicate()))
             .append("</td><td>").append(value(q.getObject())).append("</td></tr>");
        }
        h.append("</table></section>\n");
    }

    private void statements() {
        h.append("<section id=\"statements\"><h2>Everything said about it</h2><table><tr><th>property</th><th>value</th><th>graph</th></tr>");
        int n = 0;
        Iterator<Quad> it = desc.find(Node.ANY, r, Node.ANY, Node.ANY);
        while (it.hasNext() && n++ < MAX_ROWS) {
            Quad q = it.next();
            h.append("<tr><td>").append(prop(q.getPredicate())).append("</td><td>").append(value(q.getObject()))
             .append("</td><td>").append(graphName(q.getGraph())).append("</td></tr>");
        }
        h.append("</table></section>\n");
    }

    private void incoming() {
        Iterator<Quad> it = desc.find(Node.ANY, Node.ANY, Node.ANY, r);
        if (!it.hasNext()) return;
        h.append("<section id=\"incoming\"><h2>Pointing here</h2><table><tr><th>from</th><th>property</th><th>graph</th></tr>");
        int n = 0;
        while (it.hasNext() && n++ < MAX_ROWS) {
            Quad q = it.next();
            h.append("<tr><td>").append(name(q.getSubject())).append(typesOf(q.getSubject())).append("</td><td>")
             .append(prop(q.getPredicate())).append("</td><td>").append(graphName(q.getGraph())).append("</td></tr>");
        }
        h.append("</table></section>\n");
    }

    // ---- rendering of nodes ------------------------------------------------------------------

    /** An IRI as its English label (and Arabic label), linked; a literal as text. */
    private String name(Node n) {
        if (!n.isURI()) return value(n);
        String en = label(n, "en");
        String ar = label(n, "ar");
        StringBuilder s = new StringBuilder(link(n, text(en, ar == null ? localName(n.getURI()) : null)));
        if (ar != null) s.append(en == null ? "" : " ").append("<span lang=\"ar\" dir=\"rtl\">").append(esc(ar)).append("</span>");
        return s.toString();
    }

    private String typesOf(Node n) {
        StringBuilder s = new StringBuilder();
        for (Node t : objects(n, Vocab.rdfType)) {
            String l = label(t, "en");
            if (l != null) s.append(s.length() == 0 ? " (" : ", ").append(esc(l));
        }
        return s.length() == 0 ? "" : s.append(')').toString();
    }

    private String value(Node n) {
        if (n.isURI()) return name(n);
        if (n.isLiteral()) return lit(n);
        return esc(n.toString());
    }

    private String graphName(Node g) {
        if (g.equals(Vocab.REFERENCE_GRAPH)) return link(g, "reference data");
        if (Quad.isDefaultGraph(g)) return esc("default graph");       // the event summary's, among others
        return link(g, localName(g.getURI()));
    }

    private String prop(Node p) {
        String l = label(p, "en");
        return "<span title=\"" + esc(p.getURI()) + "\">" + esc(l != null ? l : localName(p.getURI())) + "</span>";
    }

    /** {@code text} (already plain) as a link to the resource's page, or unlinked when it is not http(s). */
    private String link(Node n, String text) {
        if (!n.isURI()) return esc(text);
        String iri = n.getURI();
        if (!iri.startsWith("http://") && !iri.startsWith("https://")) return esc(text);
        return "<a href=\"" + esc(map.href(iri)) + "\">" + esc(text) + "</a>";
    }

    private String external(String url) {
        if (!url.startsWith("http://") && !url.startsWith("https://")) return esc(url);
        return "<a href=\"" + esc(url) + "\" rel=\"nofollow noopener\">" + esc(url) + "</a>";
    }

    private static String lit(Node n) {
        if (!n.isLiteral()) return esc(n.toString());
        String lex = n.getLiteralLexicalForm();
        String lang = n.getLiteralLanguage();
        if ("ar".equals(lang) || lang.startsWith("ar-"))
            return "<span lang=\"" + esc(lang) + "\" dir=\"rtl\">" + esc(lex) + "</span>";
        if (!lang.isEmpty()) return "<span lang=\"" + esc(lang) + "\">" + esc(lex) + "</span>";
        if (hasArabic(lex)) return "<span dir=\"auto\">" + esc(lex) + "</span>";
        return esc(lex);
    }

    private void dt(String term, String html) {
        h.append("<dt>").append(esc(term)).append("</dt><dd>").append(html).append("</dd>");
    }

    // ---- lookups -----------------------------------------------------------------------------

    private String dateText() {
        String s = first(r, Vocab.semEarliestBegin), e = first(r, Vocab.semLatestEnd);
        if (s.isEmpty() && e.isEmpty()) return null;
        return s.equals(e) ? s : s + " – " + e;
    }

    private String label(Node n, String lang) {
        return labels(n).get(lang);
    }

    /** rdfs:label (else skos:prefLabel) by language, from any graph; "" holds a label without language. */
    private Map<String, String> labels(Node n) {
        return text.labels(n);
    }

    private boolean isClaim(Node n) { return ResourceDescription.isClaim(store, n); }

    /** Distinct objects of (n, p) in any graph of the store. */
    private List<Node> objects(Node n, Node p) {
        Set<Node> s = new LinkedHashSet<>();
        Iterator<Quad> it = store.find(Node.ANY, n, p, Node.ANY);
        while (it.hasNext() && s.size() < MAX_ROWS) s.add(it.next().getObject());
        return new ArrayList<>(s);
    }

    private List<Node> subjects(Node p, Node o) {
        Set<Node> s = new LinkedHashSet<>();
        Iterator<Quad> it = store.find(Node.ANY, Node.ANY, p, o);
        while (it.hasNext() && s.size() < MAX_ROWS) s.add(it.next().getSubject());
        return new ArrayList<>(s);
    }

    private String first(Node n, Node p) {
        for (Node o : objects(n, p)) if (o.isLiteral()) return o.getLiteralLexicalForm();
        return "";
    }

    private static long number(String s) {
        try { return Long.parseLong(s); } catch (NumberFormatException e) { return Long.MAX_VALUE; }
    }

    private static String text(String preferred, String fallback) {
        return preferred != null ? preferred : fallback == null ? "" : fallback;
    }

    static String localName(String iri) { return Html.localName(iri); }

    private static boolean hasArabic(String s) { return Html.hasArabic(s); }

    static String esc(String s) { return Html.esc(s); }

    /** ?format= value, media type, link text. */
    static final String[][] ALTERNATES = {
        {"ttl", "text/turtle", "Turtle"}, {"trig", "application/trig", "TriG"},
        {"jsonld", "application/ld+json", "JSON-LD"}, {"nt", "application/n-triples", "N-Triples"}};

}
