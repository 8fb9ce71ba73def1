package org.isnad.store;

import org.isnad.BadInputException;
import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.isnad.cli.ExitCodes;
import org.isnad.cli.IsnadCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** isnad load, query and serve as a user runs them. */
class StoreCliTest {

    @TempDir Path tmp;

    record Run(int code, String out, String err) {}

    static Run isnad(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = IsnadCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    Path loadedStore() {
        Path store = tmp.resolve("store");
        Run r = isnad("load", "--store", store.toString(), "--reference", Fixture.REFERENCE.toString(),
                Fixture.CLAIMS.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        return store;
    }

    @Test
    void loadReportsFilesQuadsAndClaims() {
        Path store = tmp.resolve("store");
        String[] args = {"load", "--store", store.toString(), "--reference", Fixture.REFERENCE.toString(),
                Fixture.CLAIMS.toString()};
        Run r = isnad(args);
        assertEquals(ExitCodes.OK, r.code(), r.err());
        long total = Fixture.expectedQuads();
        assertTrue(r.out().contains(Fixture.CLAIMS.toString()), r.out());
        assertTrue(r.out().contains("Total quads: " + total), r.out());
        assertTrue(r.out().contains("Claims:      5"), r.out());

        Run again = isnad(args);
        assertTrue(again.out().contains("Quads added: 0"), again.out());
        assertTrue(again.out().contains("Total quads: " + total), again.out());
    }

    @Test
    void loadOfAMissingFileExits3NamingItAndCreatesNoStore() {
        Path store = tmp.resolve("store");
        Path missing = tmp.resolve("nowhere/claims.trig");
        Run r = isnad("load", "--store", store.toString(), Fixture.CLAIMS.toString(), missing.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains(missing.toString()), r.err());
        assertFalse(Files.exists(store));
    }

    @Test
    void loadOfABrokenFileExits3NamingItAndLoadsNothing() {
        Path store = loadedStore();
        long before;
        try (ClaimStore cs = ClaimStore.openExisting(store)) { before = cs.quadCount(); }
        catch (BadInputException e) { throw new AssertionError(e); }
        Run r = isnad("load", "--store", store.toString(), "--reference", Fixture.REFERENCE.toString(),
                Fixture.BAD.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("bad.trig") && r.err().contains("nothing loaded"), r.err());
        try (ClaimStore cs = ClaimStore.openExisting(store)) { assertEquals(before, cs.quadCount()); }
        catch (BadInputException e) { throw new AssertionError(e); }
    }

    @Test
    void queryPrintsATable() {
        Path store = loadedStore();
        Run r = isnad("query", "--store", store.toString(), "queries/events-by-type-and-place.rq");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        String header = r.out().lines().filter(l -> l.startsWith("|")).findFirst().orElseThrow();
        assertTrue(header.matches("\\|\\s*typeLabel\\s*\\|\\s*placeLabel\\s*\\|\\s*events\\s*\\|.*"), header);
        assertTrue(r.out().contains("\"Air/drone strike\"@en"), r.out());
        assertTrue(r.out().contains("\"al-Omar oil field\"@en"), r.out());
    }

    @Test
    void queryPrintsCsv() {
        Path store = loadedStore();
        Run r = isnad("query", "--store", store.toString(), "--format", "csv", "queries/centcom-august-2022.rq");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        var lines = r.out().lines().toList();
        assertEquals("reportedOn,claimKind,what,eventBegin,relayedBy,url,evidence,claim,outlet", lines.get(0));
        assertEquals(3, lines.size(), "header and two claims: " + r.out());
        assertTrue(lines.get(1).startsWith("2022-08-24,EventClaim,Air/drone strike,2022-08-23,SY24,"), lines.get(1));
    }

    @Test
    void queryWritesJsonForSelectAndAskAndTurtleForConstruct() throws Exception {
        Path store = loadedStore();
        Run json = isnad("query", "--store", store.toString(), "--format", "json", "queries/statements-by-speaker.rq");
        assertEquals(ExitCodes.OK, json.code(), json.err());
        assertTrue(json.out().contains("\"vars\"") && json.out().contains("\"speakerLabel\""), json.out());

        Path ask = tmp.resolve("ask.rq");
        Files.writeString(ask, "ASK { GRAPH ?g { ?e a <https://w3id.org/isnad/ns#AirDroneStrike> } }");
        Run yes = isnad("query", "--store", store.toString(), "--format", "json", ask.toString());
        assertTrue(yes.out().contains("\"boolean\" : true"), yes.out());

        Path construct = tmp.resolve("construct.rq");
        Files.writeString(construct, "CONSTRUCT { ?c <https://w3id.org/isnad/ns#reportedBy> ?r } "
                + "WHERE { GRAPH ?p { ?c <https://w3id.org/isnad/ns#reportedBy> ?r } }");
        Run ttl = isnad("query", "--store", store.toString(), construct.toString());
        assertEquals(ExitCodes.OK, ttl.code(), ttl.err());
        org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(ttl.out(), org.apache.jena.riot.Lang.TURTLE).parse(m);
        assertEquals(5, m.size(), "one reportedBy per claim");
    }

    @Test
    void queryOfABrokenQueryFileExits3NamingTheFileAndTheError() throws Exception {
        Path store = loadedStore();
        Path bad = tmp.resolve("broken.rq");
        Files.writeString(bad, "SELECT ?s WHERE { ?s ?p \n");
        Run r = isnad("query", "--store", store.toString(), bad.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("broken.rq") && r.err().contains("line"), r.err());

        Run missing = isnad("query", "--store", store.toString(), tmp.resolve("none.rq").toString());
        assertEquals(ExitCodes.BAD_INPUT, missing.code());
        assertTrue(missing.err().contains("none.rq"), missing.err());
    }

    @Test
    void queryAndServeRefuseAMissingOrEmptyStore() throws Exception {
        Path absent = tmp.resolve("absent");
        Run q = isnad("query", "--store", absent.toString(), "queries/provenance-chain.rq");
        assertEquals(ExitCodes.BAD_INPUT, q.code());
        assertTrue(q.err().contains(absent.toString()), q.err());
        assertFalse(Files.exists(absent), "query must not create a store");

        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Run s = isnad("serve", "--store", empty.toString(), "--port", "0");
        assertEquals(ExitCodes.BAD_INPUT, s.code());
        assertTrue(s.err().contains(empty.toString()), s.err());
        Run s2 = isnad("serve", "--store", absent.toString());
        assertEquals(ExitCodes.BAD_INPUT, s2.code());
    }

    @Test
    void badFormatAndBadPortAreUsageErrors() {
        Path store = loadedStore();
        assertEquals(ExitCodes.USAGE, isnad("query", "--store", store.toString(), "--format", "xml",
                "queries/provenance-chain.rq").code());
        assertEquals(ExitCodes.USAGE, isnad("serve", "--store", store.toString(), "--port", "70000").code());
    }

    @Test
    void helpTellsHowToUseEachCommand() {
        Run load = isnad("load", "--help");
        assertEquals(ExitCodes.OK, load.code());
        assertTrue(load.out().contains("--store") && load.out().contains("--reference") && load.out().contains("nothing is loaded"),
                load.out());
        Run serve = isnad("serve", "--help");
        assertTrue(serve.out().contains("--port") && serve.out().contains("127.0.0.1") && serve.out().contains("read-only"),
                serve.out());
        Run query = isnad("query", "--help");
        assertTrue(query.out().contains("--format") && query.out().contains("table, csv, tsv or json"), query.out());
    }
}
