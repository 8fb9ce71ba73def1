package org.isnad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.isnad.BadInputException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A web archive (WARC, or WARC.gz with one gzip member per record, as crawlers write them), read with jwarc.
 * Every {@code response} record of type text/html with status 200 is an article page; other records
 * (requests, images, redirects, warcinfo) are passed over, and a file with no page at all is reported.
 *
 * <p>A record that cannot be read costs only itself: the reader looks for the next record start (the line
 * {@code WARC/1.}, or the next gzip member) after it and goes on. A record whose Content-Length lies is
 * noticed because the next record does not start where the length says.
 */
public final class WarcArticleSource implements ArticleSource {

    private final ReadOptions options;
    private final HtmlArticleSource html;

    public WarcArticleSource(ReadOptions options) {
        this.options = options;
        this.html = new HtmlArticleSource(options);
    }

    /** A page read out of one record, waiting until the next record confirms where this one ended. */
    private record Pending(long offset, String target, byte[] body, String contentType) {}

    @Override
    public void read(Input in, ArticleSink sink) {
        long size;
        boolean gzip;
        try {
            size = in.size();
            byte[] head = in.head(2);
            gzip = head.length == 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
        } catch (BadInputException e) {
            sink.failed(Problem.of(e, in.name(), null));
            return;
        }
        Map<String, Integer> passedOver = new TreeMap<>();
        int pages = 0, unreadable = 0;
        try (FileChannel ch = FileChannel.open(in.path())) {
            long pos = 0;
            restart:
            while (pos >= 0 && pos < size) {
                ch.position(pos);
                WarcReader r = new WarcReader(ch);
                Pending pending = null;
                while (true) {
                    Optional<WarcRecord> next;
                    long at = -1;
                    try {
                        next = r.next();
                        if (next.isPresent()) at = r.position();
                    } catch (IOException | RuntimeException e) {
                        long failedAt = r.position();
                        unreadable++;
                        long from;
                        if (pending != null && !gzip) {
                            // the next record is not where the previous one's length said: that length lied
                            sink.failed(new Problem(in.name(), "WARC record at offset " + pending.offset,
                                    "the record's Content-Length does not match its content (the next record does not start"
                                            + " where it says); record skipped"));
                            from = pending.offset + 1;
                        } else {
                            if (pending != null) { emit(in, pending, sink); pages++; }
                            sink.failed(new Problem(in.name(), "WARC record at offset " + failedAt, "not a readable WARC record ("
                                    + brief(e) + "); skipped to the next record"));
                            from = Math.max(failedAt, pending == null ? pos : pending.offset) + 1;
                        }
                        pos = nextRecordStart(ch, from, gzip);
                        continue restart;
                    }
                    if (pending != null) { emit(in, pending, sink); pages++; pending = null; }
                    if (next.isEmpty()) break restart;
                    WarcRecord rec = next.get();
                    try {
                        String kind = kindOf(rec);
                        if (kind != null) {
                            passedOver.merge(kind, 1, Integer::sum);
                            continue;
                        }
                        WarcResponse resp = (WarcResponse) rec;
                        HttpResponse http = resp.http();
                        byte[] body;
                        try (InputStream s = http.bodyDecoded().stream()) {
                            body = s.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxRawBytes() + 1));
                        }
                        if (body.length > options.maxRawBytes()) {
                            sink.failed(new Problem(in.name(), "WARC record at offset " + at, "page is over "
                                    + options.maxRawBytes() + " bytes (raise --max-article-bytes if it really is one article)"));
                            continue;
                        }
                        pending = new Pending(at, resp.target(), body, http.headers().first("Content-Type").orElse(null));
                    } catch (IOException | RuntimeException e) {
                        unreadable++;
                        sink.failed(new Problem(in.name(), "WARC record at offset " + at, "cannot be read (" + brief(e)
                                + "); skipped to the next record"));
                        pos = nextRecordStart(ch, at + 1, gzip);
                        continue restart;
                    }
                }
            }
        } catch (IOException e) {
            sink.failed(new Problem(in.name(), null, "cannot be read (" + e.getMessage() + ")"));
            return;
        }
        if (pages == 0 && unreadable == 0)
            sink.failed(new Problem(in.name(), null, "holds no HTML page (no response record of type text/html with status 200)"
                    + (passedOver.isEmpty() ? "" : "; records passed over: " + passedOver)));
    }

    /** Why a record is not an article page (e.g. "request", "image/jpeg response", "404 response"), or null when it is one. */
    private static String kindOf(WarcRecord rec) throws IOException {
        if (!(rec instanceof WarcResponse resp)) return rec.type();
        HttpResponse http;
        try {
            http = resp.http();
        } catch (IOException | RuntimeException e) {
            return "non-HTTP response";
        }
        String type = http.contentType() == null ? "" : http.contentType().base().toString().toLowerCase();
        if (!type.equals("text/html") && !type.equals("application/xhtml+xml"))
            return (type.isEmpty() ? "untyped" : type) + " response";
        if (http.status() != 200) return http.status() + " response";
        return null;
    }

    private void emit(Input in, Pending p, ArticleSink sink) {
        String where = "WARC record at offset " + p.offset;
        String name = in.name() + "@" + p.offset;
        try {
            String page = Encodings.decode(name, p.body, options.encoding(),
                    firstNonNull(Encodings.fromContentType(p.contentType), Encodings.htmlDeclared(p.body)));
            ArticleMeta outer = ArticleMeta.NONE.overriddenBy(options.overrides());
            sink.article(html.fromHtml(name, page, p.target, outer), where);
        } catch (BadInputException e) {
            sink.failed(Problem.of(e, in.name(), where));
        }
    }

    private static <T> T firstNonNull(T a, T b) {
        return a != null ? a : b;
    }

    private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GZIP_MAGIC = {0x1F, (byte) 0x8B, 0x08};

    /** The offset of the next record start at or after {@code from}, or -1. */
    static long nextRecordStart(FileChannel ch, long from, boolean gzip) throws IOException {
        byte[] magic = gzip ? GZIP_MAGIC : WARC_MAGIC;
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        long base = Math.max(0, from - 1);     // one byte before, to see whether 'from' starts a line
        long size = ch.size();
        while (base < size) {
            buf.clear();
            int n = ch.read(buf, base);
            if (n < magic.length) return -1;
            byte[] b = buf.array();
            for (int i = 0; i + magic.length <= n; i++) {
                long off = base + i;
                if (off < from) continue;
                boolean lineStart = gzip || off == 0 || (i > 0 && b[i - 1] == '\n');
                if (lineStart && matches(b, i, magic)) return off;
            }
            if (base + n >= size) return -1;
            base += n - magic.length;          // overlap, so a magic split between reads is still seen
        }
        return -1;
    }

    private static boolean matches(byte[] b, int i, byte[] magic) {
        for (int k = 0; k < magic.length; k++) if (b[i + k] != magic[k]) return false;
        return true;
    }

    private static String brief(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("[\\r\\n]+", " ");
        return m.length() > 120 ? m.substring(0, 120) + "…" : m;
    }
}
