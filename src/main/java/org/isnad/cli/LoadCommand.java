package org.isnad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.isnad.vocab.Vocab;
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
            "Files go in in batches (--batch N files, default 100): every file of a batch is",
            "parsed before anything is written, and if one of them does not parse, nothing",
            "is loaded from that batch and the message names the file (exit 3); the other",
            "batches still load. A batch is written in transactions of about --max-quads",
            "quads, cut between articles (one transaction if a file scatters an article's",
            "quads). A load killed at any moment leaves each article wholly in the store",
            "or not at all; run it again to finish. The store is a set of quads: loading a file again adds nothing, and a",
            "changed article replaces its earlier claims (its provenance graph and the claim",
            "graphs it lists) instead of adding to them. If a file is missing, nothing is loaded.",
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

    @Option(names = "--reference", paramLabel = "DIR",
            description = "Directory whose *.ttl files make up the reference graph (default: isnad's own "
                    + "ontology/, found from any working directory as convert finds it).")
    Path reference;

    @Option(names = "--no-link",
            description = "Do not link the loaded claims to claims of other articles about one event (graph "
                    + "<https://w3id.org/isnad/id/graph/same-event-links>); link once after the last of many loads "
                    + "with 'isnad link --store DIR'.")
    boolean noLink;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "100",
            description = "Files per transaction (default ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--max-quads", paramLabel = "N", defaultValue = "" + ClaimStore.DEFAULT_MAX_QUADS,
            description = {"Quads per write transaction, rounded up to a whole article (default ${DEFAULT-VALUE}):",
                "a large batch commits in several transactions, each holding whole articles,",
                "so memory stays bounded whatever the size of the files."})
    long maxQuads;

    @Option(names = "--bulk-from", paramLabel = "N", defaultValue = "" + ClaimStore.DEFAULT_BULK_FROM,
            description = {"A batch of at least N article quads (default ${DEFAULT-VALUE}) into a store that",
                "holds no more goes through TDB2's bulk loader: about 1.2x faster at 5,000 articles",
                "(docs/scale.md), with a larger store until 'isnad compact'. A load killed inside",
                "it is undone, articles whole, when the store is next opened."})
    long bulkFrom;

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
        if (reference == null) reference = ReferenceData.ontology();
        if (endpoint != null)
            return loadRemote(out, err);
        // check the inputs before the store directory is created, so a typo leaves no empty store behind
        for (Path f : files) {
            if (!java.nio.file.Files.isRegularFile(f)) {
                err.println("isnad load: " + f + ": no such file; nothing loaded");
                return ExitCodes.BAD_INPUT;
            }
        }
        if (batch <= 0 || maxQuads <= 0 || bulkFrom <= 0) {
            err.println("isnad load: " + (batch <= 0 ? "--batch" : maxQuads <= 0 ? "--max-quads" : "--bulk-from") + " must be positive");
            return ExitCodes.USAGE;
        }
        try (ClaimStore cs = ClaimStore.open(store, reference).linking(!noLink).maxQuads(maxQuads).bulkFrom(bulkFrom)) {
            if (cs.repairedArticles() > 0)
                err.println("isnad load: warning: a bulk load into " + store + " was cut short; its "
                        + cs.repairedArticles() + " article(s) were taken out whole (load them again)");
            cs.onCommit((quads, transaction, batchDone) -> {
                if (batchDone) return;      // the batch's own line follows
                err.println("isnad load: transaction " + transaction + " committed (" + quads + " quads)");
                err.flush();
            });
            ClaimStore.LoadResult last = null;
            List<Path> referenceFiles = List.of();
            long referenceTriples = 0, added = 0, removed = 0;
            boolean referenceReplaced = false;
            int failedBatches = 0, loadedFiles = 0, transactions = 0;
            boolean referenceDone = false;
            List<Path> loaded = new java.util.ArrayList<>();
            for (int from = 0; from < files.size(); from += batch) {
                List<Path> chunk = files.subList(from, Math.min(files.size(), from + batch));
                try {
                    ClaimStore.LoadResult r = cs.load(chunk, !referenceDone);
                    r.warnings().forEach(w -> err.println("isnad load: warning: " + w));
                    if (!referenceDone) {
                        referenceFiles = r.referenceFiles();
                        referenceTriples = r.referenceTriples();
                        referenceReplaced = r.referenceReplaced();
                        referenceDone = true;
                    }
                    added += r.quadsAdded();
                    removed += r.quadsRemoved();
                    transactions += r.transactions();
                    loadedFiles += chunk.size();
                    loaded.addAll(chunk);
                    last = r;
                } catch (BadInputException e) {
                    failedBatches++;
                    err.println("isnad load: " + e.getMessage() + "; nothing loaded from this batch"
                            + (files.size() > batch ? " (files " + (from + 1) + "–" + (from + chunk.size()) + ")" : ""));
                }
                if (files.size() > batch) {
                    err.println("isnad load: " + Math.min(files.size(), from + batch) + "/" + files.size() + " files, "
                            + failedBatches + " batch(es) failed");
                    err.flush();
                }
            }
            if (last == null) return ExitCodes.BAD_INPUT;
            out.println("Loaded into " + store + ":");
            loaded.forEach(f -> out.println("  " + f));
            if (referenceFiles.isEmpty())
                out.println("Reference graph: unchanged");
            else
                out.println("Reference graph <" + Vocab.REFERENCE_GRAPH.getURI() + ">: " + referenceTriples
                        + " triples from " + referenceFiles.size() + " files in " + reference
                        + (referenceReplaced ? "" : " (unchanged)"));
            out.println("Quads added: " + added);
            out.println("Transactions: " + transactions);
            if (removed > 0)
                out.println("Quads removed: " + removed + " (earlier versions of changed articles)");
            // the totals take a pass over the store each: once, here, never per batch
            out.println("Total quads: " + cs.quadCount());
            out.println("Claims:      " + cs.claimCount());
            if (failedBatches > 0)
                out.println("Failed:      " + failedBatches + " batch(es); " + loadedFiles + " of " + files.size() + " files loaded");
            out.flush();
            return failedBatches > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
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
