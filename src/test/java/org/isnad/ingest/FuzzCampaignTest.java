package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.engine.discovery.DiscoverySelectors;

/**
 * A short, bounded fuzzing campaign ({@link ReadersFuzzTest}, its {@code maxDuration}) in the normal test run.
 * Jazzer decides between replaying seeds and fuzzing once per JVM (JAZZER_FUZZ), so the campaign runs in a
 * child JVM, in a temporary directory so its generated corpus stays out of the project.
 */
class FuzzCampaignTest {

    @TempDir Path tmp;

    @Test
    void aShortCampaignFindsNoExceptionButBadInputNoEvidenceOutsideTheTextAndNoInvalidOutput() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path count = tmp.resolve("count"), log = tmp.resolve("fuzz.log");
        Process p = new ProcessBuilder(java, "-cp", cp, "-DJAZZER_FUZZ=1", "-XX:+IgnoreUnrecognizedVMOptions",
                "-Disnad.fuzz.count=" + count, "-Disnad.ontology=" + Path.of("ontology").toAbsolutePath(),
                "-Disnad.shapes=" + Path.of("shapes").toAbsolutePath(),
                Main.class.getName())
                .directory(tmp.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the campaign did not end");
        String out = Files.readString(log);
        assertEquals(0, p.exitValue(), () -> "the campaign failed:\n" + tail(out));
        long runs = Files.exists(count) ? Long.parseLong(Files.readString(count).strip()) : 0;
        System.out.println("FuzzCampaignTest: " + runs + " inputs ran");
        assertTrue(runs > 50, () -> "only " + runs + " inputs ran:\n" + tail(out));
    }

    static String tail(String s) {
        return s.length() > 6000 ? s.substring(s.length() - 6000) : s;
    }

    /** The child JVM's entry: runs ReadersFuzzTest through the JUnit Platform and exits 0 when it passed. */
    static final class Main {
        public static void main(String[] args) {
            LauncherDiscoveryRequest req = LauncherDiscoveryRequestBuilder.request()
                    .selectors(DiscoverySelectors.selectClass(ReadersFuzzTest.class)).build();
            Launcher launcher = LauncherFactory.create();
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            launcher.execute(req, listener);
            listener.getSummary().printFailuresTo(new java.io.PrintWriter(System.out, true), 30);
            System.out.println("tests " + listener.getSummary().getTestsSucceededCount() + " ok, "
                    + listener.getSummary().getTotalFailureCount() + " failed");
            System.exit(listener.getSummary().getTotalFailureCount() == 0 && listener.getSummary().getTestsSucceededCount() > 0 ? 0 : 1);
        }
    }

}
