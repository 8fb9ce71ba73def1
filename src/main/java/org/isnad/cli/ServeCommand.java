package org.isnad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.isnad.BadInputException;
import org.isnad.vocab.Vocab;
import org.isnad.store.ClaimStore;
import org.isnad.store.IsnadServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code isnad serve}: SPARQL, the Fuseki UI and linked-data pages over a claim store. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serves a claim store with an embedded Fuseki, until Ctrl-C.",
            "",
            "What is served (on 127.0.0.1 unless --host says otherwise):",
            "  /                  the Fuseki UI: write and run queries in the browser",
            "  /isnad/sparql      SPARQL query (also /isnad/query), GET or POST; open to scripts",
            "                     on other origins (CORS *, without credentials)",
            "  /isnad/get         graph reads (Graph Store Protocol): ?graph=IRI",
            "  /id/...            every IRI isnad mints, as an HTML page or as RDF:",
            "                     https://w3id.org/isnad/id/event/K-H is /id/event/K-H;",
            "                     Accept: text/turtle, application/trig, application/ld+json,",
            "                     application/n-triples, text/html, or ?format=ttl|trig|jsonld|nt|nq|html",
            "",
            "The store is served read-only by default. --update with --password-file also opens /isnad/update",
            "(SPARQL Update) and /isnad/data (Graph Store Protocol, read-write), which ask for",
            "a user and password (HTTP Basic, realm 'isnad'); queries and pages stay open.",
            "Writes take only SPARQL Update or Turtle/TriG/N-Triples/N-Quads/RDF/XML bodies and refuse",
            "other sites' pages (Origin); wrong passwords are throttled per address (429, Retry-After).",
            "The server fetches nothing: SERVICE, LOAD and FROM of non-store graphs are refused (400).",
            "Claims, provenance and reference data are in named graphs: use GRAPH in queries;",
            "the event summary the pages read is in the default graph (README, 'The event summary').",
            "While it runs the store is locked: stop it before 'isnad load'."},
        footer = {"",
            "Examples:",
            "  isnad serve --store store/",
            "  curl -H 'Accept: text/csv' --data-urlencode \\",
            "    'query=SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }' \\",
            "    http://127.0.0.1:3030/isnad/sparql",
            "  curl -H 'Accept: text/turtle' http://127.0.0.1:3030/id/event/733b2e7fb80cbccb-e8cfeb8ac9d6",
            "",
            "  printf 'editor: a-long-passphrase\\n' > users.txt; chmod 600 users.txt",
            "  isnad serve --store store/ --update --password-file users.txt",
            "  curl -u editor -X PUT -H 'Content-Type: text/turtle' --data-binary @fix.ttl \\",
            "    'http://127.0.0.1:3030/isnad/data?graph=https://w3id.org/isnad/id/claim/K-H'"})
public final class ServeCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR",
            description = "Store directory made by 'isnad load'.")
    Path store;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + IsnadServer.DEFAULT_PORT,
            description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; "
                    + "0.0.0.0 for every interface: put HTTPS in front of it).")
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "A query running longer is stopped (default: ${DEFAULT-VALUE}). "
                    + "A client's own ?timeout= can only shorten it.")
    double timeout;

    @Option(names = "--max-results", paramLabel = "N", defaultValue = "" + IsnadServer.DEFAULT_MAX_RESULTS,
            description = "Queries run with at most this LIMIT (rows of SELECT, solutions of CONSTRUCT/DESCRIBE); "
                    + "a capped answer carries the header Isnad-Result-Limit (default: ${DEFAULT-VALUE}; 0: no cap).")
    long maxResults;

    @Option(names = "--max-response-bytes", paramLabel = "N", defaultValue = "" + IsnadServer.DEFAULT_MAX_RESPONSE_BYTES,
            description = "A query answer, graph or page larger than this many bytes is cut off with an error "
                    + "(422 if nothing was sent yet, else a last line and a closed connection) "
                    + "(default: ${DEFAULT-VALUE}, 64 MiB; 0: no cap).")
    long maxResponseBytes;

    @Option(names = "--update",
            description = "Open SPARQL Update (/isnad/update) and Graph Store writes (/isnad/data), "
                    + "behind HTTP Basic authentication. Needs --password-file.")
    boolean update;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Users who may write: one 'user: password' a line (Jetty's format). Keep it private.")
    Path passwordFile;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Vocab.ID,
            description = "The IRI base /id/ stands for (default: ${DEFAULT-VALUE}): /id/REST describes "
                    + "BASE+REST. For a project that publishes its IRIs under its own domain and forwards "
                    + "BASE* to this server's /id/*.")
    String base;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535)
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        if (!(timeout > 0) || timeout > 86_400)
            throw new ParameterException(spec.commandLine(), "--timeout must be between 0 and 86400 seconds, not " + timeout);
        if (maxResults < 0)
            throw new ParameterException(spec.commandLine(), "--max-results must be 0 (no cap) or more, not " + maxResults);
        if (maxResponseBytes < 0)
            throw new ParameterException(spec.commandLine(), "--max-response-bytes must be 0 (no cap) or more, not " + maxResponseBytes);
        if (update && passwordFile == null)
            throw new ParameterException(spec.commandLine(), "--update needs --password-file FILE: "
                    + "isnad does not open writes without a password");
        if (passwordFile != null && !update)
            throw new ParameterException(spec.commandLine(), "--password-file is only used with --update");
        IsnadServer.Options options;
        try {
            options = new IsnadServer.Options().host(host).port(port)
                    .timeout(Duration.ofMillis(Math.round(timeout * 1000))).maxResults(maxResults).maxResponseBytes(maxResponseBytes).base(base);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (update) {
            // before the store is opened: a refused start must not touch it
            try {
                IsnadServer.checkPasswordFile(passwordFile);
            } catch (IllegalArgumentException e) {
                err.println("isnad serve: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            options.update(passwordFile);
        }

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
        IsnadServer server = new IsnadServer(cs, options);
        try {
            server.start();
        } catch (IllegalArgumentException e) {
            cs.close();
            err.println("isnad serve: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (RuntimeException e) {
            cs.close();
            err.println("isnad serve: cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "); choose another port with --port");
            return ExitCodes.USAGE;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            cs.close();
        }, "isnad-serve-shutdown"));
        String where = isLoopback(host) ? "127.0.0.1 only" : "listening on " + host;
        out.println("SPARQL endpoint: " + server.url() + "  (" + (update ? "read-write with password" : "read-only")
                + ", " + where + ")");
        out.println("Home page:       " + server.rootUrl() + "/  (events: list, timeline, map; search at /search)");
        if (IsnadServer.hasUi()) out.println("Query UI:        " + server.rootUrl() + "/fuseki/");
        out.println("Linked data:     " + server.rootUrl() + "/id/...  (= " + base + "...)");
        if (update)
            out.println("Writes:          " + server.datasetUrl() + "/update, " + server.datasetUrl()
                    + "/data  (HTTP Basic, users from " + passwordFile + ")");
        out.println("Store:           " + store.toAbsolutePath());
        out.println("Claims:          " + cs.claimCount());
        out.println("Quads:           " + quads);
        out.println("Limits:          queries stop after " + fmt(timeout) + " s; at most "
                + (maxResults == 0 ? "unlimited" : Long.toString(maxResults)) + " results, "
                + (maxResponseBytes == 0 ? "unlimited" : Long.toString(maxResponseBytes)) + " bytes a response");
        out.println("Stop with Ctrl-C.");
        out.flush();
        server.join();
        return ExitCodes.OK;
    }

    private static boolean isLoopback(String h) {
        return h.equals("127.0.0.1") || h.equals("localhost") || h.equals("::1");
    }

    private static String fmt(double s) {
        return s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s);
    }
}
