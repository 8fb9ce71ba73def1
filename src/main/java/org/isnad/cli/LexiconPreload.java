package org.isnad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.isnad.BadInputException;
import org.isnad.extract.Lexicon;

/**
 * Starts loading the default reference data as soon as a run is seen to be a {@code convert} that names no
 * {@code --reference}, so that it goes on beside the JVM's and picocli's own start (picocli builds its model
 * of every command first: about half a second, issue 12). The command takes the lexicon from here when its
 * reference data is the default one, and loads it itself otherwise; a failure is reported by the command,
 * as if it had loaded the data itself.
 */
final class LexiconPreload {

    private static volatile CompletableFuture<Lexicon> started;

    private LexiconPreload() {}

    /** Starts the load on a daemon thread when {@code args} are a convert with the default reference data. */
    static void startFor(String[] args) {
        if (!isDefaultConvert(args)) return;
        CompletableFuture<Lexicon> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(Lexicon.load(List.of(ReferenceData.ontology())));
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, "isnad-preload");
        t.setDaemon(true);
        started = f;
        t.start();
    }

    /** The command named first is convert (global options may come before it), and no --reference is given. */
    static boolean isDefaultConvert(String[] args) {
        String command = null;
        for (String a : args) {
            if (a.startsWith("--reference")) return false;
            if (command == null && !a.startsWith("-")) command = a;
        }
        return "convert".equals(command);
    }

    /** The lexicon of {@code reference}: the one preloaded when that is the default data, else loaded now. */
    static Lexicon lexicon(List<Path> reference) throws BadInputException {
        CompletableFuture<Lexicon> f = started;
        started = null;
        if (f == null || (reference != null && !reference.isEmpty())) return Conversion.loadLexicon(reference);
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof BadInputException b) throw b;
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }
}
