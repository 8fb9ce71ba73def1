package org.isnad.eval;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.isnad.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading gold files: the seed as the model, and the mistakes an annotator makes, each named with the file. */
class GoldFileTest {
    @TempDir Path tmp;

    static final String HEAD = "article:\n  file: a.txt\n  published: \"2022-08-24\"\nclaims:\n";

    private GoldFile parse(String yaml) throws Exception {
        Path f = tmp.resolve("x.gold.yaml");
        Files.writeString(f, yaml);
        return GoldFile.load(f);
    }

    private String error(String yaml) {
        BadInputException e = assertThrows(BadInputException.class, () -> parse(yaml));
        assertTrue(e.getMessage().startsWith(tmp.resolve("x.gold.yaml").toString() + ": "), e.getMessage());
        return e.getMessage();
    }

    @Test
    void readsTheSeedGold() throws Exception {
        GoldFile g = GoldFile.load(EvaluatorTest.GOLD);
        assertEquals("sy24-deir-ez-zor-strikes.txt", g.file());
        assertEquals("SY24", g.outlet());
        assertEquals(LocalDate.of(2022, 8, 24), g.published());
        assertEquals(7, g.events().size());
        assertEquals(4, g.statements().size());
        GoldClaim e2 = g.events().get(1), e3 = g.events().get(2), e5 = g.events().get(4), e6 = g.events().get(5);
        assertEquals("Attack", e2.eventType());
        assertTrue(e2.places().isEmpty());
        assertEquals("E3", e2.sameEventAs());
        assertEquals("foiled", e3.modality());
        assertEquals(GoldDate.range("2022-08-11/2022-08-20", LocalDate.of(2022, 8, 11), LocalDate.of(2022, 8, 20)), e3.date());
        assertEquals(LocalDate.of(2022, 1, 1), e5.date().start(), "'same period as E4' takes E4's range");
        assertEquals(LocalDate.of(2022, 2, 28), e5.date().end());
        assertEquals(GoldDate.Status.UNCHECKED, e6.date().status(), "'after E4 and E5' is not a range");
        assertEquals(java.util.List.of("SY24's sources in the region"), e6.reportedBy());
    }

    @Test
    void malformedYamlIsNamedWithItsLine() {
        Path f = Path.of("src/test/resources/eval/malformed/broken.gold.yaml");
        BadInputException e = assertThrows(BadInputException.class, () -> GoldFile.load(f));
        assertTrue(e.getMessage().startsWith(f + ": is not valid YAML at line 13"), e.getMessage());
    }

    @Test
    void unquotedDatesAndUnknownAreRead() throws Exception {
        GoldFile g = parse(HEAD + """
                  - {id: E1, kind: event, event_type: Armed clash, place: [], date: {resolved: 2022-08-23}}
                  - {id: E2, kind: event, event_type: Attack, date: {resolved: unknown}}
                  - {id: E3, kind: event, event_type: Attack, date: {resolved: same day as E1}}
                """);
        assertEquals(LocalDate.of(2022, 8, 23), g.events().get(0).date().start());
        assertEquals(GoldDate.Status.UNKNOWN, g.events().get(1).date().status());
        assertEquals("asserted", g.events().get(1).modality(), "modality defaults to asserted");
        assertEquals(LocalDate.of(2022, 8, 23), g.events().get(2).date().end());
    }

    @Test
    void annotationMistakesAreExplained() {
        assertTrue(error("claims: []\n").contains("article is missing"));
        assertTrue(error(HEAD + "  - {id: E1, kind: event, event_type: Attack, modality: reported, date: {resolved: unknown}}\n")
                .contains("claims[1] (E1).modality must be one of"));
        assertTrue(error(HEAD + "  - {id: E1, kind: event, event_type: Attack, date: {resolved: same period as E9}}\n")
                .contains("names E9, which is not a claim of this file"));
        assertTrue(error(HEAD + "  - {id: E1, kind: event, event_type: Attack, date: {resolved: 2022-13-40}}\n")
                .contains("is not an ISO date"));
        assertTrue(error(HEAD + "  - {id: E1, kind: event, event_type: Attack}\n").contains("claim E1.date is missing"));
        assertTrue(error(HEAD + "  - {id: E1, kind: event, event_type: Attack, place: Homs, date: {resolved: unknown}}\n")
                .contains("place must be a list"));
        assertTrue(error(HEAD + "  - {id: E1, kind: event, date: {resolved: unknown}}\n").contains("without an event_type"));
        assertTrue(error(HEAD + "  - {id: E1, kind: event, event_type: Attack, date: {resolved: unknown}}\n"
                + "  - {id: E1, kind: statement}\n").contains("repeats the id E1"));
        assertTrue(error(HEAD + "  - {id: E1, kind: event, kind: statement}\n").contains("not valid YAML"), "duplicate key");
        assertTrue(error(HEAD + "  - {id: E1, kind: event, event_type: Attack, date: {resolved: same as E2}}\n"
                + "  - {id: E2, kind: event, event_type: Attack, date: {resolved: same as E1}}\n").contains("refers to itself"));
    }
}
