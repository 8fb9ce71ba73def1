package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.isnad.cli.IsnadProcess.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store held by another isnad process (a load or a server) says so, whichever it is. */
class StoreLockMessageTest {

    @TempDir Path dir;

    @Test
    void aLockedStoreNamesBothKindsOfHolder() throws Exception {
        Path trig = dir.resolve("c.trig"), store = dir.resolve("store");
        assertEquals(0, IsnadProcess.inProcess("convert", "-o", trig, OutputPathsTest.EXAMPLE).exit());
        assertEquals(0, IsnadProcess.inProcess("load", "--store", store, trig).exit());
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Process holder = IsnadProcess.child("serve", "--store", store, "--port", port)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null && !line.startsWith("SPARQL endpoint")) { /* wait for the lock */ }
                assertNotNull(line, "the server did not start");
                Run r = IsnadProcess.inProcess("load", "--store", store, trig);
                assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
                assertTrue(r.err().contains("is locked by another isnad process (a load or serve)"), r.err());
                assertFalse(r.err().contains("is 'isnad serve' running"), r.err());
            }
        } finally {
            holder.destroy();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
