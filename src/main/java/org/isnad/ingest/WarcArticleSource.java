package org.isnad.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.isnad.BadInputException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A web archive (WARC, or WARC.gz with one gzip member per record, as crawlers write them). Every
 * {@code response} record of type text/html with status 200 is an article page; other records (requests,
 * images, redirects, warcinfo) are passed over, and a file with no page at all is reported.
 *
 * <p>{@link WarcRecords} frames the records in bounded memory and names a record that cannot be read, which
 * costs only itself; jwarc then decodes the HTTP body (chunked, gzip) of each page, which is already in memory
 * and within the limits.
 */
public final class WarcArticleSource implements ArticleSource {

    private static final byte[] RECORD_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final ReadOptions options;
    private final HtmlArticleSource html;

    public WarcArticleSource(ReadOptions options) {
        this.options = options;
        this.html = new HtmlArticleSource(options);
    }

    @Override
    public void read(Input in, ArticleSink sink) {
        boolean gzip;
        try {
            byte[] head = in.head(2);
            gzip = head.length == 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
        } catch (BadInputException e) {
            sink.failed(Problem.of(e, in.name(), null));
            return;
        }
        Pages pages = new Pages(in, sink);
        try (FileChannel ch = FileChannel.open(in.path())) {
            new WarcRecords(options.maxRawBytes() + HeaderLines.MAX_BLOCK).read(ch, gzip, pages);
        } catch (IOException e) {
            sink.failed(new Problem(in.name(), null, "cannot be read (" + e.getMessage() + ")"));
            return;
        }
        if (pages.read == 0 && pages.unreadable == 0)
            sink.failed(new Problem(in.name(), null, "holds no HTML page (no response record of type text/html with status 200)"
                    + (pages.passedOver.isEmpty() ? "" : "; records passed over: " + pages.passedOver)));
    }

    /** The records of one file, as they come: pages to articles, the rest counted. */
    private final class Pages implements WarcRecords.Sink {
        final Input in;
        final ArticleSink sink;
        final Map<String, Integer> passedOver = new TreeMap<>();
        int read, unreadable;

        Pages(Input in, ArticleSink sink) {
            this.in = in;
            this.sink = sink;
        }

        @Override public void fault(WarcRecords.Place where, String what) {
            unreadable++;
            sink.failed(new Problem(in.name(), where.toString(), what));
        }

        @Override public void record(WarcRecords.Record r) {
            HeaderLines httpHead;
            try {
                httpHead = r.block() == null ? null : HeaderLines.read(r.block(), "HTTP header");
            } catch (HeaderLines.Fault f) {
                fault(r.place(), f.getMessage() + "; record skipped");
                return;
            }
            String kind = kindOf(r.header(), httpHead);
            if (kind != null) {
                passedOver.merge(kind, 1, Integer::sum);
                return;
            }
            if (r.block().length < r.contentLength()) {
                fault(r.place(), "page is over " + options.maxRawBytes() + " bytes (raise --max-article-bytes if it really is one article)");
                return;
            }
            byte[] body;
            try {
                body = decodedBody(r);
            } catch (IOException | RuntimeException e) {
                fault(r.place(), "the HTTP response cannot be read (" + brief(e) + "); record skipped");
                return;
            }
            if (body.length > options.maxRawBytes()) {
                fault(r.place(), "page is over " + options.maxRawBytes() + " bytes (raise --max-article-bytes if it really is one article)");
                return;
            }
            read++;
            emit(in, r, body, httpHead.field("Content-Type"), sink);
        }
    }

    /** Why a record is not an article page (e.g. "request", "image/jpeg response", "404 response"), or null when it is one. */
    static String kindOf(HeaderLines warc, HeaderLines http) {
        String type = warc.field("WARC-Type");
        if (type == null) return "untyped record";
        if (!type.equalsIgnoreCase("response")) return type;
        String recordType = warc.field("Content-Type");
        if (http == null || recordType == null || !recordType.toLowerCase(Locale.ROOT).startsWith("application/http")
                || !http.firstLine().startsWith("HTTP/"))
            return "non-HTTP response";
        String[] status = http.firstLine().split("\\s+");
        String contentType = http.field("Content-Type");
        String base = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!base.equals("text/html") && !base.equals("application/xhtml+xml"))
            return (base.isEmpty() ? "untyped" : base) + " response";
        if (status.length < 2 || !status[1].equals("200")) return (status.length < 2 ? "no-status" : status[1]) + " response";
        return null;
    }

    /** The page's body, de-chunked and decompressed by jwarc, at most one byte over the limit. */
    private byte[] decodedBody(WarcRecords.Record r) throws IOException {
        byte[] record = Cat.of(r.header().raw(), r.block(), RECORD_END);
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(record))) {
            WarcRecord rec = reader.next().orElseThrow(() -> new IOException("jwarc read no record"));
            HttpResponse http = ((WarcResponse) rec).http();
            try (InputStream s = http.bodyDecoded().stream()) {
                return s.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxRawBytes() + 1));
            }
        }
    }

    private void emit(Input in, WarcRecords.Record r, byte[] body, String contentType, ArticleSink sink) {
        String where = r.place().toString();
        String name = in.name() + "@" + r.place().offset();
        try {
            String page = Encodings.decode(name, body, options.encoding(),
                    firstNonNull(Encodings.fromContentType(contentType), Encodings.htmlDeclared(body)));
            ArticleMeta outer = ArticleMeta.NONE.overriddenBy(options.overrides());
            sink.article(html.fromHtml(name, page, targetUri(r.header()), outer), where);
        } catch (BadInputException e) {
            sink.failed(Problem.of(e, in.name(), where));
        }
    }

    /** The page's address; WARC 1.0 writers sometimes put it in angle brackets. */
    private static String targetUri(HeaderLines warc) {
        String t = warc.field("WARC-Target-URI");
        return t != null && t.startsWith("<") && t.endsWith(">") ? t.substring(1, t.length() - 1) : t;
    }

    private static <T> T firstNonNull(T a, T b) {
        return a != null ? a : b;
    }

    private static String brief(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("[\\r\\n]+", " ");
        return m.length() > 120 ? m.substring(0, 120) + "…" : m;
    }

    private static final class Cat {
        static byte[] of(byte[]... parts) {
            int n = 0;
            for (byte[] p : parts) n += p.length;
            byte[] r = new byte[n];
            int at = 0;
            for (byte[] p : parts) {
                System.arraycopy(p, 0, r, at, p.length);
                at += p.length;
            }
            return r;
        }
    }
}
