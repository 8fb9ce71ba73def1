package org.isnad.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.isnad.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code load --file-mode}: TDB2 fixes its file mode once per JVM, so each load that must really run in
 * a mode runs in a JVM of its own, as the launcher runs it; a store loaded in direct mode is then read by
 * a JVM that maps the files, as {@code serve} and {@code query} do.
 */
class LoadFileModeTest {

    @TempDir Path tmp;

    record Child(int code, String out, String err) {}

    /** {@code isnad ARGS} in a JVM of its own with a small heap, as a user's shell runs it. */
    private Child isnadInNewJvm(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "org.isnad.cli.IsnadCommand"));
        cmd.addAll(List.of(args));
        Path out = tmp.resolve("out-" + System.nanoTime()), err = tmp.resolve("err-" + System.nanoTime());
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the child JVM did not finish");
        return new Child(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private Child load(Path store, String mode) throws IOException, InterruptedException {
        return isnadInNewJvm("load", "--store", store.toString(), "--reference", Fixture.REFERENCE.toString(),
                "--file-mode", mode, Fixture.CLAIMS.toString());
    }

    @Test
    void aStoreLoadedInDirectModeReadsMappedAndReloadsToNothing() throws Exception {
        Path direct = tmp.resolve("direct");
        Child d = load(direct, "direct");
        assertEquals(ExitCodes.OK, d.code(), d.err());
        assertFalse(d.err().contains("not applied"), d.err());
        assertTrue(d.out().contains("Total quads: " + Fixture.expectedQuads()), d.out());
        assertTrue(d.out().contains("Claims:      5"), d.out());

        // query, like serve, opens the store with TDB2's default, mapped files, and sees every graph
        Path rq = tmp.resolve("graphs.rq");
        Files.writeString(rq, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g\n");
        Child q = isnadInNewJvm("query", "--store", direct.toString(), "--format", "csv", rq.toString());
        assertEquals(ExitCodes.OK, q.code(), q.err());
        long inGraphs = q.out().lines().skip(1).mapToLong(l -> Long.parseLong(l.substring(l.lastIndexOf(',') + 1))).sum();
        assertEquals(Fixture.expectedQuads(), inGraphs, q.out());

        // a reload of the unchanged file, in direct mode again, adds nothing
        Child again = load(direct, "direct");
        assertTrue(again.out().contains("Quads added: 0"), again.out());
        assertTrue(again.out().contains("Total quads: " + Fixture.expectedQuads()), again.out());
    }

    @Test
    void anUnknownModeIsAUsageErrorAndCreatesNoStore() {
        Path store = tmp.resolve("store");
        StoreCliTest.Run r = StoreCliTest.isnad("load", "--store", store.toString(), "--file-mode", "paged",
                Fixture.CLAIMS.toString());
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--file-mode paged"), r.err());
        assertFalse(Files.exists(store));
    }

    @Test
    void aModeTheProcessCannotTakeAnyMoreIsReported() throws Exception {
        // this JVM has opened a store (now, if no other test has): the other mode can no longer be had
        try (ClaimStore cs = ClaimStore.open(tmp.resolve("first"), null)) { cs.quadCount(); }
        StoreFileMode other = StoreFileMode.current() == StoreFileMode.DIRECT ? StoreFileMode.MAPPED : StoreFileMode.DIRECT;
        String name = other.name().toLowerCase(Locale.ROOT);
        StoreCliTest.Run r = StoreCliTest.isnad("load", "--store", tmp.resolve("store").toString(), "--reference",
                Fixture.REFERENCE.toString(), "--file-mode", name, Fixture.CLAIMS.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.err().contains("--file-mode " + name + " not applied"), r.err());
    }
}
