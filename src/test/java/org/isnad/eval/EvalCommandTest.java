package org.isnad.eval;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.isnad.cli.EvalCommand;
import org.isnad.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code isnad eval} as a user runs it. The extractor's real score on the seed is not asserted here. */
class EvalCommandTest {
    @TempDir Path tmp;

    static final String SEED_DIR = "src/test/resources/seed";
    static final String SEED = SEED_DIR + "/sy24-deir-ez-zor-strikes.txt";

    record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = new CommandLine(new EvalCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aHeaderlessArticleKeepsItsDatesUnresolvedAndSaysWhy() {
        Run r = run("--gold", SEED_DIR, SEED);
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.out().contains("sy24-deir-ez-zor-strikes.txt     7"), r.out());
        assertTrue(r.err().contains("no publication date") && r.err().contains("--published-from-gold"), r.err());
    }

    @Test
    void publishedFromGoldAndJsonOutput() throws Exception {
        Path json = tmp.resolve("scores.json");
        Run r = run("--gold", SEED_DIR, "--published-from-gold", "--json", json.toString(), SEED);
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertFalse(r.err().contains("no publication date"), r.err());
        JsonObject o = JSON.parse(Files.readString(json, StandardCharsets.UTF_8));
        JsonObject article = o.get("articles").getAsArray().get(0).getAsObject();
        assertEquals("sy24-deir-ez-zor-strikes.txt", article.get("file").getAsString().value());
        assertEquals(7, article.get("events").getAsObject().get("gold").getAsNumber().value().intValue());
        assertTrue(o.get("total").getAsObject().get("fields").getAsObject().hasKey("reportedBy"));
    }

    @Test
    void minF1GatesOnTheScoreOfAClaimsFile() throws Exception {
        Path perfect = EvaluatorTest.PERFECT;
        assertEquals(ExitCodes.OK, run("--gold", SEED_DIR, "--claims", perfect.toString(), "--min-f1", "1.0").exit());

        JsonArray claims = JSON.parseAny(Files.readString(perfect, StandardCharsets.UTF_8)).getAsArray();
        claims.remove(4);                                   // drop E5
        Path fewer = tmp.resolve("fewer.json");
        Files.writeString(fewer, claims.toString());
        Run r = run("--gold", SEED_DIR, "--claims", fewer.toString(), "--min-f1", "0.95");
        assertEquals(ExitCodes.VALIDATION_FAILED, r.exit(), r.err());
        assertTrue(r.err().contains("below --min-f1"), r.err());
        assertTrue(r.out().contains("E5   missed"), r.out());
        assertEquals(ExitCodes.OK, run("--gold", SEED_DIR, "--claims", fewer.toString(), "--min-f1", "0.9").exit());
    }

    @Test
    void aMalformedGoldFileExitsThreeNamingIt() {
        Run r = run("--gold", "src/test/resources/eval/malformed", SEED);
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("broken.gold.yaml: is not valid YAML at line"), r.err());
    }

    @Test
    void anUnknownEventTypeInTheGoldIsAnError() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("gold"));
        Files.writeString(dir.resolve("a.gold.yaml"), "article: {file: sy24-deir-ez-zor-strikes.txt}\nclaims:\n"
                + "  - {id: E1, kind: event, event_type: Airstrike, date: {resolved: unknown}}\n");
        Run r = run("--gold", dir.toString(), SEED);
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("a.gold.yaml: claim E1: event_type 'Airstrike' is not an ACLED type"), r.err());
    }

    @Test
    void anUnreadableInputExitsThreeNamingIt() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Path empty = Files.writeString(dir.resolve("sy24-deir-ez-zor-strikes.txt"), "");
        Run r = run("--gold", SEED_DIR, empty.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertTrue(r.err().contains(empty + ": is empty"), r.err());
    }

    @Test
    void inputsOrClaimsButNotBoth() {
        assertEquals(ExitCodes.USAGE, run("--gold", SEED_DIR).exit());
        assertEquals(ExitCodes.USAGE, run("--gold", SEED_DIR, "--claims", "x.json", SEED).exit());
    }
}
