package org.isnad.store;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event page as a browser renders it: Debian's headless Chromium opens the page of the seed's CENTCOM
 * strike, and the rendered DOM holds the Arabic place label, the place and the evidence sentence. A
 * screenshot goes to {@code target/event-page.png}. Skipped only on a developer machine without
 * Chromium; on CI (the CI variable set) a missing Chromium fails the test.
 */
class EventPageChromiumTest {
    static final Path SCREENSHOT = Path.of("target/event-page.png");

    @TempDir Path tmp;

    @Test
    void theEventPageShowsItsPlaceAndEvidenceInARealBrowser() throws Exception {
        Chromium.assumePresent();

        try (ClaimStore store = SeedStore.create(tmp)) {
            SeedStore.Strike strike = SeedStore.strike(store);
            IsnadServer server = new IsnadServer(store, 0).start();
            try {
                String url = server.pageUrl(strike.event());
                assertTrue(url.startsWith("http://127.0.0.1:"), url);

                String dom = chromium(List.of("--dump-dom", url));
                assertTrue(dom.contains("دير الزور"), "the Arabic label of the place");
                assertTrue(dom.contains("Deir ez-Zor"), "the place");
                assertTrue(dom.contains("href=\"/id/place/deir-ez-zor\""), "a link to the place page");
                assertTrue(dom.contains("غارة جوية"), "the Arabic label of the event type");
                // a DOM dump escapes only &, < and > in text; the seed sentence has none of them
                assertTrue(dom.contains(strike.evidence().get(0)), "the evidence sentence");

                Files.createDirectories(SCREENSHOT.getParent());
                Files.deleteIfExists(SCREENSHOT);
                chromium(List.of("--screenshot=" + SCREENSHOT.toAbsolutePath(), "--window-size=1200,900", url));
                assertTrue(Files.size(SCREENSHOT) > 10_000, "a screenshot of the page in " + SCREENSHOT);
                // the page's one inline style applies under its Content-Security-Policy: the header bar is dark
                int rgb = ImageIO.read(SCREENSHOT.toFile()).getRGB(5, 5);
                int brightness = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                assertTrue(brightness < 3 * 128, "the header bar is styled, not white: " + Integer.toHexString(rgb));
            } finally {
                server.stop();
            }
        }
    }

    private String chromium(List<String> args) throws IOException, InterruptedException {
        return Chromium.run(tmp, args);
    }
}
