package org.isnad.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape issue 10 asks of the code, checked on every build so it cannot drift back: no main source file over
 * 450 lines, no method in {@code extract} over 100 lines, and {@code extract} imports nothing from {@code rdf}
 * (vocabulary and IRI minting live below it, so a second extractor needs no RDF).
 */
class SourceShapeTest {

    private static final Path MAIN = Path.of("src/main/java/org/isnad");
    private static final int MAX_FILE_LINES = 450;
    private static final int MAX_EXTRACT_METHOD_LINES = 100;

    @Test
    void noMainSourceFileIsOverFourHundredFiftyLines() throws IOException {
        List<String> over = new ArrayList<>();
        for (Path file : javaFiles(MAIN)) {
            int lines = Files.readAllLines(file, StandardCharsets.UTF_8).size();
            if (lines > MAX_FILE_LINES) over.add(MAIN.relativize(file) + " (" + lines + " lines)");
        }
        assertTrue(over.isEmpty(), "main source files over " + MAX_FILE_LINES + " lines: " + over);
    }

    @Test
    void noMethodInExtractIsOverOneHundredLines() throws IOException {
        List<String> over = new ArrayList<>();
        for (Path file : javaFiles(MAIN.resolve("extract"))) {
            for (MethodLengths.Method m : MethodLengths.of(Files.readString(file, StandardCharsets.UTF_8))) {
                if (m.lines() > MAX_EXTRACT_METHOD_LINES) over.add(file.getFileName() + ":" + m.startLine() + " " + m.name() + " (" + m.lines() + " lines)");
            }
        }
        assertTrue(over.isEmpty(), "methods in extract over " + MAX_EXTRACT_METHOD_LINES + " lines: " + over);
    }

    @Test
    void extractImportsNothingFromRdf() throws IOException {
        Pattern rdfImport = Pattern.compile("^import\\s+(static\\s+)?org\\.isnad\\.rdf\\.", Pattern.MULTILINE);
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles(MAIN.resolve("extract"))) {
            if (rdfImport.matcher(Files.readString(file, StandardCharsets.UTF_8)).find()) offenders.add(file.getFileName().toString());
        }
        assertTrue(offenders.isEmpty(), "extract files importing org.isnad.rdf: " + offenders);
    }

    /** The measurer itself must see a long method, or the check above could never fail. */
    @Test
    void theMeasurerFindsMethodsAndTheirLengthsPastBracesInStringsAndComments() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 120; i++) body.append("        x += \"{\".length(); // }\n");
        String source = "class A {\n    private int longOne(int x) {\n" + body + "        return x;\n    }\n"
                + "    void shortOne() {\n        if (true) { run(() -> { }); }\n    }\n}\n";
        List<MethodLengths.Method> methods = MethodLengths.of(source);
        assertEquals(List.of("longOne", "shortOne"), methods.stream().map(MethodLengths.Method::name).toList());
        assertEquals(123, methods.get(0).lines());
        assertEquals(3, methods.get(1).lines());
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
