package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.isnad.BadInputException;
import org.junit.jupiter.api.Test;

/**
 * Messages that lead somewhere: where the bytes go wrong, an --encoding hint only when that encoding reads
 * them, a text header that is read or named (never taken as article text), a lone surrogate named.
 */
class ReadingMessagesTest {

    static final String ARABIC = "قالت مصادر محلية إن طائرة مسيرة استهدفت سيارة في مدينة البوكمال بريف دير الزور الشرقي، أمس الثلاثاء.\n";
    static final String HEADER = "url: https://example.org/news/9/\noutlet: SY24\npublished: 2023-05-10\n";

    static String refusal(byte[] bytes) {
        BadInputException e = assertThrows(BadInputException.class,
                () -> Encodings.decode("a.txt", bytes, Encodings.Choice.DEFAULT, null));
        return e.getMessage();
    }

    @Test
    void truncatedUtf8IsNamedWhereItEndsWithoutAnEncodingHint() {
        byte[] whole = ARABIC.strip().getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, whole.length - 2);     // into the last letter before the full stop
        String m = refusal(cut);
        assertTrue(m.contains("invalid UTF-8 at byte " + (cut.length - 1)), m);
        assertTrue(m.contains("cut short"), m);
        assertFalse(m.contains("--encoding"), m);
    }

    @Test
    void cesu8IsNamedAsSuchWithoutAnEncodingHint() {
        // U+1F4F0 (newspaper) as CESU-8 writes it: two encoded surrogates
        byte[] cesu = {(byte) 0xED, (byte) 0xA0, (byte) 0xBD, (byte) 0xED, (byte) 0xB3, (byte) 0xB0};
        byte[] head = ARABIC.getBytes(StandardCharsets.UTF_8);
        String m = refusal(Cli.concat(head, cesu, head));
        assertTrue(m.contains("invalid UTF-8 at byte " + head.length), m);
        assertTrue(m.contains("CESU-8"), m);
        assertFalse(m.contains("--encoding UTF-8"), m);
    }

    @Test
    void theEncodingHintIsGivenWhenThatEncodingReadsTheBytes() throws BadInputException {
        byte[] cp1256 = ARABIC.getBytes(Encodings.WINDOWS_1256);
        String m = refusal(cp1256);
        assertTrue(m.contains("invalid UTF-8 at byte 0"), m);
        assertTrue(m.contains("give --encoding windows-1256"), m);
        // and following it works
        assertEquals(ARABIC, Encodings.decode("a.txt", cp1256, Encodings.Choice.parse("windows-1256"), null));
    }

    static TextArticleSource text() {
        return new TextArticleSource(ReadOptions.defaults(Set.of()));
    }

    @Test
    void aDoubleByteOrderMarkDoesNotHideTheHeader() throws BadInputException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] file = Cli.concat(bom, bom, (HEADER + "---\n" + ARABIC).getBytes(StandardCharsets.UTF_8));
        Article a = text().parse("a.txt", Encodings.decode("a.txt", file, Encodings.Choice.DEFAULT, null), ArticleOverrides.NONE);
        assertEquals("https://example.org/news/9/", a.url());
        assertEquals(ARABIC, a.text());
    }

    @Test
    void crOnlyLineEndsAreLineEnds() throws BadInputException {
        String mac = (HEADER + "---\n" + ARABIC + ARABIC).replace('\n', '\r');
        Article a = text().parse("a.txt", mac, ArticleOverrides.NONE);
        assertEquals("https://example.org/news/9/", a.url());
        assertEquals("SY24", a.outlet());
        assertFalse(a.text().contains("url:"), a.text());
        assertEquals(2, a.text().lines().count(), a.text());
    }

    @Test
    void aHeaderWithoutItsDashesIsNamedNotTakenAsText() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> text().parse("a.txt", HEADER + "\n" + ARABIC, ArticleOverrides.NONE));
        assertTrue(e.getMessage().contains("no '---' line"), e::getMessage);
    }

    @Test
    void aLoneSurrogateInJsonLinesIsNamedWithItsLine() throws Exception {
        java.nio.file.Path f = java.nio.file.Files.createTempFile("surrogate", ".jsonl");
        try {
            java.nio.file.Files.writeString(f, "{\"url\": \"https://example.org/news/8/\", \"text\": \"" + ARABIC.strip() + "\"}\n"
                    + "{\"url\": \"https://example.org/news/9/\", \"text\": \"نص \\ud800 مقطوع. " + ARABIC.strip() + "\"}\n");
            List<Article> got = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            new Inputs(ReadOptions.defaults(Set.of())).read(f, new ArticleSink() {
                @Override public void article(Article a, String record) { got.add(a); }
                @Override public void failed(Problem p) { problems.add(p); }
            });
            assertEquals(1, got.size(), problems::toString);
            assertEquals(1, problems.size(), got::toString);
            Problem p = problems.get(0);
            assertEquals("line 2", p.record());
            assertTrue(p.reason().contains("'text'") && p.reason().contains("lone surrogate") && p.reason().contains("\\ud800"), p::message);
        } finally {
            java.nio.file.Files.deleteIfExists(f);
        }
    }
}
