package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.BadInputException;
import org.isnad.extract.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12: convert's reference data loads beside picocli's start, and only when it is the default data. */
class LexiconPreloadTest {

    @Test
    void onlyAConvertOfTheDefaultReferenceDataIsPreloaded() {
        assertTrue(LexiconPreload.isDefaultConvert(new String[] {"convert", "-o", "x.trig", "a.txt"}));
        assertTrue(LexiconPreload.isDefaultConvert(new String[] {"--quiet", "convert", "a.txt"}));
        assertFalse(LexiconPreload.isDefaultConvert(new String[] {"convert", "--reference", "more/", "a.txt"}));
        assertFalse(LexiconPreload.isDefaultConvert(new String[] {"convert", "--reference=more/", "a.txt"}));
        assertFalse(LexiconPreload.isDefaultConvert(new String[] {"eval", "--gold", "g", "convert"}));
        assertFalse(LexiconPreload.isDefaultConvert(new String[] {"help", "convert"}));
        assertFalse(LexiconPreload.isDefaultConvert(new String[] {}));
    }

    @Test
    void thePreloadedLexiconIsTheOneTheCommandWouldLoad() throws Exception {
        LexiconPreload.startFor(new String[] {"convert", "a.txt"});
        Lexicon preloaded = LexiconPreload.lexicon(List.of());
        assertEquals(Conversion.loadLexicon(List.of()).digest(), preloaded.digest());
        // taken once: a second conversion in the same JVM loads its own
        assertNotSame(preloaded, LexiconPreload.lexicon(List.of()));
    }

    @Test
    void referenceDataNamedOnTheCommandLineIsLoadedNotThePreload(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.ttl"), "<http://example.org/a> <http://example.org/p> \"x\" .\n");
        LexiconPreload.startFor(new String[] {"convert", "a.txt"});
        assertEquals(1, LexiconPreload.lexicon(List.of(dir)).graph().size());
    }

    @Test
    void aBrokenReferenceFileIsReportedAsTheCommandWouldReportIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.ttl"), "<http://example.org/a> <http://example.org/p> \n");
        String home = System.getProperty("isnad.home");
        Files.createDirectories(dir.resolve("ontology"));
        Files.move(dir.resolve("b.ttl"), dir.resolve("ontology/b.ttl"));
        System.setProperty("isnad.home", dir.toString());
        try {
            LexiconPreload.startFor(new String[] {"convert", "a.txt"});
            BadInputException e = assertThrows(BadInputException.class, () -> LexiconPreload.lexicon(List.of()));
            assertTrue(e.getMessage().contains("b.ttl"), e.getMessage());
        } finally {
            if (home == null) System.clearProperty("isnad.home");
            else System.setProperty("isnad.home", home);
        }
    }
}
