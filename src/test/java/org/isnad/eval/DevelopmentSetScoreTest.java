package org.isnad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.isnad.cli.IsnadCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The extractor measured on the development set (src/test/resources/devset: 28 articles written for the
 * purpose, with an analyst's gold reading each). The floors are the acceptance bar (event F1 0.9,
 * reported-by 0.95, dates 0.9), which the extractor now reaches, so a change that makes it worse fails here.
 * The set was used to tune the rules and lexicons, so its scores are optimistic: the held-out sets below
 * (never tuned on) say how well it generalises, and their floor is much lower.
 */
class DevelopmentSetScoreTest {

    static final Path DEVSET = Path.of("src/test/resources/devset");
    static JsonObject report;
    static String table;

    @BeforeAll
    static void evaluate(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("scores.json");
        List<String> args = new ArrayList<>(List.of("eval", "--gold", DEVSET.toString(), "--json", json.toString()));
        try (Stream<Path> s = Files.list(DEVSET)) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> args.add(p.toString()));
        }
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = IsnadCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertEquals(0, cl.execute(args.toArray(String[]::new)), "eval failed: " + err);
        report = JSON.read(json.toString());
        table = out.toString();
    }

    static double total(String section, String field) {
        return report.get("total").getAsObject().get(section).getAsObject().get(field).getAsNumber().value().doubleValue();
    }

    static double field(String name) {
        JsonValue v = report.get("total").getAsObject().get("fields").getAsObject().get(name).getAsObject().get("accuracy");
        return v.getAsNumber().value().doubleValue();
    }

    @Test
    void eventScoresDoNotFallBelowWhatWasReached() {
        assertTrue(total("events", "f1") >= 0.90, "event F1 fell:\n" + table);
        assertTrue(total("events", "precision") >= 0.90, "event precision fell:\n" + table);
        assertTrue(total("events", "recall") >= 0.88, "event recall fell:\n" + table);
        assertTrue(field("reportedBy") >= 0.95, "reported-by accuracy fell:\n" + table);
        assertTrue(field("date") >= 0.95, "date accuracy fell:\n" + table);
        assertTrue(field("modality") >= 0.95, "modality accuracy fell (a denial or a foiled attack read as done?):\n" + table);
    }

    @Test
    void articlesWithNoEventGiveNoEventClaims() {
        for (JsonValue a : report.get("articles").getAsArray()) {
            JsonObject o = a.getAsObject();
            JsonObject events = o.get("events").getAsObject();
            if (events.get("gold").getAsNumber().value().intValue() == 0) {
                assertEquals(0, events.get("predicted").getAsNumber().value().intValue(),
                        o.get("file").getAsString().value() + " tells no event, yet events were extracted");
            }
        }
    }

    @Test
    void theHeldOutSetsTellHowItGeneralises() throws Exception {
        // src/test/resources/heldout, heldout2 and heldout3 were written without reading the extractor and are never tuned
        // on (see their READMEs): a floor well under the development-set scores, and still no events from the
        // articles without one
        String first = heldOut("heldout");
        assertTrue(first.lines().anyMatch(l -> l.startsWith("3012-") && l.split("\\s+")[2].equals("0")),
                "the vaccination article tells no event:\n" + first);
        String second = heldOut("heldout2");
        assertTrue(second.lines().anyMatch(l -> l.startsWith("4012-") && l.split("\\s+")[2].equals("0")),
                "the wheat-price article tells no event:\n" + second);
        String third = heldOut("heldout3");
        assertTrue(third.lines().anyMatch(l -> l.startsWith("5010-") && l.split("\\s+")[2].equals("0")),
                "the medicine-price article tells no event:\n" + third);
    }

    private static String heldOut(String set) throws Exception {
        Path dir = Path.of("src/test/resources", set);
        List<String> args = new ArrayList<>(List.of("eval", "--gold", dir.toString(), "--min-f1", "0.5"));
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> args.add(p.toString()));
        }
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = IsnadCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertEquals(0, cl.execute(args.toArray(String[]::new)), set + ": event F1 fell below 0.5:\n" + out + err);
        return out.toString();
    }

    @Test
    void theSeedArticleScoresFullMarks() throws Exception {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = IsnadCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int rc = cl.execute("eval", "--gold", "src/test/resources/seed", "--published-from-gold", "--min-f1", "1.0",
                "src/test/resources/seed/sy24-deir-ez-zor-strikes.txt");
        assertEquals(0, rc, "the seed article must score event F1 1.0:\n" + out + err);
    }
}
