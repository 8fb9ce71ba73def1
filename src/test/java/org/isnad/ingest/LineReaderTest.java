package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** JSON Lines are cut into the lines a byte-at-a-time reader cuts, however the stream hands its bytes over. */
class LineReaderTest {

    /** The reader JSON Lines had: a byte at a time, {-1} for a line over the limit. */
    private static byte[] oneByteAtATime(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        boolean over = false, any = false;
        int c;
        while ((c = in.read()) != -1) {
            any = true;
            if (c == '\n') break;
            if (!over) {
                b.write(c);
                if (b.size() > limit) { over = true; b.reset(); }
            }
        }
        if (!any) return null;
        if (over) return new byte[] {-1};
        byte[] r = b.toByteArray();
        return r.length > 0 && r[r.length - 1] == '\r' ? java.util.Arrays.copyOf(r, r.length - 1) : r;
    }

    /** A stream that hands over at most a few bytes a read, as a pipe may. */
    private static InputStream trickling(byte[] data, Random random) {
        return new ByteArrayInputStream(data) {
            @Override public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + random.nextInt(7)));
            }
        };
    }

    private static List<byte[]> lines(LineReader r, long limit) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (byte[] l; (l = r.next(limit)) != null; ) out.add(l);
        return out;
    }

    @Test
    void linesAreThoseOfTheByteAtATimeReader() throws IOException {
        Random random = new Random(7);
        String[] pieces = {"{\"text\": \"قصفت طائرات مواقع في البوكمال\"}", "\n", "\r\n", "\r", "", " ", "x", "\n\n", "ش"};
        int checked = 0;
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) b.append(pieces[random.nextInt(pieces.length)]);
            byte[] data = b.toString().getBytes(StandardCharsets.UTF_8);
            long limit = random.nextBoolean() ? 1 << 20 : random.nextInt(60);
            List<byte[]> expected = new ArrayList<>();
            InputStream in = new ByteArrayInputStream(data);
            for (byte[] l; (l = oneByteAtATime(in, limit)) != null; ) expected.add(l);
            for (InputStream s : List.of(new ByteArrayInputStream(data), trickling(data, random))) {
                List<byte[]> got = lines(new LineReader(s), limit);
                assertEquals(expected.size(), got.size(), b.toString());
                for (int i = 0; i < got.size(); i++) assertArrayEquals(expected.get(i), got.get(i), b + " line " + i);
            }
            checked += expected.size();
        }
        assertTrue(checked > 5000, "lines checked: " + checked);
    }

    @Test
    void aLineLongerThanTheBufferIsWholeAndOneOverTheLimitIsSkipped() throws IOException {
        String article = "{\"text\": \"" + "وأفاد مراسلنا بأن القصف استهدف أطراف البلدة. ".repeat(4000) + "\"}";
        byte[] data = (article + "\r\n{\"text\": \"x\"}\n" + article + "\n").getBytes(StandardCharsets.UTF_8);
        long size = article.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(size > 3 * 65536);
        LineReader r = new LineReader(new ByteArrayInputStream(data));
        assertArrayEquals(article.getBytes(StandardCharsets.UTF_8), r.next(size + 1));    // the \r counts, then goes
        assertEquals("{\"text\": \"x\"}", new String(r.next(size), StandardCharsets.UTF_8));
        assertArrayEquals(LineReader.TOO_LONG, r.next(size - 1));
        assertNull(r.next(size));
    }
}
