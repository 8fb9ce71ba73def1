package org.isnad.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Query it from Python / R / the browser" examples, as the HTTP requests those clients make:
 * same endpoint, same query, same parameters, same Accept header. Python and R are not run here (no
 * packages offline); what they send is what is tested. Keep {@link #QUERY} and the README in step.
 */
class QueryExamplesTest {

    /** The example query of the README, character for character. */
    static final String QUERY = """
            PREFIX isnad: <https://w3id.org/isnad/ns#>
            PREFIX rdfs:  <http://www.w3.org/2000/01/rdf-schema#>
            # air and drone strikes, and who says so
            SELECT ?date ?report ?outlet ?claim WHERE {
              GRAPH ?claim { ?event a isnad:AirDroneStrike }
              GRAPH ?provenance {
                ?claim isnad:reportedBy ?r ; isnad:outlet ?o ; isnad:reportedOn ?date .
                ?r rdfs:label ?report .
              }
              GRAPH <https://w3id.org/isnad/id/graph/reference> {
                ?o rdfs:label ?outlet FILTER(lang(?outlet) = "en")
              }
            }
            ORDER BY ?date
            """;

    @TempDir static Path tmp;
    static ClaimStore store;
    static IsnadServer server;
    static String endpoint;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        store = ClaimStore.open(tmp.resolve("store"), Fixture.REFERENCE);
        store.load(List.of(Fixture.CLAIMS));
        server = new IsnadServer(store, 0).start();
        endpoint = server.url(); // http://127.0.0.1:PORT/isnad/sparql, as in the README with port 3030
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static HttpResponse<byte[]> get(String query, String accept, String... extraParams) throws Exception {
        StringBuilder url = new StringBuilder(endpoint).append("?query=").append(enc(query));
        for (int i = 0; i < extraParams.length; i += 2)
            url.append('&').append(extraParams[i]).append('=').append(enc(extraParams[i + 1]));
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url.toString()))
                .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        return r;
    }

    /** The rows of the example query over the fixture: two air strikes, each with who says so. */
    static void assertTheTwoStrikes(ResultSet rs) {
        List<String> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            rows.add(s.getLiteral("date").getLexicalForm() + " | " + s.getLiteral("report").getLexicalForm()
                    + " | " + s.getLiteral("outlet").getLexicalForm() + " | " + s.getResource("claim").getURI());
        }
        assertEquals(List.of(
                "2022-08-24 | CENTCOM statement | SY24 | " + Fixture.A_STRIKE,
                "2022-09-02 | Furat Post reporting | Furat Post | " + Fixture.B_STRIKE), rows);
    }

    @Test
    void pythonSparqlWrapperWithJson() throws Exception {
        // SPARQLWrapper(endpoint); setReturnFormat(JSON): GET, the format named three ways, and this Accept
        HttpResponse<byte[]> r = get(QUERY,
                "application/sparql-results+json,application/json,text/javascript,application/javascript",
                "format", "json", "output", "json", "results", "json");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").contains("json"), r.headers().toString());
        assertTheTwoStrikes(ResultSetMgr.read(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON));
    }

    @Test
    void pythonRdflibSparqlStore() throws Exception {
        // rdflib's SPARQLStore(endpoint).query(q): GET with the query alone, results as SPARQL XML
        HttpResponse<byte[]> r = get(QUERY, "application/sparql-results+xml, application/rdf+xml");
        assertTheTwoStrikes(ResultSetMgr.read(new ByteArrayInputStream(r.body()), ResultSetLang.RS_XML));
    }

    @Test
    void rHttrAsCsv() throws Exception {
        // httr::GET(endpoint, query = list(query = q), accept("text/csv")), then read.csv
        HttpResponse<byte[]> r = get(QUERY, "text/csv");
        List<String> lines = new String(r.body(), StandardCharsets.UTF_8).lines().toList();
        assertEquals("date,report,outlet,claim", lines.get(0));
        assertEquals(List.of(
                "2022-08-24,CENTCOM statement,SY24," + Fixture.A_STRIKE,
                "2022-09-02,Furat Post reporting,Furat Post," + Fixture.B_STRIKE), lines.subList(1, lines.size()));
    }

    @Test
    void rSparqlPackage() throws Exception {
        // SPARQL::SPARQL(endpoint, q): GET with the query, asking for SPARQL XML
        HttpResponse<byte[]> r = get(QUERY, "application/sparql-results+xml");
        assertTheTwoStrikes(ResultSetMgr.read(new ByteArrayInputStream(r.body()), ResultSetLang.RS_XML));
    }

    @Test
    void curlWithAQueryFileGetAndPost() throws Exception {
        String claimsByReporter = Files.readString(Path.of("queries/claims-by-reporter.rq"), StandardCharsets.UTF_8);
        // curl -G ENDPOINT --data-urlencode query@queries/claims-by-reporter.rq -H 'Accept: text/csv'
        HttpResponse<byte[]> csv = get(claimsByReporter, "text/csv");
        List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).contains("reportLabel") && lines.get(0).contains("claim"), lines.get(0));
        assertEquals(1 + 5, lines.size(), "header and one row per claim: " + lines);

        // curl ENDPOINT --data-urlencode query@... -H 'Accept: application/sparql-results+json' (a POSTed form)
        HttpResponse<byte[]> post = http.send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(QUERY))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, post.statusCode());
        assertTheTwoStrikes(ResultSetMgr.read(new ByteArrayInputStream(post.body()), ResultSetLang.RS_JSON));
    }

    @Test
    void browserAddressBarAndFetch() throws Exception {
        // a link pasted into the address bar: the browser's own Accept header
        HttpResponse<byte[]> page = get(QUERY, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        String body = new String(page.body(), StandardCharsets.UTF_8);
        assertTrue(body.contains("Furat Post reporting") && body.contains(Fixture.A_STRIKE), body);

        // fetch(endpoint + '?query=' + encodeURIComponent(q), {headers: {Accept: 'application/sparql-results+json'}})
        HttpResponse<byte[]> js = get(QUERY, "application/sparql-results+json");
        assertTheTwoStrikes(ResultSetMgr.read(new ByteArrayInputStream(js.body()), ResultSetLang.RS_JSON));
    }
}
