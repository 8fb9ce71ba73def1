package org.isnad.store;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.isnad.BadInputException;
import org.isnad.vocab.Vocab;

/**
 * Pushes isnad RDF into a remote store through the SPARQL 1.1 Graph Store Protocol (Fuseki's
 * {@code /DATASET/data}, GraphDB's {@code /repositories/REPO/rdf-graphs/service}, Virtuoso's
 * {@code /sparql-graph-crud-auth}, ...).
 *
 * <p>Each named graph of the input is sent with HTTP PUT, which <em>replaces</em> that graph: a claim
 * graph sent twice is the same graph, so loading the same file again leaves the remote store as it was
 * (set semantics would not help: a claim re-extracted with fewer triples must lose the old ones).
 * The reference data goes the same way into {@link Vocab#REFERENCE_GRAPH}. Triples in the default
 * graph (a Turtle input) are POSTed, i.e. added to the remote default graph, never replacing it.
 *
 * <p>Every input is parsed before the first request, so a broken file sends nothing. There is no
 * transaction across requests: if the endpoint fails half way, some graphs are new and some old;
 * running the same load again completes it.
 */
public final class RemoteLoader {
    private final String endpoint;
    private final String authorization;
    private final HttpClient http;

    /**
     * @param endpoint the Graph Store Protocol endpoint URL
     * @param user     HTTP Basic user, or {@code null} for none
     * @param password its password (ignored without a user)
     */
    public RemoteLoader(String endpoint, String user, String password) {
        this.endpoint = endpoint;
        this.authorization = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    }

    /** Reads a password file: its first line, without the line end (a trailing newline is what editors add). */
    public static String readPassword(Path file) throws BadInputException {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || lines.get(0).isEmpty())
                throw new BadInputException(file, "the password file is empty");
            return lines.get(0);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read the password file: " + e.getMessage(), e);
        }
    }

    /** True when credentials would cross the network in clear: plain http to a host other than this machine. */
    public static boolean sendsPasswordInClear(String endpoint) {
        URI u = URI.create(endpoint);
        String h = u.getHost() == null ? "" : u.getHost();
        return "http".equalsIgnoreCase(u.getScheme())
                && !(h.equals("localhost") || h.equals("127.0.0.1") || h.equals("[::1]") || h.equals("::1"));
    }

    /**
     * Parses {@code files} and the {@code *.ttl} of {@code referenceDir} (none when {@code null} or
     * missing), then replaces each named graph at the endpoint.
     *
     * @throws BadInputException a file that does not parse (nothing sent), or the endpoint refused a request
     */
    public Result load(List<Path> files, Path referenceDir) throws BadInputException {
        DatasetGraph staging = DatasetGraphFactory.create();
        for (Path f : files)
            parse(f, staging);
        List<Path> refFiles = referenceFiles(referenceDir);
        Graph reference = GraphFactory.createDefaultGraph();
        for (Path f : refFiles) {
            DatasetGraph tmp = DatasetGraphFactory.create();
            parse(f, tmp);
            tmp.find().forEachRemaining(q -> reference.add(q.asTriple()));
        }

        List<String> graphs = new ArrayList<>();
        long triples = 0;
        if (!refFiles.isEmpty()) {
            put(Vocab.REFERENCE_GRAPH, reference);
            graphs.add(Vocab.REFERENCE_GRAPH.getURI());
            triples += reference.size();
        }
        for (Iterator<Node> it = staging.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            Graph content = staging.getGraph(g);
            put(g, content);
            graphs.add(g.getURI());
            triples += content.size();
        }
        long defaultTriples = staging.getDefaultGraph().size();
        if (defaultTriples > 0) {
            send(gsp().defaultGraph(), "POST default graph", s -> s.POST(staging.getDefaultGraph()));
            triples += defaultTriples;
        }
        return new Result(graphs, refFiles, triples, defaultTriples);
    }

    private GSP gsp() {
        GSP g = GSP.service(endpoint).httpClient(http).contentType(RDFFormat.TURTLE_BLOCKS);
        // preemptive Basic: a PUT answered 401 would otherwise be sent twice, body and all
        return authorization == null ? g : g.httpHeader("Authorization", authorization);
    }

    private void put(Node graph, Graph content) throws BadInputException {
        send(gsp().graphName(graph), "PUT <" + graph.getURI() + ">", s -> s.PUT(content));
    }

    private interface Request { void run(GSP gsp); }

    private void send(GSP gsp, String what, Request r) throws BadInputException {
        try {
            r.run(gsp);
        } catch (RuntimeException e) { // HttpException (status, connection refused), QueryExceptionHTTP, ...
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("401") || msg.contains("403"))
                msg += " (wrong user or password, or the endpoint is read-only)";
            throw new BadInputException(endpoint, what + " failed: " + msg
                    + "; graphs sent before this one are already replaced, run the load again to finish", e);
        }
    }

    private static void parse(Path file, DatasetGraph into) throws BadInputException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file))
            throw new BadInputException(file, "no such file");
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        if (lang == null || !RDFLanguages.isQuads(lang) && !RDFLanguages.isTriples(lang))
            throw new BadInputException(file, "unknown RDF syntax; expected .trig, .nq, .ttl or .nt");
        try {
            RDFParser.source(file).lang(lang).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(into);
        } catch (RiotException e) {
            throw new BadInputException(file, "not valid " + lang.getLabel() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new BadInputException(file, "cannot read: " + e.getMessage(), e);
        }
        // a blank node graph name cannot be addressed over the protocol
        for (Iterator<Node> it = into.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            if (!g.isURI())
                throw new BadInputException(file, "a named graph without an IRI (" + g + ") cannot be sent to an endpoint");
        }
    }

    private static List<Path> referenceFiles(Path dir) throws BadInputException {
        if (dir == null || !Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".ttl") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new BadInputException(dir, "cannot list reference data: " + e.getMessage(), e);
        }
    }

    /**
     * What one remote load sent.
     *
     * @param graphs          the graphs replaced, reference graph first
     * @param referenceFiles  the reference files read (empty when the reference graph was not sent)
     * @param triples         triples sent in all
     * @param defaultTriples  of which added to the remote default graph
     */
    public record Result(List<String> graphs, List<Path> referenceFiles, long triples, long defaultTriples) {}
}
