package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.isnad.cli.IsnadCommand;
import picocli.CommandLine;

/** Test helpers: the CLI run in-process, and WARC records written by hand. */
final class Cli {
    private Cli() {}

    record Run(List<String> args, int exit, String out, String err) {
        void assertExit(int want) {
            assertEquals(want, exit, () -> "exit code of isnad " + String.join(" ", args) + "\n" + this);
        }

        @Override public String toString() {
            return "$ isnad " + String.join(" ", args) + "\nexit " + exit + "\n--- stdout\n" + cut(out) + "--- stderr\n" + cut(err);
        }

        private static String cut(String s) { return s.length() > 6000 ? s.substring(0, 6000) + "…\n" : s; }
    }

    static Run run(Object... args) {
        List<String> a = new ArrayList<>();
        for (Object o : args) {
            if (o instanceof List<?> l) l.forEach(x -> a.add(x.toString()));
            else a.add(o.toString());
        }
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = IsnadCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(a.toArray(String[]::new));
        return new Run(a, exit, out.toString(), err.toString());
    }

    /** One WARC/1.0 response record holding an HTTP response; {@code lie} is added to the declared length. */
    static byte[] warcResponse(String uri, String contentType, byte[] body, int lie) {
        byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII), body);
        return warcRecord("response", uri, "application/http;msgtype=response", http, lie);
    }

    static byte[] warcRecord(String type, String uri, String contentType, byte[] block, int lie) {
        String h = "WARC/1.0\r\nWARC-Type: " + type + "\r\n" + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "WARC-Date: 2023-05-10T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(block) + ">\r\n"
                + "Content-Type: " + contentType + "\r\nContent-Length: " + (block.length + lie) + "\r\n\r\n";
        return concat(h.getBytes(StandardCharsets.US_ASCII), block, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] gzip(byte[] b) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(o)) {
            z.write(b);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return o.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        for (byte[] p : parts) o.writeBytes(p);
        return o.toByteArray();
    }

    static Path write(Path p, String s) throws IOException {
        Files.createDirectories(p.toAbsolutePath().getParent());
        return Files.writeString(p, s, StandardCharsets.UTF_8);
    }
}
