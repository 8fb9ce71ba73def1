package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release's bin/isnad (src/release/bin/isnad) over a release layout made here the way the assembly
 * (src/release/assembly.xml) makes it: lib/ with the runtime dependencies and the app jar. It runs with a
 * PATH holding only Java (no Maven, no shell tools), from a directory outside the project. No ontology/ is
 * put beside lib/, so the reference data must come from inside the jar.
 */
@DisabledOnOs(OS.WINDOWS)
class ReleaseLayoutTest {

    @TempDir Path tmp;

    @Test
    void binIsnadConvertsAndLoadsWithOnlyJavaOnThePath() throws Exception {
        Path home = layout(tmp.resolve("isnad-test"));
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path seed = Path.of("src/test/resources/seed/sy24-deir-ez-zor-strikes.txt").toAbsolutePath();

        Run convert = run(home, work, "convert", "-o", "claims.trig", seed);
        assertEquals(0, convert.exit, convert.toString());
        assertTrue(Files.size(work.resolve("claims.trig")) > 1000, convert.toString());

        Run load = run(home, work, "load", "--store", "store", "claims.trig");
        assertEquals(0, load.exit, load.toString());
        assertTrue(load.out.matches("(?s).*Reference graph <[^>]+>: [1-9]\\d* triples.*"), load.toString());
        // 7 events and the 4 statements of the gold: a speaker retelling a strike told before is no statement (EventDetails)
        assertTrue(load.out.contains("Claims:      11"), load.toString());
    }

    @Test
    void javaOptionsComeFromIsnadJavaOpts() throws Exception {
        Path home = layout(tmp.resolve("isnad-test"));
        // a JVM option the JVM refuses proves the variable reaches it
        Run bad = run(home, tmp, List.of("ISNAD_JAVA_OPTS=-Xmx1k"), "--version");
        assertTrue(bad.exit != 0 && (bad.err + bad.out).contains("heap"), bad.toString());
        Run ok = run(home, tmp, List.of("ISNAD_JAVA_OPTS=-Xmx256m -Dfile.encoding=UTF-8"), "--version");
        assertEquals(0, ok.exit, ok.toString());
        assertTrue(ok.out.startsWith("isnad "), ok.toString());
    }

    @Test
    void loadGetsA512MegabyteHeapUnlessTheUserSetsOne() throws Exception {
        Path home = layout(tmp.resolve("isnad-heap"));
        // -XshowSettings:vm prints the heap the JVM was given, on stderr
        Run load = run(home, tmp, List.of("ISNAD_JAVA_OPTS=-XshowSettings:vm"), "--quiet", "load", "--help");
        assertEquals(0, load.exit, load.toString());
        assertTrue(load.err.contains("Max. Heap Size: 512.00M"), load.toString());
        Run own = run(home, tmp, List.of("ISNAD_JAVA_OPTS=-XshowSettings:vm -Xmx300m"), "load", "--help");
        assertTrue(own.err.contains("Max. Heap Size: 300.00M"), own.toString());
        Run other = run(home, tmp, List.of("ISNAD_JAVA_OPTS=-XshowSettings:vm"), "convert", "--help");
        assertTrue(!other.err.contains("Max. Heap Size: 512.00M"), other.toString());
    }

    @Test
    void convertCompilesWithTheQuickTierUnlessTheUserChooses() throws Exception {
        Path home = layout(tmp.resolve("isnad-jit"));
        // -XX:+PrintFlagsFinal prints every flag's value, on stdout
        java.util.regex.Pattern quick = java.util.regex.Pattern.compile("\\bTieredStopAtLevel\\s+= 1\\s");
        Run convert = run(home, tmp, List.of("ISNAD_JAVA_OPTS=-XX:+PrintFlagsFinal"), "convert", "--help");
        assertEquals(0, convert.exit, convert.toString());
        assertTrue(quick.matcher(convert.out).find(), convert.err);
        Run own = run(home, tmp, List.of("ISNAD_JAVA_OPTS=-XX:+PrintFlagsFinal -XX:TieredStopAtLevel=4"), "convert", "--help");
        assertTrue(!quick.matcher(own.out).find() && own.out.contains("TieredStopAtLevel"), own.err);
        Run load = run(home, tmp, List.of("ISNAD_JAVA_OPTS=-XX:+PrintFlagsFinal"), "--quiet", "load", "--help");
        assertTrue(!quick.matcher(load.out).find() && load.out.contains("TieredStopAtLevel"), load.err);
    }

    /** bin/isnad, lib/ = target/lib (the runtime dependencies) + the app jar made from target/classes. */
    static Path layout(Path home) throws IOException {
        Path bin = Files.createDirectories(home.resolve("bin"));
        Files.copy(Path.of("src/release/bin/isnad"), bin.resolve("isnad"));
        Files.setPosixFilePermissions(bin.resolve("isnad"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Path lib = Files.createDirectories(home.resolve("lib"));
        try (Stream<Path> jars = Files.list(Path.of("target/lib"))) {
            for (Path j : jars.filter(p -> p.toString().endsWith(".jar")).toList())
                Files.createSymbolicLink(lib.resolve(j.getFileName()), j.toAbsolutePath());
        }
        jar(Path.of("target/classes"), lib.resolve("isnad-test.jar"));
        return home;
    }

    private static void jar(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, (OutputStream) out);
                out.closeEntry();
            }
        }
    }

    record Run(int exit, String out, String err) {
        @Override public String toString() { return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err; }
    }

    static Run run(Path home, Path cwd, Object... args) throws Exception {
        return run(home, cwd, List.of(), args);
    }

    /** bin/isnad with an environment of PATH=(Java's bin/ only) and {@code env}, in {@code cwd}. */
    static Run run(Path home, Path cwd, List<String> env, Object... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(home.resolve("bin/isnad").toString()));
        cmd.addAll(List.of(IsnadProcess.strings(args)));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        pb.environment().clear();
        pb.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin").toString());
        for (String e : env) pb.environment().put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1));
        Path out = Files.createTempFile(cwd, "out", ".txt"), err = Files.createTempFile(cwd, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int exit = p.waitFor();
        return new Run(exit, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
