package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that once went wrong: each test holds the behaviour a user relies on. */
class ConvertEdgeCasesTest {

    @TempDir Path dir;

    private IsnadProcess.Run run(String... args) {
        return IsnadProcess.inProcess((Object[]) args);
    }

    private JsonArray claims(String text) throws Exception {
        Path in = dir.resolve("a" + System.nanoTime() + ".txt");
        Files.writeString(in, text);
        Path out = dir.resolve("claims" + System.nanoTime() + ".json");
        IsnadProcess.Run r = run("convert", "--format", "json", "-o", out.toString(), in.toString());
        assertEquals(0, r.exit(), r.err());
        return JSON.parseAny(Files.readString(out)).getAsArray();
    }

    private static long events(JsonArray claims) {
        return claims.stream().filter(c -> c.getAsObject().get("kind").getAsString().value().equals("event")).count();
    }

    @Test
    void aLongNumberNextToAMonthIsNoDayAndCostsNothing() throws Exception {
        JsonArray c = claims("published: 2022-03-20\ntitle: t\n---\nقصفت قوات النظام بلدة سرمدا في ١٥٠٠٠٠٠٠٠٠٠٠ آذار 2022، حسب ناشطين.\n"
                + "وقصفت قوات النظام مدينة إدلب في 0 من آذار 2022، حسب ناشطين.\n");
        assertEquals(2, events(c), c.toString());
        for (JsonValue v : c) {
            JsonObject date = v.getAsObject().get("date").getAsObject();
            assertFalse("2022-03-00".equals(String.valueOf(date.get("start"))), "no day zero");
        }
    }

    @Test
    void aNoBreakSpaceAfterAFullStopEndsTheSentence() throws Exception {
        JsonArray c = claims("published: 2023-01-11\ntitle: t\n---\nقصفت قوات النظام مدينة أريحا أمس.\u00A0وقال المرصد السوري لحقوق الإنسان إن أهالي المدينة نزحوا نحو المخيمات.\n");
        JsonObject first = c.get(0).getAsObject();
        String by = first.get("reportedBy").getAsObject().get("label").getAsString().value();
        assertFalse(by.contains("SOHR"), "the first sentence is the outlet's, not SOHR's: " + by);
        assertTrue(first.get("evidence").getAsArray().get(0).getAsObject().get("text").getAsString().value().endsWith("أمس."));
    }

    @Test
    void urlAndTitleNameOneArticleOnly() throws Exception {
        Path a = dir.resolve("a.txt"), b = dir.resolve("b.txt");
        Files.writeString(a, "خبر أول\nقصفت قوات النظام مدينة إدلب أمس.\n");
        Files.writeString(b, "خبر ثان\nقصفت قوات النظام مدينة حلب أمس.\n");
        IsnadProcess.Run r = run("convert", "--url", "https://example.org/1", a.toString(), b.toString());
        assertEquals(ExitCodes.USAGE, r.exit(), r.err());
        assertTrue(r.err().contains("--url"), r.err());
    }

    @Test
    void aRestatedTollIsNotAddedUp() throws Exception {
        JsonArray c = claims("published: 2023-01-11\ntitle: t\n---\nقصفت قوات النظام مدينة أريحا أمس، ما أدى إلى مقتل ثلاثة مدنيين، ليرتفع عدد القتلى إلى أربعة، حسب ناشطين.\n");
        JsonArray tolls = c.get(0).getAsObject().get("casualties").getAsArray();
        assertEquals(1, tolls.size(), c.toString());
        assertEquals(4, tolls.get(0).getAsObject().get("killed").getAsNumber().value().intValue());
    }

    @Test
    void anAttackIsNotTheSameEventAsABaseBeingSetUp() throws Exception {
        JsonArray c = claims("published: 2023-05-02\ntitle: t\n---\nأنشأت الميليشيات الإيرانية مقرا عسكريا جديدا في مدينة البوكمال أمس، حسب ناشطين.\n"
                + "وقال المرصد السوري لحقوق الإنسان إن هجوما استهدف مدينة البوكمال أمس.\n");
        for (JsonValue v : c) {
            assertEquals(0, v.getAsObject().get("sameEventAs").getAsArray().size(), "not the same event: " + c);
        }
    }

    @Test
    void aTextThatStartsWithItsLedeLosesNoClaim() throws Exception {
        JsonArray c = claims("قصفت قوات النظام بلدة سرمدا أمس بعدة قذائف، ما أدى إلى أضرار في المنازل، وفقاً لناشطين. "
                + "وأضاف الناشطون أن القصف استمر ساعات.\n");
        assertEquals(1, events(c), c.toString());
    }

    @Test
    void aBylineFirstIsNotTheHeadline() throws Exception {
        JsonArray c = claims("published: 2023-05-02\n---\nخاص - SY24\nقصف على سرمدا\nقصفت قوات النظام بلدة سرمدا أمس، حسب ناشطين.\n");
        JsonObject first = c.get(0).getAsObject();
        JsonArray ev = first.get("evidence").getAsArray();
        assertTrue(ev.stream().anyMatch(e -> e.getAsObject().get("text").getAsString().value().equals("قصف على سرمدا")),
                "the real headline lends evidence: " + ev);
    }

    @Test
    void aDirectoryWithNoArticleIsBadInput() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.md"), "nothing to read");
        IsnadProcess.Run r = run("convert", "-o", dir.resolve("out.trig").toString(), empty.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.err());
        assertTrue(r.err().contains("no article"), r.err());
        assertFalse(Files.exists(dir.resolve("out.trig")), "no output file is left behind");
    }

    @Test
    void anOutputFileIsReadableByOthers() throws Exception {
        Path in = dir.resolve("a.txt");
        Files.writeString(in, "خبر\nقصفت قوات النظام مدينة إدلب أمس.\n");
        Path out = dir.resolve("out.trig");
        assertEquals(0, run("convert", "-o", out.toString(), in.toString()).exit());
        assertTrue(Files.getPosixFilePermissions(out).contains(PosixFilePermission.OTHERS_READ));
    }
}
