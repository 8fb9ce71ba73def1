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
            "  isnad load --endpoint http://127.0.0.1:3030/isnad/data \\",
            "        --user admin --password-file ~/.isnad-pw out/*.trig",
            "  isnad query --store store/ queries/claims-by-reporter.rq"})
public final class LoadCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Store directory; created if it does not exist.")
    Path store;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = {"Instead of a local store: a SPARQL 1.1 Graph Store Protocol endpoint",
                "(Fuseki: http://HOST:3030/DATASET/data). Each named graph is replaced",
                "with HTTP PUT, so loading a file again leaves the remote store as it was."})
    String endpoint;

    @Option(names = "--user", paramLabel = "USER", description = "HTTP Basic user for --endpoint.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File whose first line is the password of --user (kept off the command line and out of shell history).")
    Path passwordFile;

    @Option(names = "--reference", paramLabel = "DIR", defaultValue = "ontology",
            description = "Directory whose *.ttl files make up the reference graph (default: ${DEFAULT-VALUE}).")
    Path reference;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "TriG, N-Quads, Turtle or N-Triples files.")
    List<Path> files;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((store == null) == (endpoint == null)) {
            err.println("isnad load: give either --store DIR or --endpoint URL");
            return ExitCodes.USAGE;
        }
        if ((user == null) != (passwordFile == null)) {
            err.println("isnad load: --user and --password-file go together");
            return ExitCodes.USAGE;
        }
        if (endpoint != null)
            return loadRemote(out, err);
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

    private int loadRemote(PrintWriter out, PrintWriter err) {
        try {
            java.net.URI u = java.net.URI.create(endpoint);
            if (u.getScheme() == null || !u.getScheme().startsWith("http") || u.getHost() == null)
                throw new IllegalArgumentException("not an http(s) URL");
        } catch (IllegalArgumentException e) {
            err.println("isnad load: --endpoint " + endpoint + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try {
            String password = passwordFile == null ? null : org.isnad.store.RemoteLoader.readPassword(passwordFile);
            if (user != null && org.isnad.store.RemoteLoader.sendsPasswordInClear(endpoint))
                err.println("isnad load: warning: the password goes to " + endpoint + " unencrypted; use https");
            org.isnad.store.RemoteLoader.Result r = new org.isnad.store.RemoteLoader(endpoint, user, password)
                    .load(files, reference);
            out.println("Loaded into " + endpoint + ":");
            files.forEach(f -> out.println("  " + f));
            out.println(r.referenceFiles().isEmpty() ? "Reference graph: not sent (no " + reference + ")"
                    : "Reference graph <" + Vocab.REFERENCE_GRAPH.getURI() + ">: replaced from "
                      + r.referenceFiles().size() + " files in " + reference);
            out.println("Graphs replaced: " + r.graphs().size());
            out.println("Triples sent:    " + r.triples());
            if (r.defaultTriples() > 0)
                out.println("Default graph:   " + r.defaultTriples() + " triples added (not replaced)");
            out.flush();
            return ExitCodes.OK;
        } catch (BadInputException e) {
            err.println("isnad load: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }
}
