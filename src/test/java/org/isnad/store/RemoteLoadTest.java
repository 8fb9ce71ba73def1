package org.isnad.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.isnad.cli.ExitCodes;
import org.isnad.vocab.Vocab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isnad load --endpoint} against a real Fuseki on 127.0.0.1, started here on a free port. */
class RemoteLoadTest {

    @TempDir Path tmp;
    FusekiServer server;
    final DatasetGraph remote = DatasetGraphFactory.createTxnMem();

    @AfterEach
    void stop() {
        if (server != null) server.stop();
    }

    String start(boolean withPassword) throws Exception {
        FusekiServer.Builder b = FusekiServer.create().loopback(true).port(0).add("/ds", remote, true);
        if (withPassword) {
            Path realm = Files.writeString(tmp.resolve("realm.properties"), "loader: s3cret-pw\n");
            b.passwordFile(realm.toString()).auth(AuthScheme.BASIC).serverAuthPolicy(Auth.policyAllowSpecific("loader"));
        }
        server = b.build().start();
        return "http://127.0.0.1:" + server.getHttpPort() + "/ds/data";
    }

    long remoteQuads() {
        return Txn.calculateRead(remote, () -> remote.stream().count());
    }

    StoreCliTest.Run load(String endpoint, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "load";
        args[1] = "--endpoint";
        args[2] = endpoint;
        args[3] = "--reference=" + Fixture.REFERENCE;
        System.arraycopy(more, 0, args, 4, more.length);
        return StoreCliTest.isnad(args);
    }

    @Test
    void loadingTwiceLeavesTheSameQuadsAsOnce() throws Exception {
        String endpoint = start(false);
        StoreCliTest.Run first = load(endpoint, Fixture.CLAIMS.toString());
        assertEquals(ExitCodes.OK, first.code(), first.err());
        long once = remoteQuads();
        assertEquals(Fixture.expectedQuadsWithoutLinks(), once, "claims and the reference graph arrived whole");

        StoreCliTest.Run second = load(endpoint, Fixture.CLAIMS.toString());
        assertEquals(ExitCodes.OK, second.code(), second.err());
        assertEquals(once, remoteQuads());
        assertTrue(second.out().contains("Graphs replaced: "), second.out());

        // the remote store holds exactly what a local load gives
        DatasetGraph expected = DatasetGraphFactory.create();
        RDFParser.source(Fixture.CLAIMS).parse(expected);
        Txn.executeRead(remote, () -> {
            for (var it = expected.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                assertTrue(expected.getGraph(g).isIsomorphicWith(remote.getGraph(g)), g.toString());
            }
            assertTrue(remote.containsGraph(Vocab.REFERENCE_GRAPH));
        });
    }

    @Test
    void aClaimGraphIsReplacedNotMerged() throws Exception {
        String endpoint = start(false);
        assertEquals(ExitCodes.OK, load(endpoint, Fixture.CLAIMS.toString()).code());
        // the same claims, re-extracted: the strike has lost its place
        String edited = Files.readString(Fixture.CLAIMS)
                .replace("      sem:hasPlace <place/deir-ez-zor> ;\n", "");
        assertNotEquals(Files.readString(Fixture.CLAIMS), edited, "fixture changed; update this test");
        Path file = Files.writeString(tmp.resolve("edited.trig"), edited);
        assertEquals(ExitCodes.OK, load(endpoint, file.toString()).code());
        Node strike = NodeFactory.createURI(Fixture.A_STRIKE);
        Node place = NodeFactory.createURI(Vocab.ID + "place/deir-ez-zor");
        Txn.executeRead(remote, () ->
                assertFalse(remote.contains(strike, Node.ANY, Node.ANY, place), "the old triple is gone"));
    }

    @Test
    void aBrokenFileSendsNothing() throws Exception {
        String endpoint = start(false);
        StoreCliTest.Run r = load(endpoint, Fixture.CLAIMS.toString(), Fixture.BAD.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("bad.trig"), r.err());
        assertEquals(0, remoteQuads());
    }

    @Test
    void basicAuthWithAPasswordFile() throws Exception {
        String endpoint = start(true);
        Path good = Files.writeString(tmp.resolve("pw"), "s3cret-pw\n");
        Path bad = Files.writeString(tmp.resolve("wrong"), "guess\n");

        StoreCliTest.Run none = load(endpoint, Fixture.CLAIMS.toString());
        assertEquals(ExitCodes.BAD_INPUT, none.code());
        assertTrue(none.err().contains("401"), none.err());

        StoreCliTest.Run wrong = load(endpoint, "--user", "loader", "--password-file", bad.toString(), Fixture.CLAIMS.toString());
        assertEquals(ExitCodes.BAD_INPUT, wrong.code());
        assertTrue(wrong.err().contains(endpoint) && wrong.err().contains("password"), wrong.err());
        assertEquals(0, remoteQuads());

        StoreCliTest.Run ok = load(endpoint, "--user", "loader", "--password-file", good.toString(), Fixture.CLAIMS.toString());
        assertEquals(ExitCodes.OK, ok.code(), ok.err());
        assertFalse(ok.err().contains("unencrypted"), "no warning on loopback: " + ok.err());
        assertEquals(Fixture.expectedQuadsWithoutLinks(), remoteQuads());
    }

    @Test
    void usageErrors() {
        assertEquals(ExitCodes.USAGE, StoreCliTest.isnad("load", Fixture.CLAIMS.toString()).code(), "neither");
        assertEquals(ExitCodes.USAGE, StoreCliTest.isnad("load", "--store", tmp.resolve("s").toString(),
                "--endpoint", "http://127.0.0.1:1/ds/data", Fixture.CLAIMS.toString()).code(), "both");
        assertEquals(ExitCodes.USAGE, StoreCliTest.isnad("load", "--endpoint", "http://127.0.0.1:1/ds/data",
                "--user", "u", Fixture.CLAIMS.toString()).code(), "user without password file");
        assertEquals(ExitCodes.USAGE, StoreCliTest.isnad("load", "--endpoint", "not a url", Fixture.CLAIMS.toString()).code());
    }

    @Test
    void passwordsInClearAreNoticed() {
        assertTrue(org.isnad.store.RemoteLoader.sendsPasswordInClear("http://data.example.org/ds/data"));
        assertFalse(org.isnad.store.RemoteLoader.sendsPasswordInClear("https://data.example.org/ds/data"));
        assertFalse(org.isnad.store.RemoteLoader.sendsPasswordInClear("http://127.0.0.1:3030/ds/data"));
    }
}
