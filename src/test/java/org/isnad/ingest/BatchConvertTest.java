package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch as researchers run it: 1,000 articles, 50 of them broken in different ways. */
class BatchConvertTest {

    @TempDir Path tmp;

    static final String[] PLACES = {"البوكمال", "الميادين", "دير الزور", "الرقة", "الحسكة", "الشدادي", "هجين", "ذيبان", "الباب", "سرمدا"};
    static final String[] DAYS = {"الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"};

    /** A short article, different for each n (place, day, numbers), so none is a duplicate of another. */
    static String article(int n) {
        String place = PLACES[n % PLACES.length], day = DAYS[n % DAYS.length];
        return "url: https://example.org/batch/" + n + "\noutlet: SY24\npublished: 2023-0" + (1 + n % 9) + "-1" + (n % 9) + "\n---\n"
                + "قصف مدفعي يستهدف أطراف " + place + " (" + n + ")\n\n"
                + "استهدفت قوات النظام بالمدفعية الثقيلة، يوم " + day + "، أطراف مدينة " + place + "، ما أدى إلى تضرر "
                + (n % 17 + 2) + " منازل، حسب مصادرنا في المنطقة.\n\n"
                + "وأضافت المصادر أن القصف استمر نحو " + (n % 5 + 1) + " ساعات، وأن عشرات العائلات نزحت باتجاه القرى المجاورة.\n";
    }

    /** The 50 broken ones: ten kinds, five of each; the reason each must give. */
    record Broken(String name, byte[] bytes, String reason) {}

    static Broken broken(int k, int n) {
        String good = article(n);
        return switch (k % 10) {
            case 0 -> new Broken(n + "-empty.txt", new byte[0], "is empty");
            case 1 -> new Broken(n + "-nul.txt", Cli.concat(good.getBytes(), new byte[] {0, 0, 1}), "NUL bytes");
            case 2 -> new Broken(n + "-future.txt", good.replaceFirst("published: [0-9-]+", "published: 2999-01-01").getBytes(), "in the future");
            case 3 -> new Broken(n + "-old.txt", good.replaceFirst("published: [0-9-]+", "published: 1987-06-01").getBytes(), "before 1990");
            case 4 -> new Broken(n + "-url.txt", good.replaceFirst("url: \\S+", "url: not a url at all").getBytes(), "url 'not a url at all'");
            case 5 -> new Broken(n + "-header.txt", good.replaceFirst("outlet:", "source:").getBytes(), "unknown header key 'source'");
            case 6 -> new Broken(n + "-cp1256.txt", good.getBytes(Encodings.WINDOWS_1256), "not valid UTF-8");
            case 7 -> new Broken(n + "-notjson.jsonl", "{\"url\": \"https://example.org/x\", \"text\": \n".getBytes(), "not JSON");
            case 8 -> new Broken(n + "-notext.jsonl", ("{\"url\": \"https://example.org/batch/x" + n + "\", \"title\": \"عنوان\"}\n").getBytes(), "neither 'text' nor 'html'");
            default -> new Broken(n + "-nobody.html", "<html><head><title>عنوان</title></head><body><nav>القائمة</nav><footer>حقوق</footer></body></html>".getBytes(),
                    "no article text");
        };
    }

    @Test
    void aThousandArticlesWithFiftyBrokenConvertTheRestNameEachAndExitThree() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Map<String, String> reasons = new HashMap<>();
        int b = 0;
        for (int n = 0; n < 1000; n++) {
            String dir = "d" + (n / 100);
            if (n % 20 == 7) {          // every twentieth is broken: 50 in all
                Broken x = broken(b++, n);
                Path f = Files.createDirectories(in.resolve(dir)).resolve(x.name());
                Files.write(f, x.bytes());
                reasons.put(f.toString(), x.reason());
            } else {
                Cli.write(in.resolve(dir).resolve(String.format("a%04d.txt", n)), article(n));
            }
        }
        assertEquals(50, reasons.size());
        Path out = tmp.resolve("claims.nq"), errors = tmp.resolve("errors.jsonl");
        long t0 = System.nanoTime();
        Cli.Run r = Cli.run("convert", "--format", "nq", "-o", out, "--errors", errors, "--progress-every", "250", in);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("BatchConvertTest: 1000 articles in " + ms + " ms");
        r.assertExit(3);
        assertTrue(r.err().contains("isnad convert: 950 article(s)") && r.err().contains("50 failed"), r::toString);
        assertTrue(r.err().contains("isnad: 250 article(s) converted") || r.err().contains("article(s) converted"),
                () -> "no progress line when stderr is not a terminal:\n" + r.err());

        List<String> lines = Files.readAllLines(errors);
        assertEquals(50, lines.size(), () -> String.join("\n", lines));
        Set<String> named = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        for (String l : lines) {
            JsonObject o = JSON.parse(l);
            String file = o.get("file").getAsString().value(), reason = o.get("reason").getAsString().value();
            named.add(file);
            String want = reasons.get(file);
            if (want == null || !reason.contains(want)) wrong.add(file + ": '" + reason + "', expected it to say '" + want + "'");
            if (file.endsWith(".jsonl") && !o.get("record").getAsString().value().equals("line 1")) wrong.add(file + ": record " + o.get("record"));
            if (!r.err().contains(file)) wrong.add(file + " is not named on stderr");
        }
        assertEquals(reasons.keySet(), named);
        assertEquals(List.of(), wrong);
        long articles = Files.readAllLines(out).stream().filter(l -> l.contains("<https://schema.org/url>")).map(l -> l.split(" ")[2]).distinct().count();
        assertEquals(950, articles, "the output should hold the 950 good articles");
    }
}
