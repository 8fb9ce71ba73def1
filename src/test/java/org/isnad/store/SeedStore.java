package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.isnad.cli.IsnadCommand;
import picocli.CommandLine;

/**
 * The seed article converted in-process by {@code isnad convert} and loaded with the reference data from
 * {@code ontology/}: what {@code isnad serve} serves in the demo. Shared by the server tests.
 */
final class SeedStore {
    private SeedStore() {}

    static final Path ARTICLE = Path.of("examples/sy24-deir-ez-zor-strikes.txt");
    static final String PLACE = Fixture.ID + "place/deir-ez-zor";

    /** Converts the seed into {@code dir/seed.trig} and loads it into a new store in {@code dir/store}. */
    static ClaimStore create(Path dir) throws Exception {
        return create(dir, List.of());
    }

    /** A heldout article whose drone strike killed two and wounded one: casualty claims for the pages. */
    static final Path CASUALTIES = Path.of("src/test/resources/heldout/3001-sy24-turkish-drone-qamishli.txt");

    /** As {@link #create(Path)}, with {@code more} articles converted along with the seed. */
    static ClaimStore create(Path dir, List<Path> more) throws Exception {
        Path trig = dir.resolve("seed.trig");
        StringWriter err = new StringWriter();
        CommandLine cl = IsnadCommand.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        List<String> args = new java.util.ArrayList<>(List.of("convert", "-o", trig.toString(), ARTICLE.toString()));
        more.forEach(a -> args.add(a.toString()));
        int code = cl.execute(args.toArray(String[]::new));
        assertEquals(0, code, err.toString());
        ClaimStore store = ClaimStore.open(dir.resolve("store"), Path.of("ontology"));
        store.load(List.of(trig));
        return store;
    }

    /** The seed's CENTCOM air strike in Deir ez-Zor (E1 of the gold reading): its IRI and evidence. */
    record Strike(String event, String claim, List<String> evidence) {}

    static Strike strike(ClaimStore store) {
        List<Map<String, String>> rows = Fixture.select(store, """
                PREFIX isnad: <https://w3id.org/isnad/ns#>
                PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                SELECT ?e ?c ?x WHERE {
                  GRAPH ?c { ?e a isnad:AirDroneStrike ; sem:hasPlace <%s> }
                  GRAPH ?p { ?c isnad:asserts ?e ; isnad:evidence ?ev . ?ev oa:start ?start ; oa:exact ?x }
                  FILTER CONTAINS(?x, "بتوجيه من الرئيس جو بايدن")
                } ORDER BY ?e ?start""".formatted(PLACE));
        if (rows.isEmpty()) throw new AssertionError("the seed has no CENTCOM strike in Deir ez-Zor");
        return new Strike(rows.get(0).get("e"), rows.get(0).get("c"), rows.stream().map(r -> r.get("x")).toList());
    }

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static HttpResponse<String> get(String url, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET();
        if (accept != null) b.header("Accept", accept);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A server on an ephemeral loopback port that lets one editor write, with a users file in {@code dir}. */
    static IsnadServer serveWithEditor(ClaimStore store, Path dir, String user, String password) throws Exception {
        Path users = dir.resolve("users.txt");
        Files.writeString(users, user + ": " + password + "\n");
        return new IsnadServer(store, new IsnadServer.Options().port(0).update(users)).start();
    }
}
