package org.isnad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the whole chain on examples/: convert, validate, load, query, serve.",
            "",
            "Converts the articles to claims (TriG), validates them claim by claim against shapes/, loads",
            "them into a TDB2 store under target/demo/, prints the answers to two research questions from",
            "queries/, then serves the store with Fuseki on 127.0.0.1.",
            "",
            "It runs the same code as the commands it is made of, so it shows how to run them one by one:",
            "  isnad convert -o target/demo/claims.trig examples/",
            "  isnad validate target/demo/claims.trig",
            "  isnad load --store target/demo/store target/demo/claims.trig",
            "  isnad query --store target/demo/store queries/timeline-deir-ez-zor.rq",
            "  isnad serve --store target/demo/store"},
        footer = {"", "Exit codes: 0 ok, 1 the converted data did not validate, 3 bad input."})
public final class DemoCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--no-serve", description = "Stop after the queries instead of serving the store.")
    boolean noServe;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "Port for Fuseki (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "target/demo",
            description = "Where the demo writes its claims and store (default: ${DEFAULT-VALUE}).")
    Path dir;

    static final String[] QUERIES = {"events-by-type-and-place.rq", "timeline-deir-ez-zor.rq"};

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path examples = ReferenceData.dir("examples");
        Path queries = ReferenceData.dir("queries");
        Path claims = dir.resolve("claims.trig");
        Path store = dir.resolve("store");

        int rc = step(out, "1. convert " + examples + " → " + claims,
                "convert", "-o", claims.toString(), examples.toString());
        if (rc != ExitCodes.OK) return rc;
        rc = step(out, "2. validate " + claims + " against shapes/, claim by claim", "validate", claims.toString());
        if (rc != ExitCodes.OK) return rc;
        rc = step(out, "3. load into the TDB2 store " + store, "load", "--store", store.toString(), claims.toString());
        if (rc != ExitCodes.OK) return rc;
        for (String q : QUERIES) {
            rc = step(out, "4. query " + queries.resolve(q), "query", "--store", store.toString(), queries.resolve(q).toString());
            if (rc != ExitCodes.OK) return rc;
        }
        if (noServe) {
            out.println();
            out.println("Done. Serve the store with: ./isnad serve --store " + store);
            return ExitCodes.OK;
        }
        return step(out, "5. serve (Ctrl-C to stop)", "serve", "--store", store.toString(), "--port", Integer.toString(port));
    }

    /** Runs one subcommand in this process, with the same streams, and says what it runs. */
    private int step(PrintWriter out, String title, String... args) {
        out.println();
        out.println("── " + title);
        out.println("   $ isnad " + String.join(" ", args));
        out.flush();
        CommandLine root = IsnadCommand.commandLine();
        root.setOut(spec.commandLine().getOut());
        root.setErr(spec.commandLine().getErr());
        List<String> a = new ArrayList<>(List.of(args));
        int rc = root.execute(a.toArray(String[]::new));
        if (rc != ExitCodes.OK) spec.commandLine().getErr().println("isnad demo: step failed with exit code " + rc);
        return rc;
    }
}
