package org.isnad.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * A cap on the bytes of a response body, beside the cap on results: a result within the row limit can still
 * be huge (long literals, wide rows). While the response is still in the server's buffer, going over the
 * cap turns it into {@value #STATUS} with a message; once part of it has gone out, a last line says why it
 * stops and the connection is cut, so the client sees an incomplete response rather than a short one.
 * Either way the query stops, since writing its next bytes fails.
 */
public final class ResponseSizeLimit extends HttpFilter {
    /** "Unprocessable": the query is fine, its answer is larger than this server hands out. */
    public static final int STATUS = 422;

    private final long maxBytes;

    /** {@code maxBytes} &le; 0: no cap. */
    public ResponseSizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (maxBytes <= 0) {
            chain.doFilter(req, resp);
            return;
        }
        chain.doFilter(req, new Capped(req, resp, maxBytes));
    }

    static String message(long maxBytes) {
        return "The response is larger than this server's limit of " + maxBytes + " bytes (--max-response-bytes): "
                + "ask for less, with LIMIT or a narrower pattern.\n";
    }

    /** The response with a counting body. */
    private static final class Capped extends HttpServletResponseWrapper {
        private final HttpServletRequest req;
        private final HttpServletResponse resp;
        private final long max;
        private ServletOutputStream out;
        private PrintWriter writer;

        Capped(HttpServletRequest req, HttpServletResponse resp, long max) {
            super(resp);
            this.req = req;
            this.resp = resp;
            this.max = max;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (out == null) out = new CountingStream(resp.getOutputStream());
            return out;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                String cs = resp.getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(),
                        cs == null ? StandardCharsets.UTF_8 : Charset.forName(cs)), false);
            }
            return writer;
        }

        /** Over the cap: a clean error if nothing went out yet, else a last line and a cut connection. */
        private IOException overflow(ServletOutputStream body) throws IOException {
            byte[] why = message(max).getBytes(StandardCharsets.UTF_8);
            if (!resp.isCommitted()) {
                resp.resetBuffer();
                resp.setStatus(STATUS);
                resp.setContentType("text/plain; charset=utf-8");
                resp.setHeader("Content-Length", Integer.toString(why.length));
                body.write(why);
                resp.flushBuffer();
            } else {
                body.write(("\n\n" + new String(why, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
                body.flush();
                // end the connection without the final chunk: the client reads the last line, then an
                // incomplete response (an abort would reset the connection, and the last line be lost)
                ServletContextRequest.getServletContextRequest(req).getConnectionMetaData().getConnection()
                        .getEndPoint().shutdownOutput();
            }
            return new IOException("response over " + max + " bytes: stopped");
        }

        private final class CountingStream extends ServletOutputStream {
            private final ServletOutputStream body;
            private long written;
            private boolean over;

            CountingStream(ServletOutputStream body) {
                this.body = body;
            }

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (over) throw new IOException("response over " + max + " bytes: stopped");
                if (written + len > max) {
                    over = true;
                    throw overflow(body);
                }
                written += len;
                body.write(b, off, len);
            }

            @Override public void flush() throws IOException { if (!over) body.flush(); }
            @Override public void close() throws IOException { if (!over) body.close(); }
            @Override public boolean isReady() { return body.isReady(); }
            @Override public void setWriteListener(WriteListener l) { body.setWriteListener(l); }
        }
    }
}
