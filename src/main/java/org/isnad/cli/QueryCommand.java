package org.isnad.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.isnad.BadInputException;
import org.isnad.store.ClaimStore;
import org.isnad.store.QueryRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code isnad query}: one SPARQL query file against a claim store. */
@Command(name = "query",
        mixinStandardHelpOptions = true,
        description = {
            "Run a SPARQL query file against a claim store and print the result.",
            "",
            "The store is read as TDB2 keeps it, without a union default graph: each",
            "claim is a named graph, each article's provenance is a named graph, and",
            "the reference data (labels, places, actors) is in",
            "  GRAPH <https://w3id.org/isnad/id/graph/reference>",
            "The files in queries/ show the patterns; each starts with a comment that",
            "says what it answers and which columns to expect.",
            "",
            "SELECT and ASK results are printed in the chosen format; CONSTRUCT and",
            "DESCRIBE results as Turtle."},
        footer = {"",
            "Examples:",
            "  isnad query --store store/ queries/events-by-type-and-place.rq",
            "  isnad query --store store/ --timeout 300 queries/provenance-chain.rq",
            "  isnad query --store store/ --format csv \\",
            "        queries/provenance-chain.rq > chain.csv"})
public final class QueryCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR",
            description = "Store directory made by 'isnad load'.")
    Path store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    QueryRunner.Format format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Stop a query that runs longer than this (default: ${DEFAULT-VALUE} s; 0: no limit).")
    long timeoutSeconds;

    @Parameters(index = "0", paramLabel = "QUERY.rq", description = "File holding one SPARQL query.")
    Path queryFile;

    @Override public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (timeoutSeconds < 0) {
            err.println("isnad query: --timeout must be 0 (no limit) or more seconds, not " + timeoutSeconds);
            return ExitCodes.USAGE;
        }
        // queries/NAME.rq, as the help shows it, also from outside the isnad folder (the launcher says where it is)
        Path inHome = ReferenceData.home().resolve(queryFile);
        if (!queryFile.isAbsolute() && !java.nio.file.Files.exists(queryFile) && java.nio.file.Files.isRegularFile(inHome))
            queryFile = inHome;
        Query query;
        try {
            query = QueryRunner.parse(queryFile);
        } catch (BadInputException e) {
            err.println("isnad query: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        try (ClaimStore cs = ClaimStore.openExisting(store)) {
            PrintWriter out = spec.commandLine().getOut();
            // the formatters write bytes; buffer them and print through picocli's writer, which callers
            // (and tests) can redirect. Results of isnad's queries are small.
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            QueryRunner.run(cs, query, format, buf, java.util.concurrent.TimeUnit.SECONDS.toMillis(timeoutSeconds));
            out.print(buf.toString(StandardCharsets.UTF_8));
            out.flush();
            return ExitCodes.OK;
        } catch (BadInputException e) {
            err.println("isnad query: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (org.apache.jena.query.QueryCancelledException e) {
            // nothing was printed: the result is buffered until the query ends
            err.println("isnad query: " + queryFile + ": stopped after --timeout " + timeoutSeconds
                    + " s; add a LIMIT, narrow the patterns, or give a longer --timeout");
            return ExitCodes.BAD_INPUT;
        }
    }
}
