package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken WARC record costs only itself, its message names its own fault, and headers are read in bounded memory. */
class WarcRecoveryTest {

    @TempDir Path tmp;

    static final String A = "https://example.org/news/a/", B = "https://example.org/news/b/", C = "https://example.org/news/c/";

    static byte[] page(String url, String title, String body) {
        return ("<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title + "</title><link rel=\"canonical\" href=\"" + url
                + "\"><meta property=\"article:published_time\" content=\"2023-05-10\"></head><body><article><h1>" + title
                + "</h1><p>" + body + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] recordA() {
        return Cli.warcResponse(A, "text/html; charset=UTF-8", page(A, "قصف على أطراف بلدة الميادين",
                "قالت مصادر محلية إن قصفاً مدفعياً استهدف أطراف بلدة الميادين بريف دير الزور الشرقي صباح أمس. ولم ترد أنباء عن إصابات."), 0);
    }

    static byte[] recordB(int lie) {
        return Cli.warcResponse(B, "text/html", page(B, "انفجار لغم في ريف درعا",
                "انفجر لغم أرضي بسيارة مدنية قرب بلدة اليادودة في ريف درعا الغربي، ما أدى إلى إصابة شخصين بجروح."), lie);
    }

    static byte[] recordC() {
        return Cli.warcResponse(C, "text/html", page(C, "حريق في سوق مدينة إدلب",
                "اندلع حريق كبير في سوق مدينة إدلب مساء الأحد، وتمكنت فرق الدفاع المدني من إخماده بعد ساعتين."), 0);
    }

    record Read(List<String> urls, List<Problem> problems) {}

    static Read read(Path file) {
        List<String> urls = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        new Inputs(ReadOptions.defaults(Set.of())).read(file, new ArticleSink() {
            @Override public void article(Article a, String record) { urls.add(a.url()); }
            @Override public void failed(Problem p) { problems.add(p); }
        });
        return new Read(urls, problems);
    }

    @Test
    void aTruncatedLastRecordCostsOnlyItself() throws IOException {
        byte[] c = recordC();
        // cut in its block, then in its header
        for (int keep : new int[] {c.length - 200, 100}) {
            Path w = Files.write(tmp.resolve("trunc-last.warc"), Cli.concat(recordA(), recordB(0), Arrays.copyOf(c, keep)));
            Read r = read(w);
            assertEquals(List.of(A, B), r.urls(), r.problems()::toString);
            assertEquals(1, r.problems().size(), r.problems()::toString);
            Problem p = r.problems().get(0);
            assertTrue(p.record().contains("WARC record 3 at offset " + (recordA().length + recordB(0).length)), p::message);
            assertTrue(p.reason().contains(keep > 100 ? "the file ends inside this record" : "WARC header is cut short"), p::message);
            if (keep > 100) assertTrue(p.record().contains("<urn:uuid:"), p::message);
        }
    }

    @Test
    void aLyingLengthInOneGzipMemberCostsOnlyThatMember() throws IOException {
        for (int lie : new int[] {30, -9}) {
            byte[] a = Cli.gzip(recordA()), b = Cli.gzip(recordB(lie)), c = Cli.gzip(recordC());
            Path w = Files.write(tmp.resolve("lie" + lie + ".warc.gz"), Cli.concat(a, b, c));
            Read r = read(w);
            assertEquals(List.of(A, C), r.urls(), () -> "lie " + lie + ": " + r.problems());
            assertEquals(1, r.problems().size(), r.problems()::toString);
            Problem p = r.problems().get(0);
            assertTrue(p.record().contains("WARC record 2 at offset " + a.length), p::message);
            assertTrue(p.reason().contains("Content-Length does not match its content"), p::message);
        }
    }

    @Test
    void aCorruptGzipMemberCostsOnlyItself() throws IOException {
        byte[] a = Cli.gzip(recordA()), b = Cli.gzip(recordB(0)), c = Cli.gzip(recordC());
        for (int i = b.length / 3; i < b.length / 3 + 12; i++) b[i] ^= 0x5A;        // damage the deflate data in the middle
        Read r = read(Files.write(tmp.resolve("corrupt.warc.gz"), Cli.concat(a, b, c)));
        assertEquals(List.of(A, C), r.urls(), r.problems()::toString);
        assertEquals(1, r.problems().size(), r.problems()::toString);
        assertTrue(r.problems().get(0).record().contains("at offset " + a.length), r.problems()::toString);
        assertTrue(r.problems().get(0).reason().contains("gzip"), r.problems()::toString);
    }

    @Test
    void aMalformedHeaderIsNamedWithItsLineAndRecord() throws IOException {
        byte[] bad = new String(recordB(0), StandardCharsets.ISO_8859_1).replace("WARC-Date:", "WARC-Date ")
                .getBytes(StandardCharsets.ISO_8859_1);
        Read r = read(Files.write(tmp.resolve("bad-header.warc"), Cli.concat(recordA(), bad, recordC())));
        assertEquals(List.of(A, C), r.urls(), r.problems()::toString);
        assertEquals(1, r.problems().size(), r.problems()::toString);
        Problem p = r.problems().get(0);
        assertTrue(p.record().startsWith("WARC record 2 at offset " + recordA().length), p::message);
        assertTrue(p.reason().contains("WARC header line 4 is not 'Name: value'"), p::message);
    }

    /** Bytes allocated by this thread while {@code r} runs: what a header bomb would cost if it were read into memory. */
    static long allocatedBy(Runnable r) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId(), before = threads.getThreadAllocatedBytes(id);
        r.run();
        return threads.getThreadAllocatedBytes(id) - before;
    }

    static void writeBomb(OutputStream o, long lineBytes) throws IOException {
        o.write("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:bomb>\r\nX-Bomb: ".getBytes(StandardCharsets.US_ASCII));
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'a');
        for (long n = 0; n < lineBytes; n += chunk.length) o.write(chunk);
        o.write("\r\nContent-Length: 0\r\n\r\n\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aHeaderBombIsRefusedInBoundedMemory() throws IOException {
        long line = 256L << 20;
        Path plain = tmp.resolve("bomb.warc"), gz = tmp.resolve("bomb.warc.gz");
        try (OutputStream o = Files.newOutputStream(plain)) {
            writeBomb(o, line);
            o.write(recordA());
        }
        try (OutputStream o = Files.newOutputStream(gz)) {
            GZIPOutputStream z = new GZIPOutputStream(o);
            writeBomb(z, line);
            z.finish();
            o.write(Cli.gzip(recordA()));
        }
        for (Path w : List.of(plain, gz)) {
            Read[] r = new Read[1];
            long allocated = allocatedBy(() -> r[0] = read(w));
            assertEquals(List.of(A), r[0].urls(), r[0].problems()::toString);
            assertEquals(1, r[0].problems().size(), r[0].problems()::toString);
            Problem p = r[0].problems().get(0);
            assertTrue(p.record().startsWith("WARC record 1 at offset 0"), p::message);
            assertTrue(p.reason().contains("WARC header line 4 is longer than 65536 bytes"), p::message);
            assertTrue(allocated < 64L << 20, () -> w + ": " + (allocated >> 20) + " MB allocated to read a 256 MB header line");
        }
    }
}
