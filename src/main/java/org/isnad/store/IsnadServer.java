package org.isnad.store;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;

/**
 * An embedded Fuseki over the claim store, read-only and reachable from this machine only.
 *
 * <p>Endpoints of the dataset {@code /isnad}: {@code /isnad/sparql} and {@code /isnad/query} (SPARQL
 * query, GET or POST) and {@code /isnad/get} (Graph Store Protocol, read: {@code ?graph=IRI} or
 * {@code ?default}). There is no update, upload or GSP write endpoint, so a request to change the data
 * is refused whatever its path; the store is opened without unionDefaultGraph, as for {@code isnad query}.
 */
public final class IsnadServer {
    public static final int DEFAULT_PORT = 3030;
    public static final String DATASET = "/isnad";

    private final ClaimStore store;
    private final int requestedPort;
    private FusekiServer server;

    /** {@code port} 0 picks a free port; {@link #port()} tells which after {@link #start()}. */
    public IsnadServer(ClaimStore store, int port) {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
        this.store = store;
        this.requestedPort = port;
    }

    public synchronized IsnadServer start() {
        if (server != null) return this;
        // endpoints listed one by one rather than withStdServices(false), so nothing writable can slip in
        DataService service = DataService.newBuilder(store.datasetGraph())
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get")
                .build();
        server = FusekiServer.create()
                .loopback(true)            // 127.0.0.1 only: this is a local research tool, not a public service
                .port(requestedPort)
                .add(DATASET, service)
                .build()
                .start();
        return this;
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
            if (c instanceof org.eclipse.jetty.server.ServerConnector sc) return sc.getHost();
        return null;
    }

    /** The dataset URL, e.g. {@code http://127.0.0.1:3030/isnad}. */
    public String datasetUrl() {
        return "http://127.0.0.1:" + port() + DATASET;
    }

    /** The SPARQL query endpoint, e.g. {@code http://127.0.0.1:3030/isnad/sparql}. */
    public String url() {
        return datasetUrl() + "/sparql";
    }
}
