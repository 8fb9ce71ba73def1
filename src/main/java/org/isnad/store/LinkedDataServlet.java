package org.isnad.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.isnad.vocab.Vocab;
import org.isnad.web.SecurityHeaders;

/**
 * Dereferenceable IRIs: {@code GET /id/REST} describes the resource {@code BASE + REST} (see
 * {@link IriMapping}) in the representation the client asks for with {@code Accept}, or with
 * {@code ?format=ttl|trig|jsonld|nt|nq|html} (a link a browser can follow): Turtle, TriG, JSON-LD,
 * N-Triples, N-Quads or an HTML page. What is described is {@link ResourceDescription}; an IRI the store
 * does not know is 404. Turtle and N-Triples hold no graphs, so they carry the union of the description's
 * graphs; TriG, N-Quads and JSON-LD keep them. Read-only: other methods are refused by the servlet base.
 */
final class LinkedDataServlet extends HttpServlet {

    /** A representation: the {@code ?format=} name, its media type, and the Jena format (null: HTML). */
    record Representation(String name, String mediaType, RDFFormat format, boolean quads) {}

    // the order is the preference when the client accepts several equally (curl's */* gets Turtle)
    static final List<Representation> OFFERS = List.of(
            new Representation("ttl", "text/turtle", RDFFormat.TURTLE_PRETTY, false),
            new Representation("html", "text/html", null, false),
            new Representation("trig", "application/trig", RDFFormat.TRIG_PRETTY, true),
            new Representation("jsonld", "application/ld+json", RDFFormat.JSONLD, true),
            new Representation("nt", "application/n-triples", RDFFormat.NTRIPLES, false),
            new Representation("nq", "application/n-quads", RDFFormat.NQUADS, true));

    /** The pages' Content-Security-Policy: no script at all, and of inline style only the page's own. */
    static final String PAGE_POLICY = Html.POLICY;

    /** {@code /id/event/}: the list of events rather than a resource. */
    static final String EVENT_LIST = "event/";

    private final DatasetGraph store;
    private final IriMapping map;

    LinkedDataServlet(DatasetGraph store, IriMapping map) {
        this.store = store;
        this.map = map;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        String rest = restOf(req);
        if (rest == null) {
            error(resp, 404, "No such resource.");
            return;
        }
        if (rest.equals(EVENT_LIST)) {
            int page = EventListPage.pageNumber(req.getParameter("page"));
            Html.send(resp, Txn.calculateRead(store, () ->
                    EventListPage.render(new NodeText(store, map), page)));
            return;
        }
        Representation rep = choose(req.getParameter("format"), req.getHeader("Accept"));
        if (rep == null) {
            error(resp, 406, "Available: " + String.join(", ", OFFERS.stream().map(Representation::mediaType).toList()));
            return;
        }
        byte[] body = Txn.calculateRead(store, () -> {
            for (String iri : map.candidates(rest)) {
                Node r = NodeFactory.createURI(iri);
                DatasetGraph d = ResourceDescription.describe(store, r);
                if (d != null) return write(d, r, rep);
            }
            return null;
        });
        if (body == null) {
            error(resp, 404, "isnad knows nothing about " + map.candidates(rest).get(0));
            return;
        }
        resp.setStatus(200);
        if (rep.format() == null) resp.setHeader("Content-Security-Policy", PAGE_POLICY);
        resp.setContentType(rep.mediaType() + (rep.mediaType().startsWith("text/") || rep.format() == null ? "; charset=utf-8" : ""));
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** The part of the path after {@code /id/}, still percent-encoded as IRIs are; null when it cannot be an IRI. */
    private static String restOf(HttpServletRequest req) {
        String uri = req.getRequestURI();
        String prefix = req.getContextPath() + IriMapping.PATH;
        if (uri == null || !uri.startsWith(prefix)) return null;
        String rest = uri.substring(prefix.length());
        if (rest.isEmpty()) return null;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c <= ' ' || "<>\"{}|\\^`".indexOf(c) >= 0) return null;
        }
        return rest;
    }

    private byte[] write(DatasetGraph d, Node r, Representation rep) {
        if (rep.format() == null)
            return ResourcePage.render(store, d, r, map).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Prefixes.addStandard(d.prefixes());
        if (rep.quads()) {
            RDFDataMgr.write(out, d, rep.format());
        } else {
            Graph g = GraphFactory.createDefaultGraph();
            d.find().forEachRemaining(q -> g.add(q.asTriple()));
            d.prefixes().forEach((p, u) -> g.getPrefixMapping().setNsPrefix(p, u));
            RDFDataMgr.write(out, g, rep.format());
        }
        return out.toByteArray();
    }

    /**
     * Content negotiation: {@code ?format=} wins; else the offer with the highest q from the most specific
     * matching media range of {@code Accept}; ties go to the order of {@link #OFFERS}. No header: Turtle.
     */
    static Representation choose(String format, String accept) {
        if (format != null && !format.isBlank()) {
            for (Representation o : OFFERS)
                if (o.name().equalsIgnoreCase(format.trim())) return o;
            return null;
        }
        if (accept == null || accept.isBlank()) return OFFERS.get(0);
        Representation best = null;
        double bestQ = 0;
        for (Representation o : OFFERS) {
            double q = quality(o.mediaType(), accept);
            if (q > bestQ) {
                best = o;
                bestQ = q;
            }
        }
        return best;
    }

    /** The q value {@code accept} gives {@code type}: that of the most specific range matching it, 0 if none. */
    static double quality(String type, String accept) {
        int bestSpecificity = -1;
        double q = 0;
        String major = type.substring(0, type.indexOf('/'));
        for (String range : accept.split(",")) {
            String[] parts = range.trim().split(";");
            String mt = parts[0].trim().toLowerCase(Locale.ROOT);
            double rq = 1;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].trim();
                if (p.startsWith("q=")) {
                    try { rq = Double.parseDouble(p.substring(2)); } catch (NumberFormatException e) { rq = 0; }
                }
            }
            int specificity = mt.equals(type) ? 2 : mt.equals(major + "/*") ? 1 : mt.equals("*/*") ? 0 : -1;
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                q = rq;
            }
        }
        return q;
    }

    /** The CSP source that allows exactly the inline {@code text}: {@code 'sha256-BASE64'}. */
    static String hashSource(String text) { return Html.hashSource(text); }

    private static void error(HttpServletResponse resp, int code, String message) throws IOException {
        resp.setStatus(code);
        resp.setContentType("text/plain; charset=utf-8");
        byte[] b = (message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(b.length);
        resp.getOutputStream().write(b);
    }

    /** The prefixes every description is written with, on top of those the store keeps. */
    static final class Prefixes {
        private Prefixes() {}

        static void addStandard(org.apache.jena.riot.system.PrefixMap pm) {
            String[][] std = {
                {"isnad", Vocab.ISNAD}, {"id", Vocab.ID}, {"event", Vocab.ID + "event/"}, {"claim", Vocab.ID + "claim/"},
                {"place", Vocab.ID + "place/"}, {"actor", Vocab.ID + "actor/"}, {"outlet", Vocab.ID + "outlet/"},
                {"prov", Vocab.PROV}, {"sem", Vocab.SEM}, {"oa", Vocab.OA}, {"schema", Vocab.SCHEMA},
                {"wgs", Vocab.WGS}, {"geo", Vocab.GEO}, {"skos", Vocab.SKOS}, {"rdfs", Vocab.RDFS},
                {"rdf", Vocab.RDF}, {"xsd", Vocab.XSD}, {"owl", Vocab.OWL}, {"dcterms", Vocab.DCTERMS}};
            for (String[] p : std)
                if (!pm.containsPrefix(p[0])) pm.add(p[0], p[1]);
        }
    }
}
