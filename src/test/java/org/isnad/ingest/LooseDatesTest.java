package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A scraper's "published" gives the day the long way gives, bare dates (read without the date-time parsers) too. */
class LooseDatesTest {

    /** The long way: each date-time parser in turn, then a date at the start. */
    private static LocalDate longWay(String value) {
        String v = value.strip();
        try { return OffsetDateTime.parse(v).toLocalDate(); } catch (DateTimeParseException e) { /* next */ }
        try { return ZonedDateTime.parse(v).toLocalDate(); } catch (DateTimeParseException e) { /* next */ }
        try { return LocalDateTime.parse(v).toLocalDate(); } catch (DateTimeParseException e) { /* next */ }
        if (v.matches("\\d{4}-\\d{2}-\\d{2}([ T].*)?")) {
            try { return LocalDate.parse(v.substring(0, 10)); } catch (DateTimeParseException e) { return null; }
        }
        return null;
    }

    @Test
    void everyFormGivesTheDayTheLongWayGives() {
        List<String> values = List.of("2022-08-24", " 2022-08-24 ", "2024-02-29", "2023-02-29", "2022-13-01", "2022-8-24",
                "2022-08-24T10:30:00+03:00", "2022-08-24T23:30:00Z", "2022-08-24T10:30:00+03:00[Asia/Damascus]",
                "2022-08-24T10:30", "2022-08-24 10:30", "2022-08-24Tx", "22-08-24", "٢٠٢٢-٠٨-٢٤", "24/08/2022", "", "x");
        int days = 0;
        for (String v : values) {
            LocalDate expected = longWay(v);
            assertEquals(expected, TextArticleSource.parseLooseDate(v), v);
            if (expected != null) days++;
        }
        assertEquals(LocalDate.of(2022, 8, 24), TextArticleSource.parseLooseDate("2022-08-24"));
        assertEquals(9, days);
    }
}
