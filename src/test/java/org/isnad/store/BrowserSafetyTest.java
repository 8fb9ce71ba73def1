package org.isnad.store;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a browser may do with the server. Queries, pages and graph reads are open to scripts on any origin
 * (CORS {@code *}, never with credentials). Writes send no CORS headers, refuse the content types an HTML
 * form can post, and refuse a request whose Origin is not the server's own, even with the password.
 * Every response says nosniff and no framing; pages carry a Content-Security-Policy without inline script.
 */
class BrowserSafetyTest {

    static final String USER = "editor", PASSWORD = "correct horse battery";
    static final String EVIL = "https://evil.example";
    static final String G = Fixture.ID + "claim/written-by-browser-test";
    static final String INSERT = "INSERT DATA { GRAPH <" + G + "> { <" + Fixture.ID + "x> <" + Fixture.ID + "p> \"csrf\" } }";

    @TempDir static Path tmp;
    static ClaimStore store;
    static IsnadServer server;

    @BeforeAll
    static void start() throws Exception {
        store = SeedStore.create(tmp);
        server = SeedStore.serveWithEditor(store, tmp, USER, PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        store.close();
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return ServeWriteAccessTest.send(b.timeout(Duration.ofSeconds(20)).build());
    }

    static HttpRequest.Builder update(String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update")).header("Content-Type", contentType)
                .header("Authorization", ServeWriteAccessTest.basic(USER, PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    static HttpRequest.Builder put(String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/data?graph=" + URLEncoder.encode(G, StandardCharsets.UTF_8)))
                .header("Content-Type", contentType).header("Authorization", ServeWriteAccessTest.basic(USER, PASSWORD))
                .PUT(HttpRequest.BodyPublishers.ofString("<" + Fixture.ID + "x> <" + Fixture.ID + "p> \"csrf\" ."));
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    static void assertNoCors(HttpResponse<?> r) {
        assertTrue(r.headers().map().keySet().stream().noneMatch(h -> h.toLowerCase().startsWith("access-control-")),
                "no CORS header on a write path: " + r.headers().map());
    }

    @Test
    void readPathsAreOpenToEveryOriginWithoutCredentials() throws Exception {
        HttpResponse<String> pre = send(HttpRequest.newBuilder(URI.create(server.url()))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:8888").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type"));
        assertEquals("*", header(pre, "Access-Control-Allow-Origin"));
        assertNull(header(pre, "Access-Control-Allow-Credentials"));
        assertTrue(header(pre, "Access-Control-Allow-Methods").contains("POST"), pre.headers().map().toString());
        for (String url : List.of(server.url() + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8),
                server.pageUrl(SeedStore.PLACE), server.datasetUrl() + "/get?graph=" + URLEncoder.encode(Fixture.ID + "graph/reference", StandardCharsets.UTF_8))) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url)).header("Origin", EVIL).header("Accept", "text/turtle, */*"));
            assertEquals(200, r.statusCode(), url);
            assertEquals("*", header(r, "Access-Control-Allow-Origin"), url);
            assertNull(header(r, "Access-Control-Allow-Credentials"), url);
        }
    }

    @Test
    void aWriteFromAForeignOriginIsRefusedEvenWithThePassword() throws Exception {
        long before = store.quadCount();
        for (HttpRequest.Builder w : List.of(update("application/sparql-update", INSERT), put("text/turtle", null))) {
            HttpResponse<String> r = send(w.header("Origin", EVIL));
            assertEquals(403, r.statusCode(), r.body());
            assertTrue(r.body().contains("Origin"), r.body());
            assertNoCors(r);
        }
        for (String path : List.of("/update", "/data")) {
            HttpResponse<String> pre = send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + path))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", EVIL).header("Access-Control-Request-Method", "POST"));
            assertNoCors(pre);
        }
        // nor through the dataset URL itself, where Fuseki might pick the operation from the content type
        HttpResponse<String> viaDataset = send(HttpRequest.newBuilder(URI.create(server.datasetUrl()))
                .header("Content-Type", "application/sparql-update").header("Origin", EVIL)
                .header("Authorization", ServeWriteAccessTest.basic(USER, PASSWORD)).POST(HttpRequest.BodyPublishers.ofString(INSERT)));
        assertTrue(viaDataset.statusCode() >= 400, viaDataset.statusCode() + " " + viaDataset.body());
        assertEquals(before, store.quadCount());
    }

    @Test
    void whatAnHtmlFormCanPostCannotWrite() throws Exception {
        long before = store.quadCount();
        String form = "update=" + URLEncoder.encode(INSERT, StandardCharsets.UTF_8);
        List<HttpRequest.Builder> forms = List.of(
                update("application/x-www-form-urlencoded", form),
                update("multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"update\"\r\n\r\n"
                        + INSERT + "\r\n--xyz--\r\n"),
                update("text/plain", INSERT),
                put("text/plain", null),
                put("application/x-www-form-urlencoded", null));
        for (HttpRequest.Builder w : forms) {
            HttpResponse<String> r = send(w);
            assertEquals(415, r.statusCode(), r.body());
            assertNoCors(r);
        }
        assertEquals(before, store.quadCount());
    }

    @Test
    void writesFromTheServersOwnOriginOrWithoutOriginWork() throws Exception {
        HttpResponse<String> same = send(update("application/sparql-update", INSERT).header("Origin", server.rootUrl()));
        assertEquals(204, same.statusCode(), same.body());
        assertNoCors(same);
        HttpResponse<String> gsp = send(put("text/turtle; charset=utf-8", null));
        assertTrue(gsp.statusCode() / 100 == 2, gsp.statusCode() + " " + gsp.body());
        HttpResponse<String> delete = send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/data?graph="
                + URLEncoder.encode(G, StandardCharsets.UTF_8))).header("Authorization", ServeWriteAccessTest.basic(USER, PASSWORD)).DELETE());
        assertTrue(delete.statusCode() / 100 == 2, delete.statusCode() + " " + delete.body());
    }

    @Test
    void responsesSayNosniffAndNoFramingAndPagesForbidInlineScript() throws Exception {
        HttpResponse<String> page = SeedStore.get(server.pageUrl(SeedStore.PLACE), "text/html");
        assertEquals(200, page.statusCode());
        assertEquals("nosniff", header(page, "X-Content-Type-Options"));
        assertEquals("DENY", header(page, "X-Frame-Options"));
        String csp = header(page, "Content-Security-Policy");
        assertNotNull(csp, "a page has a Content-Security-Policy");
        for (String d : List.of("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'"))
            assertTrue(csp.contains(d), d + " in " + csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
        HttpResponse<String> q = SeedStore.get(server.url() + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals("nosniff", header(q, "X-Content-Type-Options"));
        assertEquals("DENY", header(q, "X-Frame-Options"));
    }
}
