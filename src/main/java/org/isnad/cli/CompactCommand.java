package org.isnad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.isnad.BadInputException;
import org.isnad.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code isnad compact}: TDB2's compaction, which writes the live data to a new generation and deletes the old. */
@Command(name = "compact",
        mixinStandardHelpOptions = true,
        description = {
            "Reclaims the space a TDB2 store no longer uses.",
            "",
            "TDB2 never overwrites data in place: every change (a changed article reloaded,",
            "the same-event links recomputed, a new reference graph) writes new blocks and",
            "leaves the old ones behind. Compaction copies the live data into a new",
            "generation (Data-NNNN) and deletes the old one. The store must not be in use:",
            "stop 'isnad serve' first. Run it after many reloads of changed articles, or when",
            "the store's directory has grown well past what a fresh load of the same files makes."},
        footer = {"", "Example:", "  isnad compact --store store/"})
public final class CompactCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", required = true, description = "Store directory.")
    Path store;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ClaimStore cs = ClaimStore.openExisting(store)) {
            long before = ClaimStore.sizeOnDisk(store);
            cs.compact();
            long after = ClaimStore.sizeOnDisk(store);
            out.printf("Compacted %s: %,d bytes before, %,d after%n", store, before, after);
            out.flush();
            return ExitCodes.OK;
        } catch (BadInputException e) {
            err.println("isnad compact: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }
}
