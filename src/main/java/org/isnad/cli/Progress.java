package org.isnad.cli;

import java.io.PrintWriter;

/**
 * Progress of a batch on standard error: on a terminal one line redrawn in place (articles done, rate,
 * failures); otherwise (a log file, a pipe) a plain line every {@code every} articles, so logs stay readable.
 */
class Progress {
    private final PrintWriter err;
    private final boolean terminal;
    private final int every;
    private final long started = System.nanoTime();
    private long lastDraw;
    private boolean drawn;
    private int lastPlain;

    private Progress(PrintWriter err, boolean terminal, int every) {
        this.err = err;
        this.terminal = terminal;
        this.every = every;
    }

    static Progress none() { return new Progress(null, false, 0); }

    /** A terminal when the JVM has a console (stdin and stdout are not redirected) — the usual test. */
    static Progress on(PrintWriter err, int every) {
        return new Progress(err, System.console() != null, every);
    }

    static Progress plain(PrintWriter err, int every) { return new Progress(err, false, every); }

    void tick(int done, int failed) {
        if (err == null) return;
        int total = done + failed;
        if (terminal) {
            long now = System.nanoTime();
            if (now - lastDraw < 200_000_000L) return;
            lastDraw = now;
            err.print("\r" + line(done, failed) + "   ");
            err.flush();
            drawn = true;
        } else if (every > 0 && total / every > lastPlain / every) {
            lastPlain = total;
            err.println("isnad: " + line(done, failed));
            err.flush();
        }
    }

    /** Before another message: the redrawn line must not run into it. */
    void clearLine() {
        if (err != null && terminal && drawn) {
            err.print("\r\033[K");
            drawn = false;
        }
    }

    void done(int done, int failed) {
        clearLine();
    }

    private String line(int done, int failed) {
        double secs = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
        return String.format("%d article(s) converted, %.1f/s, %d failed", done, done / secs, failed);
    }
}
