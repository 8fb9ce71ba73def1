package org.isnad.store;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.isnad.cli.ExitCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes: refused by a read-only server whatever the path; with --update, SPARQL Update and Graph Store
 * writes ask for the password (401 without it or with a wrong one) and work with it, while queries and
 * pages stay open.
 */
class ServeWriteAccessTest {

    static final String USER = "editor", PASSWORD = "correct horse battery";
    static final String G = Fixture.ID + "claim/written-by-test";
    static final String INSERT = "INSERT DATA { GRAPH <" + G + "> { <" + Fixture.ID + "x> <" + Fixture.ID + "p> \"via update\" } }";
    static final String TTL = "<" + Fixture.ID + "x> <" + Fixture.ID + "p> \"via gsp\" .";

    @TempDir static Path tmp;
    static ClaimStore store;
    static IsnadServer readOnly, writable;

    @BeforeAll
    static void start() throws Exception {
        store = SeedStore.create(tmp);
        Path users = tmp.resolve("users.txt");
        Files.writeString(users, "# who may write\n" + USER + ": " + PASSWORD + "\n");
        readOnly = new IsnadServer(store, 0).start();
        writable = new IsnadServer(store, new IsnadServer.Options().port(0).update(users)).start();
    }

    @AfterAll
    static void stop() {
        if (readOnly != null) readOnly.stop();
        if (writable != null) writable.stop();
        store.close();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The writes a client can try: SPARQL Update (both ways) and Graph Store PUT, POST and DELETE. */
    static List<HttpRequest.Builder> writes(String dataset) {
        String graph = "?graph=" + URLEncoder.encode(G, StandardCharsets.UTF_8);
        return List.of(
                HttpRequest.newBuilder(URI.create(dataset + "/update")).header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(INSERT)),
                HttpRequest.newBuilder(URI.create(dataset + "/update")).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(INSERT, StandardCharsets.UTF_8))),
                HttpRequest.newBuilder(URI.create(dataset + "/data" + graph)).header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString(TTL)),
                HttpRequest.newBuilder(URI.create(dataset + "/data" + graph)).header("Content-Type", "text/turtle")
                        .POST(HttpRequest.BodyPublishers.ofString(TTL)),
                HttpRequest.newBuilder(URI.create(dataset + "/data" + graph)).DELETE());
    }

    /** One fresh client per request: a refused write may close the connection before its body is read. */
    static HttpResponse<String> send(HttpRequest req) throws Exception {
        HttpClient c = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return c.send(req, HttpResponse.BodyHandlers.ofString());
    }

    static boolean hasGraph() {
        return Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph().containsGraph(NodeFactory.createURI(G)));
    }

    @Test
    void aReadOnlyServerRefusesEveryWriteEvenWithAPassword() throws Exception {
        long before = store.quadCount();
        for (HttpRequest.Builder w : writes(readOnly.datasetUrl())) {
            HttpRequest req = w.timeout(Duration.ofSeconds(20)).header("Authorization", basic(USER, PASSWORD)).build();
            int code = send(req).statusCode();
            assertTrue(code >= 400 && code < 500 && code != 401, req.method() + " " + req.uri() + " answered " + code);
        }
        assertEquals(before, store.quadCount());
    }

    @Test
    void withUpdateAWriteWithoutThePasswordIs401AndChangesNothing() throws Exception {
        long before = store.quadCount();
        for (HttpRequest.Builder w : writes(writable.datasetUrl())) {
            HttpRequest req = w.timeout(Duration.ofSeconds(20)).build();
            HttpResponse<String> r = send(req);
            assertEquals(401, r.statusCode(), req.method() + " " + req.uri());
            assertEquals("Basic realm=\"isnad\"", r.headers().firstValue("WWW-Authenticate").orElse(null));
        }
        HttpRequest wrong = writes(writable.datasetUrl()).get(0).timeout(Duration.ofSeconds(20))
                .header("Authorization", basic(USER, "wrong")).build();
        assertEquals(401, send(wrong).statusCode());
        assertEquals(before, store.quadCount());
    }

    @Test
    void withUpdateAndThePasswordWritesSucceed() throws Exception {
        List<HttpRequest.Builder> w = writes(writable.datasetUrl());
        String auth = basic(USER, PASSWORD);
        int update = send(w.get(0).timeout(Duration.ofSeconds(20)).header("Authorization", auth).build()).statusCode();
        assertTrue(update == 200 || update == 204, "SPARQL Update answered " + update);
        assertTrue(hasGraph(), "the update wrote the graph");
        int put = send(w.get(2).timeout(Duration.ofSeconds(20)).header("Authorization", auth).build()).statusCode();
        assertTrue(put == 200 || put == 201 || put == 204, "GSP PUT answered " + put);
        HttpResponse<String> read = SeedStore.get(writable.datasetUrl() + "/get?graph="
                + URLEncoder.encode(G, StandardCharsets.UTF_8), "application/n-triples");
        assertTrue(read.body().contains("via gsp") && !read.body().contains("via update"), "PUT replaced the graph: " + read.body());
        int delete = send(w.get(4).timeout(Duration.ofSeconds(20)).header("Authorization", auth).build()).statusCode();
        assertTrue(delete == 200 || delete == 204, "GSP DELETE answered " + delete);
        assertFalse(hasGraph(), "DELETE removed the graph");
    }

    @Test
    void withUpdateQueriesPagesAndTheUiNeedNoPassword() throws Exception {
        HttpResponse<String> q = SeedStore.get(writable.url() + "?query="
                + URLEncoder.encode("ASK { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8), "application/sparql-results+json");
        assertEquals(200, q.statusCode());
        assertEquals(200, SeedStore.get(writable.pageUrl(SeedStore.PLACE), "text/turtle").statusCode());
        assertEquals(200, SeedStore.get(writable.rootUrl() + "/", "text/html").statusCode());
    }

    @Test
    void updateWithoutAPasswordFileIsAUsageError() {
        Path s = store.directory();
        StoreCliTest.Run r = StoreCliTest.isnad("serve", "--store", s.toString(), "--port", "0", "--update");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--password-file"), r.err());
        // a store path of its own: the password file is checked before any store is opened
        StoreCliTest.Run missing = StoreCliTest.isnad("serve", "--store", tmp.resolve("other").toString(), "--port", "0", "--update",
                "--password-file", tmp.resolve("nowhere.txt").toString());
        assertEquals(ExitCodes.BAD_INPUT, missing.code());
        assertTrue(missing.err().contains("nowhere.txt"), missing.err());
    }
}
