package org.isnad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.isnad.BadInputException;
import org.isnad.store.ClaimStore;
import org.isnad.store.SameEventLinker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code isnad link}: the same-event links of a whole store, after loads with {@code --no-link}. */
@Command(name = "link",
        mixinStandardHelpOptions = true,
        description = {
            "Computes the links between claims of different articles about one event",
            "(graph <https://w3id.org/isnad/id/graph/same-event-links>) for every claim of",
            "a store, e.g. once after many 'isnad load --no-link' runs. The links and",
            "their block index are dropped and made again, a chunk of claims per",
            "transaction: a link run that is stopped part-way is finished by running it again.",
            "",
            "Only claims dated to a week or better and placed at district level or finer",
            "are linked (see the README)."},
        footer = {"", "Example:", "  isnad load --store store/ --no-link out/*.nq && isnad link --store store/"})
public final class LinkCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "Store directory made by 'isnad load'.")
    Path store;

    @Override public Integer call() {
        try (ClaimStore cs = ClaimStore.openExisting(store)) {
            long links = SameEventLinker.linkAll(cs.datasetGraph());
            PrintWriter out = spec.commandLine().getOut();
            out.println("Linked " + store + ": " + links + " same-event link(s)");
            out.flush();
            return ExitCodes.OK;
        } catch (BadInputException e) {
            spec.commandLine().getErr().println("isnad link: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }
}
