package org.isnad.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.isnad.cli.ExitCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --max-response-bytes: an answer within the row cap but over the byte cap is cut off with a clear error,
 * not streamed whole; smaller answers are untouched.
 */
class ResponseSizeLimitTest {
    static final String ALL = "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }";
    // Fuseki buffers 5 MB of a response before sending any: LARGER is past that
    static final long SMALL = 4_000, LARGER = 6_000_000;
    static final String HUGE = "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } GRAPH ?h { ?x ?y ?z } } LIMIT 50000";

    @TempDir static Path tmp;
    static ClaimStore store;
    static IsnadServer small, larger;

    @BeforeAll
    static void start() throws Exception {
        store = SeedStore.create(tmp);
        small = new IsnadServer(store, new IsnadServer.Options().port(0).maxResponseBytes(SMALL)).start();
        larger = new IsnadServer(store, new IsnadServer.Options().port(0).maxResponseBytes(LARGER)).start();
    }

    @AfterAll
    static void stop() {
        if (small != null) small.stop();
        if (larger != null) larger.stop();
        store.close();
    }

    static String queryUrl(IsnadServer s, String q) {
        return s.url() + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    @Test
    void anAnswerOverTheCapBeforeAnythingWentOutIsAClearError() throws Exception {
        HttpResponse<String> r = SeedStore.get(queryUrl(small, ALL), "application/sparql-results+json");
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("--max-response-bytes") && r.body().contains("" + SMALL), r.body());
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
        HttpResponse<String> ok = SeedStore.get(queryUrl(small, "ASK { GRAPH ?g { ?s ?p ?o } }"), "application/sparql-results+json");
        assertEquals(200, ok.statusCode());
        HttpResponse<String> graph = SeedStore.get(small.datasetUrl() + "/get?graph="
                + URLEncoder.encode(Fixture.ID + "graph/reference", StandardCharsets.UTF_8), "application/n-triples");
        assertEquals(422, graph.statusCode(), "graph reads are capped too");
    }

    @Test
    void anAnswerThatOutgrowsTheCapMidwayIsCutOffNotCompleted() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(queryUrl(larger, HUGE))).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/sparql-results+json").GET().build();
        HttpResponse<InputStream> r = SeedStore.HTTP.send(req, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode(), "the first part had gone out");
        byte[] buf = new byte[8192];
        long read = 0;
        boolean cut = false;
        StringBuilder tail = new StringBuilder();
        try (InputStream in = r.body()) {
            for (int n; (n = in.read(buf)) > 0; ) {
                read += n;
                tail.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
                if (tail.length() > 4096) tail.delete(0, tail.length() - 4096);
            }
        } catch (IOException e) {
            cut = true;
        }
        assertTrue(read <= LARGER + 1_000, "at most the cap and the last line went out: " + read);
        assertTrue(cut || tail.toString().contains("--max-response-bytes"),
                "the client can tell the answer is incomplete; it ends: " + tail);
    }

    @Test
    void aNegativeCapIsAUsageError() {
        StoreCliTest.Run r = StoreCliTest.isnad("serve", "--store", tmp.resolve("nowhere").toString(), "--max-response-bytes", "-1");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--max-response-bytes"), r.err());
    }
}
