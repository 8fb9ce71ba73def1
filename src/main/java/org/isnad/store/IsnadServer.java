package org.isnad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.system.Txn;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.isnad.vocab.Vocab;
import org.isnad.web.LoginThrottle;
import org.isnad.web.LoginThrottleGate;
import org.isnad.web.OpenCors;
import org.isnad.web.ResponseSizeLimit;
import org.isnad.web.SecurityHeaders;
import org.isnad.web.ThrottledLoginService;
import org.isnad.web.WriteGuard;

/**
 * An embedded Fuseki over the claim store, reachable from this machine only unless told otherwise.
 *
 * <p>Endpoints of the dataset {@code /isnad}: {@code /isnad/sparql} and {@code /isnad/query} (SPARQL
 * query, GET or POST, with a timeout and a cap on result size) and {@code /isnad/get} (Graph Store
 * Protocol, read). By default there is no update, upload or GSP write endpoint, so a request to change the
 * data is refused whatever its path. With {@link Options#update} and a password file, {@code /isnad/update}
 * (SPARQL Update) and {@code /isnad/data} (Graph Store Protocol, read-write) open, and only they ask for
 * the password (HTTP Basic, realm {@value #REALM}); queries stay open.
 *
 * <p>Besides the dataset: the Fuseki UI (from the jena-fuseki-ui jar) at {@code /}, with the read-only
 * server description {@code /$/server}, {@code /$/ping} and {@code /$/stats} it calls, and the linked-data
 * pages of every IRI isnad mints at {@code /id/...} ({@link IriMapping}). Reads are open to scripts on
 * other origins (CORS {@code *}, without credentials), writes are not, and refuse what an HTML form or
 * another site could send ({@link WriteGuard}). No admin endpoint (creating or deleting datasets) is mounted.
 */
public final class IsnadServer {
    public static final int DEFAULT_PORT = 3030;
    public static final String DATASET = "/isnad";
    public static final String REALM = "isnad";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_RESULTS = 100_000;
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L << 20;

    /** How to serve. Defaults: 127.0.0.1, port 3030, 30 s timeout, 100 000 results, 64 MiB a response, read-only, default base. */
    public static final class Options {
        String host = "127.0.0.1";
        int port = DEFAULT_PORT;
        Duration timeout = DEFAULT_TIMEOUT;
        long maxResults = DEFAULT_MAX_RESULTS;
        long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
        Path passwordFile;
        String base = Vocab.ID;

        public Options host(String h) { host = h; return this; }
        /** 0 picks a free port. */
        public Options port(int p) {
            if (p < 0 || p > 65535) throw new IllegalArgumentException("port out of range: " + p);
            port = p;
            return this;
        }
        public Options timeout(Duration t) {
            if (t.isNegative() || t.isZero()) throw new IllegalArgumentException("the timeout must be positive");
            timeout = t;
            return this;
        }
        /** 0: no cap. */
        public Options maxResults(long n) {
            if (n < 0) throw new IllegalArgumentException("max results must be 0 (no cap) or more");
            maxResults = n;
            return this;
        }
        /** 0: no cap. */
        public Options maxResponseBytes(long n) {
            if (n < 0) throw new IllegalArgumentException("max response bytes must be 0 (no cap) or more");
            maxResponseBytes = n;
            return this;
        }
        /** Opens the update and GSP write endpoints, behind HTTP Basic with the users of {@code file}. */
        public Options update(Path file) { passwordFile = file; return this; }
        public Options base(String b) { new IriMapping(b); base = b; return this; }
    }

    private final ClaimStore store;
    private final Options options;
    private final LoginThrottle logins = new LoginThrottle();
    private FusekiServer server;

    /** Read-only on 127.0.0.1 with the default options; {@code port} 0 picks a free port. */
    public IsnadServer(ClaimStore store, int port) {
        this(store, new Options().port(port));
    }

    public IsnadServer(ClaimStore store, Options options) {
        this.store = store;
        this.options = options;
    }

    /** True when updates are open (a password file was given). */
    public boolean updatable() { return options.passwordFile != null; }

    /**
     * Starts the server.
     *
     * @throws IllegalArgumentException when the password file is missing, unreadable or names no user
     */
    public synchronized IsnadServer start() {
        if (server != null) return this;
        if (updatable()) checkPasswordFile(options.passwordFile);
        // a store loaded before isnad kept an event summary gets one now, once, for the pages
        if (Txn.calculateRead(store.datasetGraph(), () -> EventSummary.missing(store.datasetGraph())))
            Txn.executeWrite(store.datasetGraph(), () -> EventSummary.rebuild(store.datasetGraph()));
        HomeServlets.Events events = new HomeServlets.Events(store.datasetGraph(), new IriMapping(options.base));

        FusekiServer.Builder b = FusekiServer.create()
                .port(options.port)
                .loopback(isLoopback(options.host))
                .enableCors(false)
                .enablePing(true)
                .enableStats(true)
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet(IriMapping.PATH + "*", new LinkedDataServlet(store.datasetGraph(), new IriMapping(options.base)))
                .addServlet(OntologyServlet.PATH, new OntologyServlet())
                .addServlet("", new HomeServlets.Home())
                .addServlet(SearchServlet.PATH, new SearchServlet(store.datasetGraph(), new IriMapping(options.base)))
                .addServlet(HomeServlets.API, events)
                .addServlet(HomeServlets.API + "/*", events)
                .addServlet(HomeServlets.ASSETS + "*", new HomeServlets.Assets())
                .addServlet(HomeServlets.FUSEKI, new HomeServlets.FusekiUi())
                .addServlet(HomeServlets.FUSEKI + "/*", new HomeServlets.FusekiUi())
                .add(DATASET, dataService());
        browserSafety(b);
        String ui = uiLocation();
        if (ui != null) b.staticFileBase(ui);
        if (updatable()) {
            // authentication only where an endpoint's policy asks for a user: queries and pages stay open
            b.securityHandler(throttledPasswordCheck()).realm(REALM).auth(AuthScheme.BASIC)
             .serverAuthPolicy(Auth.ANY_ANON);
        }
        FusekiServer s = b.build();
        // outermost, so a shut-out address is answered before Jetty looks at its password
        if (updatable()) s.getJettyServer().setHandler(new LoginThrottleGate(logins, s.getJettyServer().getHandler()));
        if (!isLoopback(options.host) && !"0.0.0.0".equals(options.host) && !"*".equals(options.host))
            for (var c : s.getJettyServer().getConnectors())
                if (c instanceof ServerConnector sc) sc.setHost(options.host);
        server = s.start();
        return this;
    }

    /** The endpoints of {@value #DATASET}, listed one by one rather than withStdServices, so nothing writable slips in. */
    private DataService dataService() {
        // the timeout and the result cap travel with the query endpoints, not the shared store
        Context queryContext = new Context();
        queryContext.set(ARQ.queryTimeout, Long.toString(options.timeout.toMillis()));
        // Jena's own switch, behind the 400 of LocalOnly: SERVICE never calls out from this server
        queryContext.set(ARQ.httpServiceAllowed, false);
        Context updateContext = new Context();
        updateContext.set(ARQ.httpServiceAllowed, false);
        LimitedQuery limited = new LimitedQuery(options.maxResults);
        DataService.Builder ds = DataService.newBuilder(store.datasetGraph())
                .addEndpoint(Endpoint.create().operation(Operation.Query).endpointName("sparql")
                        .context(queryContext).processor(limited).build())
                .addEndpoint(Endpoint.create().operation(Operation.Query).endpointName("query")
                        .context(queryContext).processor(limited).build())
                .addEndpoint(Operation.GSP_R, "get");
        if (updatable()) {
            ds.addEndpoint(Endpoint.create().operation(Operation.Update).endpointName("update").authPolicy(Auth.ANY_USER)
                    .context(updateContext).processor(new LocalUpdate()).build());
            ds.addEndpoint(Operation.GSP_RW, "data", Auth.ANY_USER);
        }
        return ds.build();
    }

    /** Filters on the way in: security headers everywhere, CORS on reads, the CSRF guard on writes, a byte cap on reads. */
    private void browserSafety(FusekiServer.Builder b) {
        String update = DATASET + "/update", data = DATASET + "/data";
        b.addFilter("/*", new SecurityHeaders(SecurityHeaders.POLICY))
         .addFilter("/*", new OpenCors(List.of(update, data), LimitedQuery.HEADER));
        ResponseSizeLimit cap = new ResponseSizeLimit(options.maxResponseBytes);
        for (String p : List.of(DATASET + "/sparql", DATASET + "/query", DATASET + "/get", data, IriMapping.PATH + "*", HomeServlets.API))
            b.addFilter(p, cap);
        if (!updatable()) return;
        for (String p : List.of(update, update + "/*")) b.addFilter(p, WriteGuard.sparqlUpdate());
        for (String p : List.of(data, data + "/*")) b.addFilter(p, WriteGuard.rdfData());
    }

    /** Fuseki's HTTP Basic check of the password file, reporting every check to {@link #logins}. */
    private ConstraintSecurityHandler throttledPasswordCheck() {
        ConstraintSecurityHandler csh = JettySecurityLib.makeSecurityHandler(REALM,
                JettySecurityLib.makeUserStore(options.passwordFile.toString()), AuthScheme.BASIC);
        csh.setLoginService(new ThrottledLoginService(csh.getLoginService(), logins));
        return csh;
    }

    private static boolean isLoopback(String host) {
        return host == null || host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }

    /** The Fuseki UI's files inside the jena-fuseki-ui jar, as Fuseki's own UI module finds them; null if absent. */
    static String uiLocation() {
        try (ResourceFactory.Closeable rf = ResourceFactory.closeable()) {
            var r = rf.newClassLoaderResource("webapp");
            return r == null ? null : r.getURI().toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A Jetty property file: one {@code user: password} a line; at least one user. */
    public static void checkPasswordFile(Path f) {
        if (!Files.isRegularFile(f) || !Files.isReadable(f))
            throw new IllegalArgumentException(f + ": no such password file (lines of 'user: password')");
        try {
            boolean user = Files.readAllLines(f).stream().map(String::trim)
                    .anyMatch(l -> !l.isEmpty() && !l.startsWith("#") && l.indexOf(':') > 0 && l.indexOf(':') < l.length() - 1);
            if (!user) throw new IllegalArgumentException(f + ": names no user; write lines of 'user: password'");
        } catch (IOException e) {
            throw new IllegalArgumentException(f + ": cannot read the password file: " + e.getMessage(), e);
        }
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Blocks until the server stops. */
    public void join() {
        FusekiServer s;
        synchronized (this) { s = server; }
        if (s != null) s.join();
    }

    /** The port the server listens on (the real one when started with port 0). */
    public synchronized int port() {
        if (server == null) throw new IllegalStateException("server not started");
        return server.getHttpPort();
    }

    /** The host name the HTTP connector is bound to ("localhost" when bound to loopback only). */
    public synchronized String boundHost() {
        if (server == null) throw new IllegalStateException("server not started");
        for (var c : server.getJettyServer().getConnectors())
            if (c instanceof ServerConnector sc) return sc.getHost();
        return null;
    }

    /** The server root as a client on this machine reaches it, e.g. {@code http://127.0.0.1:3030}. */
    public String rootUrl() {
        String h = options.host;
        if (isLoopback(h) || "0.0.0.0".equals(h) || "*".equals(h)) h = "127.0.0.1";
        if (h.contains(":")) h = "[" + h + "]";
        return "http://" + h + ":" + port();
    }

    /** The dataset URL, e.g. {@code http://127.0.0.1:3030/isnad}. */
    public String datasetUrl() {
        return rootUrl() + DATASET;
    }

    /** The SPARQL query endpoint, e.g. {@code http://127.0.0.1:3030/isnad/sparql}. */
    public String url() {
        return datasetUrl() + "/sparql";
    }

    /** Where {@code iri} resolves on this server, or null when it is not under a base the server serves. */
    public String pageUrl(String iri) {
        String p = new IriMapping(options.base).pathOf(iri);
        return p == null ? null : rootUrl() + p;
    }

    /** True when the Fuseki UI files were found on the class path and are served at {@code /}. */
    public static boolean hasUi() { return uiLocation() != null; }
}
