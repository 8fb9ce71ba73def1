package org.isnad.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * The process's standard output, where a failed write (a full disk, a closed pipe) is an error. A
 * {@link PrintStream} swallows the failure and keeps only a flag; here the flag is checked after every
 * write, and the reason is kept once {@link #install()} has put a recording stream under {@code System.out}.
 */
final class StandardOutput {
    private StandardOutput() {}

    private static volatile IOException failure;
    private static volatile boolean reported;

    /** In {@code main}: System.out over the file descriptor, remembering why a write failed. */
    static void install() {
        OutputStream recording = new FilterOutputStream(new FileOutputStream(FileDescriptor.out)) {
            @Override public void write(byte[] b, int off, int len) throws IOException {
                try { out.write(b, off, len); } catch (IOException e) { throw remember(e); }
            }
            @Override public void flush() throws IOException {
                try { out.flush(); } catch (IOException e) { throw remember(e); }
            }
        };
        // the charset the JVM gives System.out (Java 17 has no stdout.encoding property)
        String enc = System.getProperty("sun.stdout.encoding");
        Charset cs = enc != null && Charset.isSupported(enc) ? Charset.forName(enc) : Charset.defaultCharset();
        System.setOut(new PrintStream(new BufferedOutputStream(recording, 8192), true, cs));
    }

    private static IOException remember(IOException e) {
        if (failure == null) failure = e;
        return e;
    }

    /** Bytes to standard output; never closes it. Buffer in front of it: every write checks for failure. */
    static OutputStream stream() {
        return new OutputStream() {
            @Override public void write(int b) throws IOException {
                System.out.write(b);
                check();
            }
            @Override public void write(byte[] b, int off, int len) throws IOException {
                System.out.write(b, off, len);
                check();
            }
            @Override public void flush() throws IOException { check(); }   // checkError() flushes
            @Override public void close() throws IOException { flush(); }
        };
    }

    private static void check() throws OutputException {
        if (System.out.checkError()) {
            reported = true;       // the exception carries the message; main need not say it again
            throw OutputException.writeFailed("standard output", failure);
        }
    }

    /**
     * After the command: a failure to write standard output that no command reported (text written through
     * picocli's writer, which swallows it too), as a message, or null.
     */
    static String unreportedFailure() {
        System.out.flush();
        if (!System.out.checkError() || reported) return null;
        return OutputException.writeFailed("standard output", failure).getMessage();
    }
}
