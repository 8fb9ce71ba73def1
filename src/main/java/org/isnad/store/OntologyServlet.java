package org.isnad.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;

/**
 * {@code /ns}: the isnad ontology ({@code ontology/isnad.ttl}, from the jar) by content negotiation, as
 * {@link LinkedDataServlet} does: Turtle (the file itself, byte for byte) to {@code Accept: text/turtle},
 * curl and clients that say nothing; an HTML page ({@link OntologyPage}) to browsers; the other RDF
 * forms on request. {@code ?format=} overrides.
 */
final class OntologyServlet extends HttpServlet {
    static final String PATH = "/ns";
    static final String RESOURCE = "ontology/isnad.ttl";

    private final byte[] turtle;
    private final Graph graph;
    private final byte[] html;

    OntologyServlet() {
        try (InputStream in = OntologyServlet.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the class path");
            turtle = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        graph = RDFParser.fromString(new String(turtle, StandardCharsets.UTF_8), Lang.TURTLE).toGraph();
        html = OntologyPage.render(graph).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        LinkedDataServlet.Representation rep = LinkedDataServlet.choose(req.getParameter("format"), req.getHeader("Accept"));
        if (rep == null) {
            Html.error(resp, 406, "Available: text/turtle, text/html, application/trig, application/ld+json, application/n-triples");
            return;
        }
        if (rep.format() == null) {
            Html.send(resp, 200, "text/html; charset=utf-8", html);
        } else if (rep.name().equals("ttl")) {
            Html.send(resp, 200, "text/turtle; charset=utf-8", turtle);
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, graph, rep.format());
            Html.send(resp, 200, rep.mediaType(), out.toByteArray());
        }
    }
}
