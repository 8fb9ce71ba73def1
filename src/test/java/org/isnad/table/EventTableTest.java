package org.isnad.table;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.cli.IsnadCommand;
import org.isnad.store.ClaimStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The events table of {@code convert --format csv} and {@code export --format csv}. */
class EventTableTest {

    static final Path SEED = Path.of("src/test/resources/seed/sy24-deir-ez-zor-strikes.txt");
    static final String[] SEED_META = {"--published", "2022-08-24", "--outlet", "SY24", "--url", "https://www.sy-24.com/92987/"};

    @TempDir Path tmp;

    static String run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = IsnadCommand.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        assertEquals(0, code, err.toString());
        return err.toString();
    }

    static String[] convert(Path out, String format) {
        String[] args = new String[SEED_META.length + 6];
        args[0] = "convert";
        System.arraycopy(SEED_META, 0, args, 1, SEED_META.length);
        args[SEED_META.length + 1] = "--format";
        args[SEED_META.length + 2] = format;
        args[SEED_META.length + 3] = "-o";
        args[SEED_META.length + 4] = out.toString();
        args[SEED_META.length + 5] = SEED.toString();
        return args;
    }

    static List<List<String>> read(Path csv) throws Exception {
        byte[] bytes = Files.readAllBytes(csv);
        assertTrue(bytes.length > 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF,
                "UTF-8 with a byte order mark");
        return Csv.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void convertWritesOneRowPerEventClaimWithEveryColumn() throws Exception {
        Path csv = tmp.resolve("events.csv");
        run(convert(csv, "csv"));
        List<List<String>> table = read(csv);
        assertEquals(EventTable.columns(), table.get(0));
        List<String> header = table.get(0);
        for (String c : List.of("claim", "event", "event_type", "sub_event_type", "modality", "event_date", "event_date_end",
                "time_precision", "actor1", "actor2", "admin1", "admin2", "admin3", "admin1_pcode", "admin2_pcode", "admin3_pcode",
                "location", "latitude", "longitude", "geo_precision", "source", "reported_by", "source_url", "published",
                "fatalities", "injuries", "notes", "confidence", "same_event_as"))
            assertTrue(header.contains(c), c);
        List<List<String>> rows = table.subList(1, table.size());
        assertTrue(rows.size() >= 7, "rows: " + rows.size());
        for (List<String> r : rows) assertEquals(header.size(), r.size(), r.toString());
        int notes = header.indexOf("notes");
        List<String> strike = rows.stream().filter(r -> r.get(notes).contains("بتوجيه من الرئيس جو بايدن، نفذت القوات العسكرية الأمريكية"))
                .findFirst().orElseThrow(() -> new AssertionError("no row with the CENTCOM strike's evidence, Arabic and commas intact"));
        assertEquals("Explosions/Remote violence", strike.get(header.indexOf("event_type")));
        assertEquals("Air/drone strike", strike.get(header.indexOf("sub_event_type")));
        assertEquals("2022-08-23", strike.get(header.indexOf("event_date")));
        assertEquals("US forces", strike.get(header.indexOf("actor1")));
        assertEquals("Iran-backed militias; Islamic Revolutionary Guard Corps (IRGC)", strike.get(header.indexOf("actor2")));
        assertEquals("SY09", strike.get(header.indexOf("admin1_pcode")));
        assertEquals("Deir ez-Zor Governorate", strike.get(header.indexOf("admin1")));
        assertEquals("SY24", strike.get(header.indexOf("source")));
        assertEquals("https://www.sy-24.com/92987/", strike.get(header.indexOf("source_url")));
        assertTrue(strike.get(notes).contains("“دقيقة”"), "quotation marks kept");
        assertTrue(rows.stream().anyMatch(r -> r.get(header.indexOf("event_type")).equals("Battles")));
        assertTrue(rows.stream().anyMatch(r -> r.get(header.indexOf("reported_by")).equals("SY24's sources")));
    }

    @Test
    void exportFromAStoreGivesTheSameRowsAsConvert() throws Exception {
        Path csv = tmp.resolve("convert.csv");
        run(convert(csv, "csv"));
        Path trig = tmp.resolve("seed.trig");
        run(convert(trig, "trig"));
        try (ClaimStore store = ClaimStore.open(tmp.resolve("store"), Path.of("ontology"))) {
            store.load(List.of(trig));
        }
        Path exported = tmp.resolve("export.csv");
        run("export", "--store", tmp.resolve("store").toString(), "--format", "csv", "-o", exported.toString());
        assertEquals(read(csv), read(exported));
        assertArrayEquals(Files.readAllBytes(csv), Files.readAllBytes(exported));
    }

    @Test
    void anUndatedItemIsPresumedOnTheReportsDayAtWeekPrecisionInTheTable() throws Exception {
        // no date words: presumed on the day of the report's news, at ACLED's week level in the table
        Path article = tmp.resolve("undated.txt");
        Files.writeString(article, "published: 2024-05-12\ntitle: خبر\n---\n"
                + "قُتل عنصر من قوات النظام بانفجار عبوة ناسفة استهدفت سيارته في مدينة إزرع بريف درعا.\n");
        Path csv = tmp.resolve("undated.csv"), json = tmp.resolve("undated.json");
        run("convert", "--format", "csv", "-o", csv.toString(), article.toString());
        run("convert", "--format", "json", "-o", json.toString(), article.toString());
        List<List<String>> table = read(csv);
        List<String> header = table.get(0), row = table.get(1);
        assertEquals(2, table.size(), table.toString());
        assertEquals("2024-05-12", row.get(header.indexOf("event_date")));
        assertEquals("2024-05-12", row.get(header.indexOf("event_date_end")));
        assertEquals("week", row.get(header.indexOf("time_precision")));
        assertTrue(Files.readString(json).contains("\"precision\":\"up-to-report\"")
                || Files.readString(json).contains("\"precision\": \"up-to-report\""), Files.readString(json));
    }

    @Test
    void fieldsAreQuotedAsRfc4180Asks() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        CsvWriter w = new CsvWriter(buf);
        List<String> awkward = List.of("قال، إن", "دير الزور, سوريا", "\"المرصد\" السوري", "سطر\nثان", "plain", "");
        w.record(awkward);
        w.flush();
        String text = buf.toString(StandardCharsets.UTF_8);
        // the Arabic comma (U+060C) is no separator: only the ASCII one is quoted
        assertEquals("\uFEFFقال، إن,\"دير الزور, سوريا\",\"\"\"المرصد\"\" السوري\",\"سطر\nثان\",plain,\r\n", text);
        assertEquals(List.of(awkward), Csv.parse(text.substring(1)));
        assertEquals("\"a,b\"", CsvWriter.field("a,b"));
    }
}
