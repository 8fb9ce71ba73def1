package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bash completion and man pages, made by hidden commands from the same picocli model as --help. */
class ShellIntegrationTest {

    @TempDir Path tmp;

    @Test
    void completionScriptCompletesTheCommandsAndTheirOptions() {
        IsnadProcess.Run r = IsnadProcess.inProcess("generate-completion");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("complete -F _complete_isnad") || r.out().contains("_complete_isnad"), r.out());
        for (String word : new String[] {"convert", "load", "serve", "--store", "--reference"})
            assertTrue(r.out().contains(word), "completion knows " + word);
    }

    @Test
    void manPagesForEveryVisibleCommandAndHiddenOnesStayOutOfHelp() throws Exception {
        IsnadProcess.Run r = IsnadProcess.inProcess("generate-man-pages", tmp);
        assertEquals(0, r.exit(), r.toString());
        String load = Files.readString(tmp.resolve("isnad-load.1"));
        assertTrue(load.startsWith(".TH ISNAD-LOAD 1 "), load);
        assertTrue(load.contains("\\-\\-store"), load);
        assertTrue(Files.readString(tmp.resolve("isnad.1")).contains(".BR isnad\\-convert (1)"));
        assertFalse(Files.exists(tmp.resolve("isnad-generate-completion.1")));
        assertFalse(Files.exists(tmp.resolve("isnad-help.1")));
        IsnadProcess.Run help = IsnadProcess.inProcess("--help");
        assertFalse(help.out().contains("generate-"), help.out());
    }

    @Test
    void troffControlCharactersInHelpAreEscaped() {
        assertEquals("a\\eb \\-\\-x", ManPages.escape("a\\b --x"));
    }
}
