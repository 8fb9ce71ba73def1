package org.isnad.store;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.isnad.vocab.Vocab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * isnad serve over the seed article, as a researcher uses it over HTTP: IRIs that resolve by content
 * negotiation, pages, the UI, CORS, the query timeout and the result cap.
 */
class LinkedDataServerTest {

    static final String OTHER_BASE = "https://example.org/isnad/";

    @TempDir static Path tmp;
    static ClaimStore store;
    static IsnadServer server;      // default base, 1 s timeout, at most 5 results
    static IsnadServer rebased;     // --base https://example.org/isnad/
    static SeedStore.Strike strike;

    @BeforeAll
    static void start() throws Exception {
        store = SeedStore.create(tmp);
        // a label that tries to inject markup, and a resource minted under another base
        store.loadStream("extra", s -> {
            Node g = NodeFactory.createURI(Vocab.ID + "graph/test");
            s.quad(Quad.create(g, NodeFactory.createURI(Vocab.ID + "actor/xss-test"), Vocab.rdfsLabel,
                    NodeFactory.createLiteralLang("<script>alert('x')</script> & co", "en")));
            s.quad(Quad.create(g, NodeFactory.createURI(OTHER_BASE + "event/x1"), Vocab.rdfType, Vocab.Event));
        });
        strike = SeedStore.strike(store);
        server = new IsnadServer(store, new IsnadServer.Options().port(0).timeout(Duration.ofSeconds(1)).maxResults(5)).start();
        rebased = new IsnadServer(store, new IsnadServer.Options().port(0).base(OTHER_BASE)).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (rebased != null) rebased.stop();
        store.close();
    }

    static String page(String iri) {
        String url = server.pageUrl(iri);
        assertNotNull(url, iri);
        return url;
    }

    @Test
    void anEventIriMapsToItsPathUnderId() {
        String rest = strike.event().substring(Vocab.ID.length());
        assertEquals(server.rootUrl() + "/id/" + rest, server.pageUrl(strike.event()));
        assertTrue(rest.startsWith("event/"), rest);
    }

    @Test
    void turtleDescribesTheEventAndTheClaimThatReportsIt() throws Exception {
        HttpResponse<String> r = SeedStore.get(page(strike.event()), "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        Node e = NodeFactory.createURI(strike.event());
        Node c = NodeFactory.createURI(strike.claim());
        assertTrue(g.contains(e, Vocab.rdfType, NodeFactory.createURI(Vocab.ISNAD + "AirDroneStrike")));
        assertTrue(g.contains(e, Vocab.semHasPlace, NodeFactory.createURI(SeedStore.PLACE)));
        assertTrue(g.contains(c, Vocab.asserts, e), "the claim asserting it is described too");
        assertTrue(g.find(c, Vocab.reportedBy, Node.ANY).hasNext());
        assertTrue(g.find(Node.ANY, Vocab.oaExact, NodeFactory.createLiteralLang(strike.evidence().get(0), "ar")).hasNext(),
                "with its evidence sentence");
    }

    @Test
    void jsonLdKeepsTheGraphs() throws Exception {
        HttpResponse<String> r = SeedStore.get(page(strike.event()), "application/ld+json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        DatasetGraph d = DatasetGraphFactory.create();
        RDFParser.fromString(r.body(), Lang.JSONLD).parse(d);
        Node e = NodeFactory.createURI(strike.event());
        Node c = NodeFactory.createURI(strike.claim());
        assertTrue(d.contains(c, e, Vocab.rdfType, NodeFactory.createURI(Vocab.ISNAD + "AirDroneStrike")),
                "the event's triples sit in its claim graph");
        assertTrue(d.find(Node.ANY, c, Vocab.asserts, e).hasNext());
    }

    @Test
    void trigAndNTriplesParseToo() throws Exception {
        HttpResponse<String> trig = SeedStore.get(page(strike.event()), "application/trig");
        DatasetGraph d = DatasetGraphFactory.create();
        RDFParser.fromString(trig.body(), Lang.TRIG).parse(d);
        assertTrue(d.containsGraph(NodeFactory.createURI(strike.claim())));
        HttpResponse<String> nt = SeedStore.get(page(strike.event()) + "?format=nt", null);
        assertTrue(nt.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(nt.body(), Lang.NTRIPLES).parse(g);
        assertTrue(g.contains(NodeFactory.createURI(strike.event()), Vocab.semHasPlace, NodeFactory.createURI(SeedStore.PLACE)));
    }

    @Test
    void contentNegotiation() throws Exception {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        assertEquals("html", LinkedDataServlet.choose(null, browser).name());
        assertEquals("ttl", LinkedDataServlet.choose(null, "*/*").name());
        assertEquals("ttl", LinkedDataServlet.choose(null, null).name());
        assertEquals("jsonld", LinkedDataServlet.choose(null, "application/ld+json;q=0.9, text/turtle;q=0.5").name());
        assertEquals("trig", LinkedDataServlet.choose("trig", browser).name());
        assertNull(LinkedDataServlet.choose(null, "image/png"));
        assertEquals(406, SeedStore.get(page(strike.event()), "image/png").statusCode());
        assertEquals("Accept", SeedStore.get(page(strike.event()), browser).headers().firstValue("Vary").orElse(""));
    }

    @Test
    void theEventPageShowsTypePlaceDateAndEveryReportWithItsEvidence() throws Exception {
        HttpResponse<String> r = SeedStore.get(page(strike.event()), "text/html");
        assertEquals(200, r.statusCode());
        assertEquals("text/html;charset=utf-8", r.headers().firstValue("Content-Type").orElse("").toLowerCase().replace(" ", ""));
        String html = r.body();
        assertTrue(html.contains("Air/drone strike"), "the type in English");
        assertTrue(html.contains("<span lang=\"ar\" dir=\"rtl\">دير الزور</span>"), "the place's Arabic label, right to left");
        assertTrue(html.contains("href=\"/id/place/deir-ez-zor\""), "a link to the place page");
        assertTrue(html.contains("35.34") && html.contains("40.14"), "the place's coordinates");
        assertTrue(html.contains("2022-08-23"), "the date");
        assertTrue(html.contains(">Day<"), "its precision");
        assertTrue(html.contains("SY24"), "the outlet");
        assertTrue(html.contains("CENTCOM"), "who reported it");
        for (String x : strike.evidence())
            assertTrue(html.contains("<blockquote class=\"evidence\" lang=\"ar\" dir=\"rtl\">" + ResourcePage.esc(x)), x);
    }

    @Test
    void claimActorPlaceArticleAndOutletHavePages() throws Exception {
        String article = Fixture.select(store, "SELECT ?a WHERE { GRAPH ?g { <" + strike.claim()
                + "> <http://www.w3.org/ns/prov#wasDerivedFrom> ?a } }").get(0).get("a");
        for (String iri : List.of(strike.claim(), Vocab.ID + "actor/us-forces", SeedStore.PLACE, article,
                Vocab.ID + "outlet/sy24", Vocab.ID + "agent/isnad")) {
            HttpResponse<String> r = SeedStore.get(page(iri), "text/html");
            assertEquals(200, r.statusCode(), iri);
            assertTrue(r.body().contains("<code>" + iri + "</code>"), iri);
        }
        String place = SeedStore.get(page(SeedStore.PLACE), "text/html").body();
        assertTrue(place.contains("35.34, 40.14"), "a place page gives its coordinates");
        assertTrue(place.contains("href=\"/id/" + strike.event().substring(Vocab.ID.length()) + "\""), "and links its events");
        String claim = SeedStore.get(page(strike.claim()), "text/html").body();
        assertTrue(claim.contains(ResourcePage.esc(strike.evidence().get(0))), "a claim page gives its evidence");
    }

    @Test
    void textFromTheDataIsEscaped() throws Exception {
        String html = SeedStore.get(page(Vocab.ID + "actor/xss-test"), "text/html").body();
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"), html);
    }

    @Test
    void anUnknownIriIs404() throws Exception {
        assertEquals(404, SeedStore.get(page(Vocab.ID + "event/0000000000000000-000000000000"), "text/turtle").statusCode());
        assertEquals(404, SeedStore.get(page(Vocab.ID + "event/0000000000000000-000000000000"), "text/html").statusCode());
        assertEquals(404, SeedStore.get(server.rootUrl() + "/id/", "text/turtle").statusCode());
    }

    @Test
    void anotherBaseServesItsIrisAndStillTheReferenceData() throws Exception {
        HttpResponse<String> r = SeedStore.get(rebased.rootUrl() + "/id/event/x1", "application/n-triples");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<" + OTHER_BASE + "event/x1>"), r.body());
        assertEquals(404, SeedStore.get(server.rootUrl() + "/id/event/x1", "text/turtle").statusCode(),
                "the default base does not answer for it");
        assertEquals(200, SeedStore.get(rebased.rootUrl() + "/id/place/deir-ez-zor", "text/turtle").statusCode(),
                "reference data minted under the default base still resolves");
    }

    @Test
    void theFusekiUiAndItsServerDescriptionAreServed() throws Exception {
        HttpResponse<String> ui = SeedStore.get(server.rootUrl() + "/index.html", "text/html");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("Fuseki"), ui.body());
        HttpResponse<String> desc = SeedStore.get(server.rootUrl() + "/$/server", "application/json");
        assertEquals(200, desc.statusCode());
        assertTrue(desc.body().contains("\"/isnad\""), desc.body());
        assertEquals(200, SeedStore.get(server.rootUrl() + "/$/ping", null).statusCode());
    }

    @Test
    void corsLetsANotebookOnAnotherOriginQuery() throws Exception {
        HttpRequest pre = HttpRequest.newBuilder(URI.create(server.url())).timeout(Duration.ofSeconds(10))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:8888").header("Access-Control-Request-Method", "POST").build();
        HttpResponse<Void> r = SeedStore.HTTP.send(pre, HttpResponse.BodyHandlers.discarding());
        // open to every origin, so without credentials: a browser lends no stored password to the script
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
    }

    static HttpResponse<String> query(String q, String accept) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.url())).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).build();
        return SeedStore.HTTP.send(req, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aQueryPastTheTimeoutIsStoppedAndTheServerKeepsAnswering() throws Exception {
        // three-way cross join over ~8000 quads: hours of work without the timeout
        String slow = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s1 ?p1 ?o1 } GRAPH ?b { ?s2 ?p2 ?o2 } GRAPH ?c { ?s3 ?p3 ?o3 } }";
        long t0 = System.nanoTime();
        HttpResponse<String> r = query(slow, "application/sparql-results+json");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(ms < 15_000, "stopped after " + ms + " ms");
        HttpResponse<String> ok = query("ASK { GRAPH ?g { ?s ?p ?o } }", "application/sparql-results+json");
        assertEquals(200, ok.statusCode());
        assertTrue(ok.body().contains("true"), ok.body());
    }

    @Test
    void resultsAreCappedAndTheCapIsSaid() throws Exception {
        HttpResponse<String> all = query("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", "text/csv");
        assertEquals(200, all.statusCode());
        assertEquals(1 + 5, all.body().strip().split("\r?\n").length, "header and 5 rows");
        assertEquals("5", all.headers().firstValue(LimitedQuery.HEADER).orElse(null));
        HttpResponse<String> three = query("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 3", "text/csv");
        assertEquals(1 + 3, three.body().strip().split("\r?\n").length);
        assertTrue(three.headers().firstValue(LimitedQuery.HEADER).isEmpty(), "a smaller LIMIT is left alone");
    }
}
