package org.isnad.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server makes no request of its own: SERVICE (in a query or in an update's WHERE), LOAD of a URL or a
 * file, and FROM / FROM NAMED of a URL or a file are refused with 400 and a reason, and a listener on this
 * machine standing in for "elsewhere" sees no connection.
 */
class OutboundRequestTest {

    static final String USER = "editor", PASSWORD = "correct horse battery";

    @TempDir static Path tmp;
    static ClaimStore store;
    static IsnadServer server;
    static Path localFile;
    static ServerSocket listener;
    static final AtomicInteger connections = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        store = SeedStore.create(tmp);
        server = SeedStore.serveWithEditor(store, tmp, USER, PASSWORD);
        localFile = tmp.resolve("elsewhere.ttl");
        Files.writeString(localFile, "<" + Fixture.ID + "from-a-file> <" + Fixture.ID + "p> \"read from disk\" .\n");
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(OutboundRequestTest::accept, "outbound-listener");
        t.setDaemon(true);
        t.start();
    }

    /** Counts connections and answers each with an empty 200, so a request that got through would succeed. */
    private static void accept() {
        while (!listener.isClosed()) {
            try (Socket s = listener.accept()) {
                connections.incrementAndGet();
                s.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                // closed at the end of the tests
            }
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) server.stop();
        listener.close();
        store.close();
    }

    long quadsBefore;

    @BeforeEach
    void reset() {
        connections.set(0);
        quadsBefore = store.quadCount();
    }

    @AfterEach
    void nothingWentOut() {
        assertEquals(0, connections.get(), "the server connected to the listener");
        assertEquals(quadsBefore, store.quadCount(), "the store changed");
    }

    static String elsewhere() {
        return "http://127.0.0.1:" + listener.getLocalPort() + "/sparql";
    }

    static String fileUrl() {
        return localFile.toUri().toString();
    }

    static HttpResponse<String> query(String q) throws Exception {
        return SeedStore.get(server.url() + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                "application/sparql-results+json");
    }

    static HttpResponse<String> update(String u) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update")).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", ServeWriteAccessTest.basic(USER, PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(u)).build();
        return ServeWriteAccessTest.send(req);
    }

    static void assertRefused(HttpResponse<String> r, String why) {
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains(why), "the reason names " + why + ": " + r.body());
    }

    @Test
    void aQueryWithServiceIsRefused() throws Exception {
        assertRefused(query("SELECT * { SERVICE <" + elsewhere() + "> { ?s ?p ?o } }"), "SERVICE");
        assertRefused(query("SELECT * { SERVICE SILENT <" + elsewhere() + "> { ?s ?p ?o } }"), "SERVICE");
        // hidden where a walk of the patterns alone would not look: inside FILTER EXISTS
        assertRefused(query("SELECT * { GRAPH ?g { ?s ?p ?o } FILTER EXISTS { SERVICE <" + elsewhere() + "> { ?s ?p ?o } } } LIMIT 1"),
                "SERVICE");
    }

    @Test
    void anUpdateWithServiceInItsWhereIsRefused() throws Exception {
        assertRefused(update("INSERT { GRAPH <" + Fixture.ID + "claim/x> { ?s ?p ?o } } WHERE { SERVICE <" + elsewhere()
                + "> { ?s ?p ?o } }"), "SERVICE");
    }

    @Test
    void loadOfAUrlOrAFileIsRefused() throws Exception {
        assertRefused(update("LOAD <" + elsewhere() + ">"), "LOAD");
        assertRefused(update("LOAD SILENT <" + elsewhere() + "> INTO GRAPH <" + Fixture.ID + "claim/x>"), "LOAD");
        assertRefused(update("LOAD <" + fileUrl() + ">"), "LOAD");
    }

    @Test
    void fromOfAUrlOrAFileIsRefused() throws Exception {
        assertRefused(query("SELECT * FROM <" + elsewhere() + "> { ?s ?p ?o }"), "FROM");
        assertRefused(query("SELECT * FROM NAMED <" + elsewhere() + "> { GRAPH ?g { ?s ?p ?o } }"), "FROM");
        assertRefused(query("SELECT * FROM <" + fileUrl() + "> { ?s ?p ?o }"), "FROM");
        // the protocol's own way to say FROM
        HttpResponse<String> r = SeedStore.get(server.url() + "?query=" + URLEncoder.encode("SELECT * { ?s ?p ?o }", StandardCharsets.UTF_8)
                + "&default-graph-uri=" + URLEncoder.encode(fileUrl(), StandardCharsets.UTF_8), "application/sparql-results+json");
        assertRefused(r, "default-graph-uri");
    }

    @Test
    void fromOfAGraphOfTheStoreStillWorks() throws Exception {
        String claim = SeedStore.strike(store).claim();
        HttpResponse<String> r = query("SELECT (COUNT(*) AS ?n) FROM <" + claim + "> { ?s ?p ?o }");
        assertEquals(200, r.statusCode(), r.body());
        assertFalse(r.body().contains("\"value\": \"0\""), r.body());
    }

    static HttpResponse<String> put(String contentType, String body) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/data?graph="
                        + URLEncoder.encode(Fixture.ID + "claim/x", StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(20))
                .header("Content-Type", contentType).header("Authorization", ServeWriteAccessTest.basic(USER, PASSWORD))
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
        return ServeWriteAccessTest.send(req);
    }

    @Test
    void uploadedDataCannotMakeTheServerFetchEither() throws Exception {
        // a JSON-LD context by URL, an XML external entity: both would be read from elsewhere by a naive parser
        HttpResponse<String> jsonld = put("application/ld+json", "{\"@context\": \"" + elsewhere() + "\", \"@id\": \""
                + Fixture.ID + "x\", \"p\": \"v\"}");
        assertEquals(415, jsonld.statusCode(), jsonld.body());
        assertTrue(jsonld.body().contains("JSON-LD"), jsonld.body());
        HttpResponse<String> xml = put("application/rdf+xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [<!ENTITY e SYSTEM \""
                + elsewhere() + "\">]>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"" + Fixture.ID
                + "\"><rdf:Description rdf:about=\"" + Fixture.ID + "x\"><ex:p>&e;</ex:p></rdf:Description></rdf:RDF>");
        // Jena's XML parser does not resolve external entities: the upload may succeed, but reads nothing from elsewhere
        if (xml.statusCode() / 100 == 2)
            ServeWriteAccessTest.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/data?graph="
                    + URLEncoder.encode(Fixture.ID + "claim/x", StandardCharsets.UTF_8)))
                    .header("Authorization", ServeWriteAccessTest.basic(USER, PASSWORD)).DELETE().build());
    }
}
