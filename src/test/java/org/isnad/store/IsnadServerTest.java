package org.isnad.store;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded Fuseki answers queries on 127.0.0.1 and refuses every kind of write. */
class IsnadServerTest {

    // claims, provenance and reference data in named graphs, the event summary in the default graph
    static final String COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } }";
    static final String INSERT = "INSERT DATA { GRAPH <https://w3id.org/isnad/id/claim/intruder> "
            + "{ <https://w3id.org/isnad/id/x> <https://w3id.org/isnad/ns#p> \"injected\" } }";

    @TempDir static Path tmp;
    static ClaimStore store;
    static IsnadServer server;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        store = ClaimStore.open(tmp.resolve("store"), Fixture.REFERENCE);
        store.load(List.of(Fixture.CLAIMS));
        server = new IsnadServer(store, 0).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static long countOverHttp(String endpoint) {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(endpoint).query(COUNT_ALL).build()) {
            QuerySolution row = qe.execSelect().next();
            return row.getLiteral("n").getLong();
        }
    }

    /**
     * One fresh client per request: a refused write may be answered before its body is read, and the
     * server then closes the connection; a pooled connection would carry that over to the next request.
     */
    static int status(HttpRequest req) throws Exception {
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void listensOnLoopbackOnTheRealPort() {
        assertTrue(server.port() > 0, "port 0 was replaced by a free port");
        assertEquals("http://127.0.0.1:" + server.port() + "/isnad/sparql", server.url());
        assertTrue(List.of("localhost", "127.0.0.1").contains(server.boundHost()), server.boundHost());
    }

    @Test
    void answersQueriesOnBothQueryEndpoints() {
        long expected = Fixture.expectedQuads(); // the named graphs and the default graph's event summary
        assertEquals(expected, countOverHttp(server.url()));
        assertEquals(expected, countOverHttp(server.datasetUrl() + "/query"));
    }

    @Test
    void readsAGraphThroughTheReadOnlyGraphStore() throws Exception {
        String graph = URLEncoder.encode(Fixture.A_STRIKE, StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/get?graph=" + graph))
                .header("Accept", "application/n-triples").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("AirDroneStrike"), r.body());
    }

    @Test
    void refusesUpdatesUploadsAndGraphWrites() throws Exception {
        long before = store.quadCount();
        String base = server.datasetUrl();
        String trig = "<https://w3id.org/isnad/id/claim/intruder> { <https://w3id.org/isnad/id/x> "
                + "<https://w3id.org/isnad/ns#p> \"injected\" }";
        String ttl = "<https://w3id.org/isnad/id/x> <https://w3id.org/isnad/ns#p> \"injected\" .";
        String graph = URLEncoder.encode(Fixture.ID + "claim/intruder", StandardCharsets.UTF_8);
        List<HttpRequest> writes = List.of(
                // SPARQL Update at the usual update endpoint
                HttpRequest.newBuilder(URI.create(base + "/update")).header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(INSERT)).build(),
                // SPARQL Update sent as a form to the query endpoint
                HttpRequest.newBuilder(URI.create(base + "/sparql")).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(INSERT, StandardCharsets.UTF_8))).build(),
                // SPARQL Update body posted to the query endpoint
                HttpRequest.newBuilder(URI.create(base + "/sparql")).header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(INSERT)).build(),
                // Graph Store Protocol writes
                HttpRequest.newBuilder(URI.create(base + "/get?graph=" + graph)).header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString(ttl)).build(),
                HttpRequest.newBuilder(URI.create(base + "/get?graph=" + graph)).header("Content-Type", "text/turtle")
                        .POST(HttpRequest.BodyPublishers.ofString(ttl)).build(),
                HttpRequest.newBuilder(URI.create(base + "/get?graph=" + Fixture.A_STRIKE)).DELETE().build(),
                HttpRequest.newBuilder(URI.create(base + "?graph=" + graph)).header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString(ttl)).build(),
                // upload of quads to the dataset itself
                HttpRequest.newBuilder(URI.create(base)).header("Content-Type", "application/trig")
                        .POST(HttpRequest.BodyPublishers.ofString(trig)).build(),
                HttpRequest.newBuilder(URI.create(base + "/upload")).header("Content-Type", "application/trig")
                        .POST(HttpRequest.BodyPublishers.ofString(trig)).build());
        for (HttpRequest w : writes) {
            int code = status(w);
            assertTrue(code >= 400 && code < 500, w.method() + " " + w.uri() + " answered " + code);
        }
        assertEquals(before, store.quadCount(), "the store is unchanged");
        assertEquals(before, countOverHttp(server.url()));
    }
}
