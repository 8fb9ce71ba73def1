package org.isnad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.isnad.rdf.Vocab;
import org.isnad.BadInputException;
import org.isnad.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code isnad load}: RDF files into the TDB2 claim store, all or nothing. */
@Command(name = "load",
        mixinStandardHelpOptions = true,
        description = {
            "Loads RDF files (the output of 'isnad convert') into a TDB2 claim store.",
            "",
            "Every file is parsed completely before anything is written; then all of",
            "them go in in one transaction. If one file is missing or does not parse,",
            "nothing is loaded and the message names the file (exit 3). The store is a",
            "set of quads: loading a file again adds nothing.",
            "",
            "Each load also replaces the reference graph",
            "  <https://w3id.org/isnad/id/graph/reference>",
            "with the *.ttl files of the reference directory (ontology, places, actors,",
            "lexicons), so queries can show labels and coordinates. Without that",
            "directory the reference graph is left as it was."},
        footer = {"",
            "Syntax comes from the file extension: .trig and .nq keep their named graphs;",
            ".ttl and .nt go into the default graph.",
            "",
            "Example:",
            "  isnad load --store store/ out/*.trig",
            "  isnad query --store store/ queries/claims-by-reporter.rq"})
public final class LoadCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR",
            description = "Store directory; created if it does not exist.")
    Path store;

    @Option(names = "--reference", paramLabel = "DIR", defaultValue = "ontology",
            description = "Directory whose *.ttl files make up the reference graph (default: ${DEFAULT-VALUE}).")
    Path reference;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "TriG, N-Quads, Turtle or N-Triples files.")
    List<Path> files;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // check the inputs before the store directory is created, so a typo leaves no empty store behind
        for (Path f : files) {
            if (!java.nio.file.Files.isRegularFile(f)) {
                err.println("isnad load: " + f + ": no such file; nothing loaded");
                return ExitCodes.BAD_INPUT;
            }
        }
        try (ClaimStore cs = ClaimStore.open(store, reference)) {
            ClaimStore.LoadResult r = cs.load(files);
            r.warnings().forEach(w -> err.println("isnad load: warning: " + w));
            out.println("Loaded into " + store + ":");
            r.files().forEach(f -> out.println("  " + f));
            if (r.referenceFiles().isEmpty())
                out.println("Reference graph: unchanged");
            else
                out.println("Reference graph <" + Vocab.REFERENCE_GRAPH.getURI() + ">: " + r.referenceTriples()
                        + " triples from " + r.referenceFiles().size() + " files in " + reference);
            out.println("Quads added: " + r.quadsAdded());
            out.println("Total quads: " + r.totalQuads());
            out.println("Claims:      " + r.claims());
            out.flush();
            return ExitCodes.OK;
        } catch (BadInputException e) {
            err.println("isnad load: " + e.getMessage() + "; nothing loaded");
            return ExitCodes.BAD_INPUT;
        }
    }
}
