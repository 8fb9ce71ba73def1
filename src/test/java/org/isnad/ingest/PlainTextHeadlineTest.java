package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pasted text without a header: the first line is the headline only if it looks like one. */
class PlainTextHeadlineTest {

    @TempDir Path tmp;

    /** A Turkish drone strike, reported in the first line, which is a sentence: text, not a headline. */
    static final String PASTED = String.join("\n",
            "قُتل شخصان مساء أمس الأحد جراء استهداف طائرة مسيّرة تركية سيارة مدنية على طريق القامشلي - عامودا في ريف الحسكة.",
            "وقالت مصادر محلية إن الطائرة استهدفت السيارة بصاروخين، ما أدى إلى احتراقها بالكامل.",
            "ويأتي ذلك في ظل تصعيد تركي متواصل على مناطق شمال شرقي سوريا.") + "\n";

    Path json;

    Cli.Run convert(String text, String... extra) throws Exception {
        Path f = tmp.resolve("pasted.txt");
        json = tmp.resolve("claims.json");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return Cli.run("convert", "--format", "json", "--published", "2022-08-22", "-o", json, List.of(extra), f);
    }

    JsonArray claims() throws Exception {
        try (var reader = Json.createReader(new StringReader(Files.readString(json)))) {
            return reader.readArray();
        }
    }

    @Test
    void aFirstLineThatIsASentenceMakesItsClaims() throws Exception {
        Cli.Run r = convert(PASTED);
        r.assertExit(0);
        JsonObject strike = null;
        for (JsonValue v : claims()) {
            JsonObject c = v.asJsonObject();
            if ("Air/drone strike".equals(str(c.get("eventType")))) strike = c;
        }
        assertNotNull(strike, "the first line's drone strike is a claim\n" + r);
        assertEquals("2022-08-21", str(strike.getJsonObject("date").get("start")), "مساء أمس الأحد: Sunday");
        JsonArray tolls = strike.getJsonArray("casualties");
        assertEquals(1, tolls.size(), r.toString());
        assertEquals(2, tolls.getJsonObject(0).getInt("killed"));
        assertTrue(r.err().contains("no headline: the first line is text"), r.err());
    }

    @Test
    void aShortFirstLineWithoutFullStopIsTheHeadline() throws Exception {
        Cli.Run r = convert("مسيّرة تركية تقتل شخصين في ريف الحسكة\n" + PASTED);
        r.assertExit(0);
        assertTrue(r.err().contains("first line taken as the headline"), r.err());
    }

    @Test
    void theOnlyLineOfAnArticleIsText() throws Exception {
        Cli.Run r = convert("قُتل شخصان مساء أمس الأحد جراء استهداف طائرة مسيّرة تركية سيارة مدنية في ريف الحسكة\n");
        r.assertExit(0);
        assertTrue(Files.readString(json).contains("Air/drone strike"), r.toString());
        assertTrue(r.err().contains("no headline: the first line is text"), r.err());
    }

    @Test
    void aGivenTitleIsNotReportedAsChosen() throws Exception {
        Cli.Run r = convert(PASTED, "--title", "غارة تركية");
        r.assertExit(0);
        assertFalse(r.err().contains("headline"), r.err());
    }

    /**
     * A page whose title is its lede (scrapers put the first sentence there): the line in the text that repeats it
     * is a sentence ending with a full stop, no headline, and its act and village are read (taken as the headline,
     * the article told no act at all).
     */
    @Test
    void aGivenTitleThatIsTheLedeIsReadAsText() throws Exception {
        String lede = "مساء الأحد، قتل مسلحون مجهولون مزارعاً داخل متجره في قرية الدوسرية، الواقعة شرق مدينة حمص.";
        String text = "title: " + lede + "\n---\n" + lede + "\n"
                + "وكان الضحية متواجداً داخل المتجر لحظة وقوع الهجوم.\n"
                + "وتأتي هذه الجريمة في سياق تصاعد حوادث القتل بحق المدنيين في محافظة حمص خلال الأسابيع الأخيرة.\n";
        Cli.Run r = convert(text);
        r.assertExit(0);
        JsonObject attack = null;
        for (JsonValue v : claims()) {
            JsonObject c = v.asJsonObject();
            if (attack == null && "Attack".equals(str(c.get("eventType")))) attack = c;
        }
        assertNotNull(attack, r.toString());
        assertTrue(attack.getJsonArray("places").toString().contains("الدوسرية"), attack.toString());
        assertEquals("2022-08-21", str(attack.getJsonObject("date").get("start")), attack.toString());
    }

    @Test
    void linesThatEndAsSentencesOrRunLongAreNoHeadlines() {
        Map<String, Boolean> lines = Map.of(
                "مسيّرة تركية تقتل شخصين في ريف الحسكة", true,
                "مسيّرة تركية تقتل شخصين في ريف الحسكة...", true,
                "هل تنسحب القوات التركية من الشمال؟", false,
                "قال المرصد السوري لحقوق الإنسان، إن شخصين قتلا،", false,
                "قصف مدفعي على ريف إدلب!", false,
                "قتل شخصان.", false,
                "كلمة ".repeat(21).strip(), false,
                "ا".repeat(141), false);
        lines.forEach((line, headline) -> assertEquals(headline, TextArticleSource.looksLikeHeadline(line), line));
    }

    private static String str(JsonValue v) {
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : ((jakarta.json.JsonString) v).getString();
    }
}
