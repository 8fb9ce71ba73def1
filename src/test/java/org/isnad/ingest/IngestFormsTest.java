package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One article written for the purpose, in every form isnad reads: the same claims whichever form it came in. */
class IngestFormsTest {

    static final Path DIR = Path.of("src/test/resources/ingest");
    static final Path TEXT = DIR.resolve("maydin-fuel-truck.txt");
    static final Path HTML = DIR.resolve("maydin-fuel-truck.html");
    static final Path JSONL = DIR.resolve("maydin-fuel-truck.jsonl");
    static final String URL = "https://example.org/news/2042/";

    @TempDir Path tmp;
    static Set<String> fromText;

    /** The claims of the text form, normalised: what a claim says, not where its evidence starts. */
    @BeforeAll
    static void convertTheTextForm(@TempDir Path t) throws IOException {
        fromText = claims(t.resolve("text.json"), TEXT);
        assertTrue(fromText.size() >= 2, "the test article should give at least two claims: " + fromText);
    }

    static Set<String> claims(Path out, Object... inputs) throws IOException {
        List<Object> args = new ArrayList<>(List.of("convert", "--format", "json", "-o", out));
        args.addAll(List.of(inputs));
        Cli.Run r = Cli.run(args.toArray());
        r.assertExit(0);
        return normalise(JSON.parseAny(Files.readString(out)).getAsArray());
    }

    /** Drops ids, offsets and the file name (they depend on where the text stands); white space made single. */
    static Set<String> normalise(JsonArray claims) {
        Set<String> s = new TreeSet<>();
        for (JsonValue v : claims) {
            JsonObject o = v.getAsObject();
            o.remove("id");
            o.remove("sameEventAs");
            o.remove("about");
            if (o.get("source") != null) o.get("source").getAsObject().remove("file");
            if (o.get("evidence") != null)
                for (JsonValue e : o.get("evidence").getAsArray()) {
                    e.getAsObject().remove("start");
                    e.getAsObject().remove("end");
                }
            s.add(JSON.toStringFlat(o).replaceAll("\\s+", " "));
        }
        return s;
    }

    static byte[] warc(boolean withOthers) throws IOException {
        byte[] page = Files.readAllBytes(HTML);
        List<byte[]> recs = new ArrayList<>();
        if (withOthers) recs.add(Cli.warcRecord("warcinfo", null, "application/warc-fields", "software: test\r\n".getBytes(), 0));
        recs.add(Cli.warcResponse(URL, "text/html; charset=UTF-8", page, 0));
        if (withOthers) recs.add(Cli.warcResponse("https://example.org/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, 0));
        return Cli.concat(recs.toArray(byte[][]::new));
    }

    @Test
    void htmlGivesTheSameClaimsAsText() throws IOException {
        assertEquals(fromText, claims(tmp.resolve("html.json"), HTML));
    }

    @Test
    void jsonLinesGiveTheSameClaimsAsText() throws IOException {
        assertEquals(fromText, claims(tmp.resolve("jsonl.json"), JSONL));
    }

    @Test
    void warcAndWarcGzGiveTheSameClaimsAsText() throws IOException {
        Path w = Files.write(tmp.resolve("crawl.warc"), warc(true));
        assertEquals(fromText, claims(tmp.resolve("warc.json"), w));
        // WARC.gz as crawlers write it: one gzip member per record
        byte[] page = Files.readAllBytes(HTML);
        Path gz = Files.write(tmp.resolve("crawl.warc.gz"), Cli.concat(
                Cli.gzip(Cli.warcRecord("warcinfo", null, "application/warc-fields", "software: test\r\n".getBytes(), 0)),
                Cli.gzip(Cli.warcResponse(URL, "text/html", page, 0))));
        assertEquals(fromText, claims(tmp.resolve("warcgz.json"), gz));
    }

    @Test
    void jsonLinesWithTheHtmlPageGiveTheSameClaims() throws IOException {
        JsonObject o = new JsonObject();
        o.put("url", URL);
        o.put("html", Files.readString(HTML));
        Path f = Cli.write(tmp.resolve("pages.jsonl"), JSON.toStringFlat(o) + "\n");
        assertEquals(fromText, claims(tmp.resolve("jsonl-html.json"), f));
    }

    @Test
    void legacyArabicEncodingsAndUtf16ReadTheSameWhenDeclaredOrMarked() throws IOException {
        String content = Files.readString(TEXT);
        Charset cp1256 = Charset.forName("windows-1256"), iso = Charset.forName("ISO-8859-6");
        // ISO-8859-6 has no Latin letters beyond ASCII and no "،": keep the test text inside it
        assertEquals(fromText, claims(tmp.resolve("cp.json"), "--encoding", "windows-1256",
                Files.write(tmp.resolve("cp1256.txt"), content.getBytes(cp1256))));
        assertEquals(fromText, claims(tmp.resolve("u16.json"),
                Files.write(tmp.resolve("utf16.txt"), Cli.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, content.getBytes(StandardCharsets.UTF_16LE)))));
        assertEquals(fromText, claims(tmp.resolve("bom.json"),
                Files.write(tmp.resolve("bom.txt"), Cli.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, content.getBytes(StandardCharsets.UTF_8)))));
        // a page that declares windows-1256 in its meta charset needs no flag
        String page = Files.readString(HTML).replace("<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">");
        assertEquals(fromText, claims(tmp.resolve("page1256.json"), Files.write(tmp.resolve("page1256.html"), page.getBytes(cp1256))));
        // ISO-8859-6 (it has the Arabic letters and the Arabic comma), guessed on request
        String plain = "url: https://example.org/news/77\noutlet: SY24\npublished: 2023-05-10\n---\n"
                + "قالت مصادر محلية إن طائرة مسيرة استهدفت سيارة في مدينة البوكمال بريف دير الزور الشرقي، أمس الثلاثاء.\n";
        Path isoFile = Files.write(tmp.resolve("iso.txt"), plain.getBytes(iso));
        Path utf = Cli.write(tmp.resolve("same-utf8.txt"), plain);
        assertEquals(claims(tmp.resolve("u.json"), utf), claims(tmp.resolve("i.json"), "--encoding", "auto", isoFile));
        assertEquals(claims(tmp.resolve("u.json"), utf), claims(tmp.resolve("i2.json"), "--encoding", "ISO-8859-6", isoFile));
        // undeclared, the legacy bytes are refused, naming the file and the likely encoding
        Cli.Run r = Cli.run("convert", "-o", tmp.resolve("x.trig"), isoFile);
        r.assertExit(3);
        assertTrue(r.err().contains(isoFile.toString()) && r.err().contains("ISO-8859-6") && r.err().contains("--encoding"), r.err());
    }

    @Test
    void theHtmlReaderKeepsTheArticleAndDropsThePageFurniture() throws IOException {
        List<Article> got = new ArrayList<>();
        new Inputs(ReadOptions.defaults(Set.of("facebook", "twitter", "whatsapp"))).read(HTML, sink(got));
        assertEquals(1, got.size());
        Article a = got.get(0);
        assertEquals(URL, a.url());
        assertEquals("SY24", a.outlet());
        assertEquals("2023-05-10", a.published().toString());
        assertEquals("طائرة مسيرة تستهدف شاحنة وقود قرب الميادين", a.title());
        for (String furniture : List.of("الرئيسية", "اقتصاد", "اقرأ أيضاً", "مقتل عنصرين", "الأكثر قراءة", "جميع الحقوق", "dataLayer", "Facebook"))
            assertFalse(a.text().contains(furniture), () -> "page furniture '" + furniture + "' in the text:\n" + a.text());
        assertTrue(a.text().contains("ومنعوا الأهالي من الاقتراب."), a.text());
        // one paragraph per line, spaces inside a paragraph kept single
        assertTrue(a.text().lines().anyMatch(l -> l.startsWith("وأضافت المصادر") && l.endsWith("من الاقتراب.")), a.text());
    }

    @Test
    void theSameArticleTwiceIsConvertedOnceAndNamed() throws IOException {
        Path copy = Cli.write(tmp.resolve("copy/again.txt"), Files.readString(TEXT).replace("\n\n", "\n \n"));
        Path out = tmp.resolve("twice.json");
        Cli.Run r = Cli.run("convert", "--format", "json", "-o", out, TEXT, HTML, copy);
        r.assertExit(0);
        assertTrue(r.err().contains(HTML + ": skipped, the same article as " + TEXT), r.err());
        assertTrue(r.err().contains(copy + ": skipped"), r.err());
        assertTrue(r.err().contains("2 duplicate(s) skipped"), r.err());
        assertEquals(fromText, normalise(JSON.parseAny(Files.readString(out)).getAsArray()));
    }

    @Test
    void standardInputAndDirectoriesAreRead() throws IOException {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(JSONL)));
            assertEquals(fromText, claims(tmp.resolve("stdin.json"), "-"));
        } finally {
            System.setIn(saved);
        }
        Path d = tmp.resolve("tree");
        Files.createDirectories(d.resolve("a/b"));
        Files.copy(HTML, d.resolve("a/b/page.html"));
        Files.write(d.resolve("a/notes.yaml"), "not: an article\n".getBytes());
        Cli.Run r = Cli.run("convert", "--format", "json", "-o", tmp.resolve("tree.json"), d);
        r.assertExit(0);
        assertEquals(fromText, normalise(JSON.parseAny(Files.readString(tmp.resolve("tree.json"))).getAsArray()));
    }

    @Test
    void aWarcRecordWithALyingLengthCostsOnlyItself() throws IOException {
        byte[] page = Files.readAllBytes(HTML);
        String other = Files.readString(HTML).replace("2042", "2043").replace("أمس الثلاثاء", "أمس الأربعاء");
        byte[] third = Files.readString(HTML).replace("2042", "2044").replace("خلال اليومين الماضيين", "خلال الأسبوع الماضي").getBytes(StandardCharsets.UTF_8);
        for (int lie : new int[] {40, -7}) {
            Path w = Files.write(tmp.resolve("lie" + lie + ".warc"), Cli.concat(
                    Cli.warcResponse(URL, "text/html", page, 0),
                    Cli.warcResponse("https://example.org/news/2043/", "text/html", other.getBytes(StandardCharsets.UTF_8), lie),
                    Cli.warcResponse("https://example.org/news/2044/", "text/html", third, 0)));
            Path out = tmp.resolve("lie.json");
            Cli.Run r = Cli.run("convert", "--format", "json", "-o", out, "--errors", tmp.resolve("err.jsonl"), w);
            r.assertExit(3);
            assertTrue(r.err().contains("Content-Length does not match"), r.err());
            Set<String> urls = new TreeSet<>();
            for (JsonValue v : JSON.parseAny(Files.readString(out)).getAsArray())
                urls.add(v.getAsObject().get("source").getAsObject().get("url").getAsString().value());
            assertEquals(Set.of(URL, "https://example.org/news/2044/"), urls, "lie " + lie + ": " + r);
            List<String> errors = Files.readAllLines(tmp.resolve("err.jsonl"));
            assertEquals(1, errors.size(), errors.toString());
            JsonObject e = JSON.parse(errors.get(0));
            assertEquals(w.toString(), e.get("file").getAsString().value());
            assertTrue(e.get("record").getAsString().value().contains("offset"), errors.get(0));
        }
    }

    static ArticleSink sink(List<Article> got) {
        return new ArticleSink() {
            @Override public void article(Article a, String record) { got.add(a); }
            @Override public void failed(Problem p) { fail(p.message()); }
        };
    }
}
