package org.isnad.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The home page as a browser runs it: headless Chromium loads {@code /}, the script fetches
 * {@code /api/events} and fills the table, the timeline and the map; a filter in the query string narrows
 * the list; Arabic cells are right to left. A screenshot goes to {@code target/home-page.png}.
 */
class HomePageChromiumTest {
    static final Path SCREENSHOT = Path.of("target/home-page.png");
    // lets the page's fetch and script finish before the DOM is dumped
    static final String WAIT = "--virtual-time-budget=15000";

    @TempDir static Path tmp;
    static ClaimStore store;
    static IsnadServer server;

    @BeforeAll
    static void start() throws Exception {
        Chromium.assumePresent();
        store = SeedStore.create(tmp, List.of(SeedStore.CASUALTIES));
        server = new IsnadServer(store, 0).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    @Test
    void theHomePageShowsEventsOnATableATimelineAndAMap() throws Exception {
        String dom = Chromium.run(tmp, List.of(WAIT, "--dump-dom", server.rootUrl() + "/"));
        int rows = count(dom, "<tr class=\"event\">");
        assertTrue(rows >= 10, "the seed and the heldout article give at least ten events: " + rows);
        assertTrue(dom.contains("id=\"status\">" + rows + " of " + rows + " events"), "no filter: every event");
        assertTrue(dom.contains("href=\"/id/event/733b2e7fb80cbccb-e8cfeb8ac9d6\""), "rows link to event pages");
        assertTrue(count(dom, "<circle class=\"event-point\"") > 0, "points on the map");
        assertTrue(dom.contains(">Deir ez-Zor</text>"), "governorate centroids labelled");
        assertTrue(dom.contains("<path class=\"country syria\""), "Syria's outline (Natural Earth)");
        assertTrue(count(dom, "<rect class=\"bar\"") > 0, "bars on the timeline");
        // Arabic cells are right to left: the type of the seed's strike and its place
        assertTrue(dom.contains("<td lang=\"ar\" dir=\"rtl\" class=\"ar\">غارة جوية/بطائرة مسيرة</td>"), "Arabic type cell");
        assertTrue(Pattern.compile("<td lang=\"ar\" dir=\"rtl\" class=\"ar\">[^<]*دير الزور").matcher(dom).find(), "Arabic place cell");

        // a filter narrows the list: only the foiled events, and the select shows the choice
        String foiled = Chromium.run(tmp, List.of(WAIT, "--dump-dom", server.rootUrl() + "/?modality=Foiled"));
        int foiledRows = count(foiled, "<tr class=\"event\">");
        assertTrue(foiledRows > 0 && foiledRows < rows, "Foiled only: " + foiledRows + " of " + rows);
        assertTrue(foiled.contains("id=\"status\">" + foiledRows + " of " + rows + " events"));
        assertEquals(foiledRows, count(foiled, "<td>[^<]*Foiled[^<]*</td>"), "every row left is foiled");
        String byGov = Chromium.run(tmp, List.of(WAIT, "--dump-dom",
                server.rootUrl() + "/?gov=al-Hasakah+Governorate"));
        int govRows = count(byGov, "<tr class=\"event\">");
        assertTrue(govRows > 0 && govRows < rows, "Hasakah only: " + govRows);
        assertFalse(byGov.contains("733b2e7fb80cbccb-e8cfeb8ac9d6"), "not the strike in Deir ez-Zor");

        Files.createDirectories(SCREENSHOT.getParent());
        Files.deleteIfExists(SCREENSHOT);
        Chromium.run(tmp, List.of(WAIT, "--screenshot=" + SCREENSHOT.toAbsolutePath(), "--window-size=1200,1400",
                server.rootUrl() + "/"));
        assertTrue(Files.size(SCREENSHOT) > 20_000, "a screenshot of the page in " + SCREENSHOT);
        // the style sheet applies under the page's Content-Security-Policy: the header bar is dark
        int rgb = ImageIO.read(SCREENSHOT.toFile()).getRGB(5, 5);
        int brightness = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
        assertTrue(brightness < 3 * 128, "the header bar is styled: " + Integer.toHexString(rgb));
    }
}
