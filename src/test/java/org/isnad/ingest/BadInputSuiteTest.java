package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input suite ({@code src/test/resources/bad/}, written by its {@code generate.py}): one file per
 * failure kind. Each is refused with exit 3 and a message that names the file and says what is wrong, and
 * among good articles it costs only itself.
 */
class BadInputSuiteTest {

    static final Path BAD = Path.of("src/test/resources/bad");
    static final Path GOOD = Path.of("src/test/resources/ingest/maydin-fuel-truck.txt");

    @TempDir static Path tmp;
    static long goodClaims;

    record Case(String file, List<String> args, String expect) {
        @Override public String toString() { return file; }
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> l = new ArrayList<>();
        for (String line : Files.readAllLines(BAD.resolve("cases.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] f = line.split("\t", -1);
            List<String> args = f[1].isBlank() ? List.of() : Arrays.asList(f[1].split(" "));
            l.add(Arguments.of(new Case(f[0], args, f[2])));
        }
        return l.stream();
    }

    @BeforeAll
    static void convertTheGoodArticleAlone() throws IOException {
        Path out = tmp.resolve("good.json");
        Cli.run("convert", "--format", "json", "-o", out, GOOD).assertExit(0);
        goodClaims = JSON.parseAny(Files.readString(out)).getAsArray().size();
        assertTrue(goodClaims > 0);
    }

    @Test
    void theSuiteHasAtLeastFortyKindsOfFailure() throws IOException {
        assertTrue(cases().count() >= 40, "cases: " + cases().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBadInputIsRefusedNamingTheFileAndTheProblem(Case c) throws IOException {
        Path file = BAD.resolve(c.file());
        Path out = tmp.resolve("alone-" + c.file() + ".trig"), errors = tmp.resolve("alone-" + c.file() + ".errors.jsonl");
        Cli.Run r = Cli.run("convert", c.args(), "-o", out, "--errors", errors, file);
        r.assertExit(3);
        String line = r.err().lines().filter(l -> l.contains(file.toString())).filter(l -> l.contains(c.expect())).findFirst().orElse(null);
        assertNotNull(line, () -> "no stderr line names " + file + " and says '" + c.expect() + "':\n" + r.err());
        List<String> reported = Files.readAllLines(errors);
        assertFalse(reported.isEmpty(), "--errors file is empty");
        JsonObject first = JSON.parse(reported.get(0));
        assertEquals(file.toString(), first.get("file").getAsString().value());
        assertTrue(first.get("reason").getAsString().value().contains(c.expect()) || reported.size() > 1, reported::toString);
    }

    @ParameterizedTest(name = "{0} among good articles")
    @MethodSource("cases")
    void eachBadInputCostsOnlyItsOwnArticle(Case c) throws IOException {
        Path file = BAD.resolve(c.file());
        Path out = tmp.resolve("mixed-" + c.file() + ".json"), errors = tmp.resolve("mixed-" + c.file() + ".errors.jsonl");
        // a flag (--encoding, --max-article-bytes) applies to every input of the run: those cases stand alone
        if (!c.args().isEmpty()) return;
        Cli.Run r = Cli.run("convert", "--format", "json", "-o", out, "--errors", errors, GOOD, file);
        r.assertExit(3);
        long claims = JSON.parseAny(Files.readString(out)).getAsArray().size();
        assertTrue(claims >= goodClaims, () -> "the good article lost claims next to " + c.file() + ":\n" + r);
        assertTrue(r.err().contains(file.toString()), r::toString);
        assertEquals(1, Files.readAllLines(errors).size(), () -> "one failure expected for " + c.file() + ":\n" + r);
    }
}
