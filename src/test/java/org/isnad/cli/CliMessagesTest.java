package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.isnad.cli.IsnadProcess.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line says when it is used wrongly, and how much it logs. */
class CliMessagesTest {

    @TempDir Path dir;

    @Test
    void aDateInAnotherFormNamesTheExpectedOne() {
        Run r = IsnadProcess.inProcess("convert", "--published", "24/08/2022", OutputPathsTest.EXAMPLE);
        assertEquals(ExitCodes.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("'24/08/2022' is not a date in the form YYYY-MM-DD"), r.err());
        assertFalse(r.err().contains("DateTimeParseException"), r.err());
    }

    @Test
    void aFailedConversionPrintsNothingToStandardOutput() throws Exception {
        for (String format : new String[] {"trig", "json", "csv"}) {
            Path out = dir.resolve("out-" + format), err = dir.resolve("err-" + format);
            Process p = IsnadProcess.child("convert", "--format", format, dir.resolve("nosuch.txt"))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(ExitCodes.BAD_INPUT, p.exitValue(), Files.readString(err));
            assertEquals("", Files.readString(out), format + ": nothing converted, nothing printed");
            assertTrue(Files.readString(err).contains("nosuch.txt: no such file"), Files.readString(err));
        }
    }

    @Test
    void formatNamesAreCaseInsensitive() {
        Path out = dir.resolve("c.nq");
        Run r = IsnadProcess.inProcess("convert", "--format", "NQ", "-o", out, OutputPathsTest.EXAMPLE);
        assertEquals(ExitCodes.OK, r.exit(), r::toString);
        assertTrue(out.toFile().length() > 0);
    }

    @Test
    void aMistypedCommandGetsDidYouMean() {
        Run r = IsnadProcess.inProcess("conver", "x.txt");
        assertEquals(ExitCodes.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("Did you mean") && r.err().contains("isnad convert"), r.err());
    }

    @Test
    void aQueryOverTimeStopsWithAClearMessage() throws Exception {
        Path trig = dir.resolve("c.trig"), store = dir.resolve("store"), rq = dir.resolve("slow.rq");
        assertEquals(0, IsnadProcess.inProcess("convert", "-o", trig, OutputPathsTest.EXAMPLE).exit());
        assertEquals(0, IsnadProcess.inProcess("load", "--store", store, trig).exit());
        // every triple of the reference data against every other, three times over: hours, not seconds
        Files.writeString(rq, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a ?b ?c } GRAPH ?h { ?d ?e ?f } GRAPH ?i { ?x ?y ?z } }");
        long start = System.nanoTime();
        Run r = IsnadProcess.inProcess("query", "--store", store, "--timeout", "1", rq);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("stopped after --timeout 1 s"), r.err());
        assertEquals("", r.out());
        assertTrue(seconds < 30, "stopped after " + seconds + " s");
        Run quick = IsnadProcess.inProcess("query", "--store", store, "--timeout", "60", ask(rq));
        assertEquals(ExitCodes.OK, quick.exit(), quick::toString);
    }

    private static Path ask(Path rq) throws Exception {
        Path ask = rq.resolveSibling("ask.rq");
        Files.writeString(ask, "ASK { GRAPH ?g { ?s ?p ?o } }");
        return ask;
    }

    @Test
    void quietAndVerboseSetHowMuchTheServerLogs() throws Exception {
        Path trig = dir.resolve("c.trig"), store = dir.resolve("store");
        assertEquals(0, IsnadProcess.inProcess("convert", "-o", trig, OutputPathsTest.EXAMPLE).exit());
        assertEquals(0, IsnadProcess.inProcess("load", "--store", store, trig).exit());
        String quiet = serveOneRequest(store, "--quiet");
        assertFalse(quiet.contains("Fuseki"), "--quiet: no request log\n" + quiet);
        String verbose = serveOneRequest(store, "--verbose");
        assertTrue(verbose.contains("INFO Fuseki - [1] GET"), "--verbose: the request log\n" + verbose);
        assertTrue(verbose.contains("jetty-"), "--verbose: Jetty's info lines\n" + verbose);
    }

    /** Starts a server with {@code option}, sends it one query, stops it; returns what it logged. */
    private String serveOneRequest(Path store, String option) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path log = dir.resolve("serve" + option + ".log");
        Process server = IsnadProcess.child(option, "serve", "--store", store, "--port", port)
                .redirectError(log.toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("SPARQL endpoint")) { /* starting */ }
            assertNotNull(line, "the server did not start: " + Files.readString(log));
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/isnad/sparql?query=ASK%7B%7D")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
        return Files.readString(log);
    }
}
