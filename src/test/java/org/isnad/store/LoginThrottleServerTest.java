package org.isnad.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guessing the password: after a few wrong ones a client address is refused (429 with Retry-After) before
 * its password is even looked at, while another client with the right password still gets in.
 */
class LoginThrottleServerTest {

    static final String USER = "editor", PASSWORD = "correct horse battery";
    static final String ASK = "INSERT DATA { }";

    @TempDir static Path tmp;
    static ClaimStore store;
    static IsnadServer server;

    @BeforeAll
    static void start() throws Exception {
        store = SeedStore.create(tmp);
        server = SeedStore.serveWithEditor(store, tmp, USER, PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        store.close();
    }

    static HttpRequest update(String password) {
        return HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update")).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", ServeWriteAccessTest.basic(USER, password))
                .POST(HttpRequest.BodyPublishers.ofString(ASK)).build();
    }

    /** An update sent from the loopback address {@code from} (127.0.0.2 is another client on Linux); its status. */
    static int updateFrom(String from, String password) throws IOException {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(from, 0));
            s.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
            s.setSoTimeout(20_000);
            byte[] body = ASK.getBytes(StandardCharsets.UTF_8);
            String head = "POST " + IsnadServer.DATASET + "/update HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                    + "\r\nAuthorization: " + ServeWriteAccessTest.basic(USER, password)
                    + "\r\nContent-Type: application/sparql-update\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
            s.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().write(body);
            InputStream in = s.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);   // "HTTP/1.1 204"
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    @Test
    void manyWrongPasswordsAreRefusedWhileTheRightOneFromElsewhereWorks() throws Exception {
        HttpClient c = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<Integer, Integer> statuses = new TreeMap<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < 500; i++) {
            HttpResponse<String> r = c.send(update("guess-" + i), HttpResponse.BodyHandlers.ofString());
            statuses.merge(r.statusCode(), 1, Integer::sum);
            if (r.statusCode() == 429)
                assertTrue(Long.parseLong(r.headers().firstValue("Retry-After").orElse("0")) >= 1, "Retry-After says how long");
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("500 wrong passwords in " + ms + " ms: " + statuses);
        int checked = statuses.getOrDefault(401, 0);
        assertTrue(checked <= 10, "only the first few guesses reach the password check: " + statuses);
        assertEquals(500 - checked, statuses.getOrDefault(429, 0), statuses.toString());

        assertEquals(204, updateFrom("127.0.0.2", PASSWORD), "another client with the right password gets in");
        // On a fast machine the loop can outlast the guesser's block (1 s after its 5th failure), so wait it
        // out, guess once more (a 6th failure or later: shut out for 2 s or more), then try the right password.
        HttpResponse<Void> guess;
        while ((guess = c.send(update("one-more-guess"), HttpResponse.BodyHandlers.discarding())).statusCode() == 429)
            Thread.sleep(1000 * Long.parseLong(guess.headers().firstValue("Retry-After").orElse("1")));
        assertEquals(401, guess.statusCode(), "a guess after the wait reaches the password check");
        assertEquals(429, c.send(update(PASSWORD), HttpResponse.BodyHandlers.discarding()).statusCode(),
                "the guessing client waits even with the right password");
    }
}
