package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report's window (every sentence written here): the lead dates the whole account once ("خلال الـ24 ساعة
 * الماضية", "خلال الأيام الثلاثة الماضية") and the items after it are told without date words. Articles are
 * published on Sunday 12 May 2024.
 */
class DatesOfReportWindowsTest {

    @TempDir Path dir;

    private static final LocalDate SATURDAY = LocalDate.of(2024, 5, 11), SUNDAY = LocalDate.of(2024, 5, 12);

    @Test
    void theLast24HoursAreYesterdayAndTheDayOfTheReport() throws Exception {
        for (String body : new String[] {
                "قُتل شاب برصاص مسلحين مجهولين في بلدة طفس بريف درعا الغربي خلال الساعات الـ 24 الماضية.",
                "قُتل شاب برصاص مسلحين مجهولين في بلدة طفس بريف درعا الغربي خلال الـ24 ساعة الماضية.",
                "قُتل شاب برصاص مسلحين مجهولين في بلدة طفس بريف درعا الغربي خلال الساعات الأربع والعشرين الماضية."}) {
            EventClaim e = TestArticles.only(dir, body);
            assertEquals(SATURDAY, e.time().start(), body);
            assertEquals(SUNDAY, e.time().end(), body);
        }
    }

    @Test
    void aLeadWithAWindowAndNoClaimDatesTheItemsAfterIt() throws Exception {
        // the lead tells a trend and no act; each killing after it is one of the window's
        List<EventClaim> es = TestArticles.events(dir,
                "تصاعدت وتيرة الاغتيالات في ريف درعا الغربي خلال الـ24 ساعة الماضية.\n"
                + "وقال مصدر محلي لمراسلنا إن مسلحين مجهولين قتلوا عنصراً من الأمن العسكري في بلدة المزيريب.\n"
                + "وكذلك عُثر على جثة شاب مقتولاً بالرصاص قرب بلدة اليادودة.");
        assertEquals(2, es.size(), es.toString());
        for (EventClaim e : es) {
            assertEquals(SATURDAY, e.time().start(), e.toString());
            assertEquals(SUNDAY, e.time().end(), e.toString());
        }
    }

    @Test
    void theWindowReachesAnotherIncidentButNotBackground() throws Exception {
        // "وفي حادثة أخرى" is one more item of the window; "وكانت … قد" is of before it, of no told day
        List<EventClaim> es = TestArticles.events(dir,
                "تصاعدت وتيرة الاغتيالات في ريف درعا الغربي خلال الـ24 ساعة الماضية.\n"
                + "وقال مصدر محلي لمراسلنا إن مسلحين مجهولين قتلوا عنصراً من الأمن العسكري في بلدة المزيريب.\n"
                + "وفي حادثة أخرى، قُتل عنصران من قوات النظام برصاص مجهولين على الطريق بين بلدتي نوى والشيخ سعد.\n"
                + "وكانت عبوة ناسفة قد انفجرت بسيارة عسكرية قرب مدينة طفس.");
        assertEquals(3, es.size(), es.toString());
        assertEquals(SATURDAY, es.get(1).time().start(), es.get(1).toString());
        assertEquals(SUNDAY, es.get(1).time().end(), es.get(1).toString());
        assertNull(es.get(2).time().start(), "background keeps no date: " + es.get(2));
    }

    @Test
    void aTollOverThreeDaysDatesTheIncidentsToldAfterIt() throws Exception {
        // the lead counts the dead of three days; the incidents after it, "وفي حادث آخر" too, are among them
        List<EventClaim> es = TestArticles.events(dir,
                "وثّق ناشطون، اليوم الأحد، مقتل خمسة أشخاص برصاص مسلحين مجهولين في ريف حمص خلال الأيام الثلاثة الماضية.\n"
                + "وقال الناشطون إن مسلحين هاجموا محلاً تجارياً في قرية الغور الغربية، ما أدى إلى مقتل شابين.\n"
                + "وفي حادث آخر، قُتل رجل وابنه برصاص مسلحين يستقلون دراجة نارية في حي الوعر بمدينة حمص.");
        EventClaim last = es.get(es.size() - 1);
        assertTrue(last.evidence().get(0).text().contains("حادث آخر"), es.toString());
        assertEquals(LocalDate.of(2024, 5, 9), last.time().start(), last.toString());
        assertEquals(LocalDate.of(2024, 5, 11), last.time().end(), last.toString());
    }

    @Test
    void aDayDatedLeadStillLeavesAnotherIncidentUndated() throws Exception {
        // no window: a lead dated to one day says nothing of the day of another incident told after it
        List<EventClaim> es = TestArticles.events(dir,
                "اغتال مسلحون مجهولون، مساء أمس، شاباً في مدينة جاسم شمالي درعا.\n"
                + "وفي حادثة منفصلة، انفجرت عبوة ناسفة بسيارة عسكرية على الطريق بين بلدتي اليادودة والمزيريب.");
        assertEquals(2, es.size(), es.toString());
        assertEquals(SATURDAY, es.get(0).time().start());
        assertTrue(TestArticles.undatedByText(es.get(1).time()), es.get(1).time().toString());
    }
}
