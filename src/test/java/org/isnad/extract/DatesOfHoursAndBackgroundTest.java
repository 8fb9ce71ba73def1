package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dates of real wire reporting (every sentence written here): "قبل ساعات" is the day of publication, counted
 * back from an event it is not; a pluperfect background sentence does not take the date of the report's
 * event. Articles are published on Sunday 12 May 2024.
 */
class DatesOfHoursAndBackgroundTest {

    @TempDir Path dir;

    @Test
    void hoursAgoIsThePublicationDay() throws Exception {
        // "قُتل عنصر قبل ساعات": an act told a few hours back happened on the day of the report
        for (String body : new String[] {
                "قتل عنصر من الشرطة قبل ساعات برصاص مسلحين مجهولين في بلدة الشحيل.",
                "أصيب شاب بجروح منذ ساعات جراء انفجار لغم في قرية الطكيحي."}) {
            EventClaim e = TestArticles.only(dir, body);
            assertEquals(LocalDate.of(2024, 5, 12), e.time().start(), body);
            assertEquals(LocalDate.of(2024, 5, 12), e.time().end(), body);
        }
    }

    @Test
    void hoursAgoCountedFromAnEventIsNoPublicationDay() throws Exception {
        // "قبل يومين من الهجوم": counted back from the attack, not from the day of the report
        EventClaim e = TestArticles.only(dir, "اعتقلت الشرطة شاباً في بلدة الشحيل قبل يومين من الهجوم على الحاجز.");
        assertFalse(LocalDate.of(2024, 5, 10).equals(e.time().start()), "counted from the attack, not from publication");
    }

    @Test
    void aPluperfectBackgroundSentenceTakesNoDateFromTheReport() throws Exception {
        // "وكانت عبوة قد انفجرت بسيارة في قرية أخرى": told as what had happened before, with no date words of its own
        List<EventClaim> es = TestArticles.events(dir,
                "قتل مسلحون مجهولون، صباح اليوم الأحد، شاباً في بلدة الشحيل بريف دير الزور.\n"
                + "وكانت عبوة ناسفة قد انفجرت بسيارة مدنية في قرية الطكيحي، ما أدى لمقتل سائقها.");
        assertEquals(2, es.size(), es.toString());
        assertEquals(LocalDate.of(2024, 5, 12), es.get(0).time().start());
        assertNull(es.get(1).time().start(), "the earlier killing has no date of its own");
    }

    @Test
    void aPluperfectSentenceWithItsOwnDateKeepsIt() throws Exception {
        EventClaim e = TestArticles.events(dir,
                "قتل مسلحون مجهولون، صباح اليوم الأحد، شاباً في بلدة الشحيل بريف دير الزور.\n"
                + "وكانت عبوة ناسفة قد انفجرت أمس بسيارة مدنية في قرية الطكيحي، ما أدى لمقتل سائقها.").get(1);
        assertEquals(LocalDate.of(2024, 5, 11), e.time().start());
    }

    @Test
    void afterMidnightIsTheDayOfTheReport() throws Exception {
        // "شنت قوات … بعد منتصف الليل هجوماً": the small hours of the day of the report, not the day an act told
        // after it took place ("تعرضت القرية يوم أمس لقصف")
        List<EventClaim> es = TestArticles.events(dir,
                "شنت قوات النظام بعد منتصف الليل هجوماً على محور قرية الطكيحي بريف دير الزور.\n"
                + "وكانت القرية قد تعرضت يوم أمس لقصف مدفعي عنيف من مواقع قوات النظام.");
        EventClaim attack = es.get(0);
        assertEquals("Day", attack.time().precision(), attack.time().toString());
        assertEquals(LocalDate.of(2024, 5, 12), attack.time().start());
        assertEquals(LocalDate.of(2024, 5, 12), attack.time().end());
        EventClaim alone = TestArticles.only(dir, "قتل شاب بعيد منتصف الليل برصاص مسلحين مجهولين في بلدة الشحيل بريف دير الزور.");
        assertEquals(LocalDate.of(2024, 5, 12), alone.time().start(), alone.time().toString());
        assertEquals("Day", alone.time().precision());
    }
}
