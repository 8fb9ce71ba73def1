package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium for the browser tests. Skipped only on a developer machine without it; on CI
 * (the CI variable set) a missing Chromium fails the test.
 */
final class Chromium {
    static final Path PATH = Path.of("/usr/bin/chromium");

    private Chromium() {}

    static void assumePresent() {
        boolean present = Files.isExecutable(PATH);
        if (!present && System.getenv("CI") != null)
            fail(PATH + " is missing on CI: .ci/install-chromium.sh must run before the tests");
        assumeTrue(present, "no " + PATH + " (run .ci/install-chromium.sh to include this test)");
    }

    /** Runs headless Chromium with a fresh profile in {@code tmp} and no network of its own; returns its stdout. */
    static String run(Path tmp, List<String> args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(tmp, "chromium-profile");
        List<String> cmd = new ArrayList<>(List.of(PATH.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        cmd.addAll(args);
        Path out = tmp.resolve("chromium-" + System.nanoTime() + ".out");
        Path err = tmp.resolve("chromium-" + System.nanoTime() + ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("chromium did not finish within 90 s: " + cmd);
        }
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + read(err));
        return read(out);
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(" + e.getMessage() + ")";
        }
    }
}
