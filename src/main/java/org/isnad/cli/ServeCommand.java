package org.isnad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.isnad.BadInputException;
import org.isnad.store.ClaimStore;
import org.isnad.store.IsnadServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code isnad serve}: a read-only SPARQL endpoint over a claim store, on this machine only. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serves a claim store read-only with an embedded Fuseki on 127.0.0.1, until Ctrl-C.",
            "",
            "The server listens on 127.0.0.1 only and is read-only: SPARQL queries at",
            "/isnad/sparql (also /isnad/query), graph reads at /isnad/get?graph=IRI,",
            "and no update or upload endpoint. Claims, provenance and reference data",
            "are in named graphs: use GRAPH in queries (see queries/*.rq).",
            "While it runs the store is locked: stop it before 'isnad load'."},
        footer = {"",
            "Example:",
            "  isnad serve --store store/",
            "  curl -H 'Accept: text/csv' --data-urlencode \\",
            "    'query=SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }' \\",
            "    http://127.0.0.1:3030/isnad/sparql"})
public final class ServeCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR",
            description = "Store directory made by 'isnad load'.")
    Path store;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + IsnadServer.DEFAULT_PORT,
            description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535)
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        ClaimStore cs;
        try {
            cs = ClaimStore.openExisting(store);
        } catch (BadInputException e) {
            err.println("isnad serve: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        long quads = cs.quadCount();
        if (quads == 0) {
            cs.close();
            err.println("isnad serve: " + store + ": the store is empty; load data with 'isnad load' first");
            return ExitCodes.BAD_INPUT;
        }
        IsnadServer server = new IsnadServer(cs, port);
        try {
            server.start();
        } catch (RuntimeException e) {
            cs.close();
            err.println("isnad serve: cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
                    + "); choose another port with --port");
            return ExitCodes.USAGE;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            cs.close();
        }, "isnad-serve-shutdown"));
        out.println("SPARQL endpoint: " + server.url() + "  (read-only, 127.0.0.1 only)");
        out.println("Store:           " + store.toAbsolutePath());
        out.println("Claims:          " + cs.claimCount());
        out.println("Quads:           " + quads);
        out.println("Stop with Ctrl-C.");
        out.flush();
        server.join();
        return ExitCodes.OK;
    }
}
