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
 * Dates as real pages tell them (every sentence written here): words of time that name no day, days counted
 * back from the report, a weekday that corrects the page's date, background told without "قد", another matter
 * after "وفي سياق منفصل", and an act that a time is counted from. Articles are published on Sunday 12 May 2024.
 */
class DatesOfRealReportingTest {

    @TempDir Path dir;

    private static final LocalDate SUNDAY = LocalDate.of(2024, 5, 12);

    private static LocalDate day(int d) {
        return LocalDate.of(2024, 5, d);
    }

    @Test
    void vagueTimeWordsNameNoDayAndTakeNoneFromTheActBefore() throws Exception {
        // "واعتقلت دورية في وقت سابق ثلاثة شبان": earlier, on no day the text gives; not the shelling's day
        for (String vague : new String[] {"في وقت سابق", "مؤخراً", "قبل أيام"}) {
            List<EventClaim> es = TestArticles.events(dir, "قصفت قوات النظام، صباح اليوم، بلدة كفرنبل بريف إدلب الجنوبي.\n"
                    + "واعتقلت دورية للأمن العسكري " + vague + " ثلاثة شبان في مدينة داعل بريف درعا.");
            assertEquals(2, es.size(), es.toString());
            assertEquals(SUNDAY, es.get(0).time().start());
            if (vague.equals("قبل أيام")) {
                // a few days before the report: presumed in the week before it (DatesOfTheReportsDayTest)
                assertEquals("UpToReport", es.get(1).time().precision(), vague);
                assertEquals(day(11), es.get(1).time().end(), vague);
            } else {
                assertNull(es.get(1).time().start(), vague);
            }
        }
        // "…مظاهرة رافضة للاعتقالات التي نفذتها الأجهزة الأمنية مؤخراً": the vague words time the arrests told
        // in passing, not the protest, which is of the day of the round-up
        List<EventClaim> es = TestArticles.events(dir, "قصفت قوات النظام، صباح اليوم، بلدة كفرنبل بريف إدلب الجنوبي.\n"
                + "وخرج العشرات في مظاهرة في مدينة داعل رافضة للاعتقالات التي نفذتها الأجهزة الأمنية مؤخراً.");
        assertEquals(SUNDAY, TestArticles.first(es, EventTypes.PEACEFUL_PROTEST).time().start());
        // "في وقت سابق من اليوم" is earlier on the day of the report
        EventClaim today = TestArticles.events(dir, "قصفت قوات النظام، أمس، بلدة كفرنبل بريف إدلب الجنوبي.\n"
                + "واعتقلت دورية للأمن العسكري في وقت سابق من اليوم ثلاثة شبان في مدينة داعل بريف درعا.").get(1);
        assertEquals(SUNDAY, today.time().start());
    }

    @Test
    void daysAgoAreCountedBackFromTheReport() throws Exception {
        // "قبل أربعة أيام", "قبل 4 أيام": four days before the day of publication; "منذ أسبوع": seven
        for (String ago : new String[] {"قبل أربعة أيام", "قبل 4 أيام"}) {
            EventClaim e = TestArticles.only(dir, "اعتقلت دورية للأمن العسكري " + ago + " ثلاثة شبان في مدينة داعل بريف درعا.");
            assertEquals(day(8), e.time().start(), ago);
            assertEquals(day(8), e.time().end(), ago);
        }
        EventClaim week = TestArticles.only(dir, "اعتقلت دورية للأمن العسكري منذ أسبوع ثلاثة شبان في مدينة داعل بريف درعا.");
        assertEquals(day(5), week.time().start());
        // "منذ الأسبوع الماضي" is a calendar week, not seven days back
        EventClaim since = TestArticles.only(dir, "اعتقلت دورية للأمن العسكري منذ الأسبوع الماضي ثلاثة شبان في مدينة داعل.");
        assertEquals(LocalDate.of(2024, 4, 29), since.time().start());
    }

    @Test
    void thisEveningAndThisMorningAreTheDayOfTheReport() throws Exception {
        // "تقدم التنظيم هذا المساء في حي …": not an undated sentence
        for (String t : new String[] {"هذا المساء", "هذا الصباح", "صباح هذا اليوم"}) {
            EventClaim e = TestArticles.only(dir, "قصفت قوات النظام " + t + " بلدة كفرنبل بريف إدلب الجنوبي.");
            assertEquals(SUNDAY, e.time().start(), t);
        }
    }

    @Test
    void theLastTwoDaysAreTheTwoDaysBeforeTheReport() throws Exception {
        EventClaim e = TestArticles.only(dir, "شنت الأجهزة الأمنية، خلال اليومين الماضيين، حملة اعتقالات طالت عشرات الشبان في مدينة داعل بريف درعا.");
        assertEquals(day(10), e.time().start());
        assertEquals(day(11), e.time().end());
    }

    @Test
    void theLastTwoWeeksAreTheFourteenDaysBeforeTheReport() throws Exception {
        EventClaim e = TestArticles.only(dir, "اعتقلت دوريات الأمن خلال الأسبوعين الماضيين عشرات الشبان في مدينة داعل بريف درعا.");
        assertEquals(LocalDate.of(2024, 4, 28), e.time().start());
        assertEquals(day(11), e.time().end());
    }

    @Test
    void theWordMonthBeforeTheMonthsNameChangesNothing() throws Exception {
        EventClaim late = TestArticles.only(dir, "قصفت قوات النظام في أواخر شهر نيسان الماضي بلدة كفرنبل بريف إدلب الجنوبي.");
        assertEquals(LocalDate.of(2024, 4, 21), late.time().start());
        assertEquals(LocalDate.of(2024, 4, 30), late.time().end());
    }

    @Test
    void whatWentOnSinceADateLastsToTheReport() throws Exception {
        // "خلال حملة القصف التي شنتها قوات النظام منذ مطلع نيسان": a campaign since early April, to the report's day
        EventClaim e = TestArticles.only(dir, "تعرضت مدينة داريا لحملة قصف شنتها قوات النظام منذ مطلع نيسان الماضي.");
        assertEquals(LocalDate.of(2024, 4, 1), e.time().start());
        assertEquals(SUNDAY, e.time().end());
    }

    @Test
    void aWeekdayThatDisagreesWithThePagesDateWins() throws Exception {
        // "أمس الجمعة" on a page dated Sunday: the page went up a day late; Friday is meant
        EventClaim e = TestArticles.only(dir, "قصفت قوات النظام أمس الجمعة بلدة كفرنبل بريف إدلب الجنوبي.");
        assertEquals(day(10), e.time().start());
        // three days apart is no late upload: the text is wrong somewhere, and says no day
        EventClaim far = TestArticles.only(dir, "قصفت قوات النظام أمس الأربعاء بلدة كفرنبل بريف إدلب الجنوبي.");
        assertNull(far.time().start());
    }

    @Test
    void backgroundToldWithoutQadTakesNoDateFromTheReport() throws Exception {
        // "وكانت قوات النظام اعتقلت …", "وسبق أن اعتقلت …": what had happened before, on no day the text gives
        for (String background : new String[] {
                "وكانت دورية للأمن العسكري اعتقلت ثلاثة شبان في مدينة داعل بريف درعا.",
                "وكان مسلحون مجهولون اغتالوا شاباً في بلدة الصور بريف دير الزور."}) {
            List<EventClaim> es = TestArticles.events(dir, "قصفت قوات النظام، صباح اليوم، بلدة كفرنبل بريف إدلب الجنوبي.\n" + background);
            assertEquals(2, es.size(), es.toString());
            assertNull(es.get(1).time().start(), background);
        }
        // "وسبق أن اعتقلت …" with no day of its own recalls an earlier act as context: no event of the report
        // (lex:seriesAsContext; SpuriousEventsTest keeps a recalled act that gives its own day)
        List<EventClaim> recalled = TestArticles.events(dir, "قصفت قوات النظام، صباح اليوم، بلدة كفرنبل بريف إدلب الجنوبي.\n"
                + "وسبق أن اعتقلت دورية للأمن العسكري ثلاثة شبان في مدينة داعل بريف درعا.");
        assertEquals(1, recalled.size(), recalled.toString());
    }

    @Test
    void anotherMatterTakesNoDateFromTheActsBefore() throws Exception {
        // "وفي سياق منفصل، قُتل شاب …": another matter; "وفي السياق، …" goes on with the day's round-up
        List<EventClaim> other = TestArticles.events(dir, "قصفت قوات النظام، صباح اليوم، بلدة كفرنبل بريف إدلب الجنوبي.\n"
                + "وفي سياق منفصل، قتل شاب برصاص مسلحين مجهولين في بلدة الصور بريف دير الزور.");
        assertTrue(TestArticles.undatedByText(other.get(1).time()), other.get(1).time().toString());
        List<EventClaim> related = TestArticles.events(dir, "قصفت قوات النظام، صباح اليوم، بلدة كفرنبل بريف إدلب الجنوبي.\n"
                + "وفي السياق، قتل شاب برصاص مسلحين مجهولين في بلدة الصور بريف دير الزور.");
        assertEquals(SUNDAY, related.get(1).time().start());
        // an item a round-up's lead counted keeps the lead's day, however it is introduced
        List<EventClaim> items = TestArticles.events(dir, "شهد ريف دير الزور، اليوم، حادثتين أمنيتين منفصلتين.\n"
                + "ففي بلدة الصور، قتل شاب برصاص مسلحين مجهولين.\n"
                + "وفي حادثة منفصلة، أصيب عنصر من قوات سوريا الديمقراطية بانفجار لغم في بلدة ذيبان.");
        assertTrue(items.stream().allMatch(e -> SUNDAY.equals(e.time().start())), items.toString());
    }

    @Test
    void theActATimeIsCountedFromHasNoTimeFromIt() throws Exception {
        // "خاصة بعد المظاهرة الأخيرة التي …": the protest is what "بعد" counts from; nothing says when it was
        List<EventClaim> es = TestArticles.events(dir, "اعتقلت قوات النظام، أمس، عشرين شاباً في مدينة داعل بريف درعا.\n"
                + "وتأتي الاعتقالات بعد المظاهرة الأخيرة التي خرج فيها أبناء مدينة داعل ضد النظام.");
        assertNull(TestArticles.first(es, EventTypes.PEACEFUL_PROTEST).time().start(), es.toString());
        // "عقب الغارات التي شنها الطيران في الثاني من أيار": the act names its own date
        List<EventClaim> dated = TestArticles.events(dir, "اعتقلت قوات النظام، أمس، عشرين شاباً في مدينة داعل بريف درعا.\n"
                + "وتأتي الاعتقالات عقب الغارات التي شنها الطيران الحربي في الثاني من أيار الجاري على مدينة داعل.");
        assertEquals(day(2), TestArticles.first(dated, EventTypes.DRONE_STRIKE).time().start(), dated.toString());
    }

    @Test
    void aPhotosCaptionTellsNothingAndDatesNothing() throws Exception {
        // "صورة أرشيفية من القصف … اليوم": the caption's "اليوم" is not the day of the strike the article tells
        EventClaim e = TestArticles.only(dir, "صورة أرشيفية من القصف على ريف إدلب اليوم\n"
                + "قضى خمسة مدنيين في قصف جوي استهدف بلدة كنصفرة بريف إدلب الجنوبي.");
        assertTrue(TestArticles.undatedByText(e.time()), e.time().toString());
        // a line that ends with a photographer's credit in brackets is a caption too: no event of its own
        List<EventClaim> es = TestArticles.events(dir, "عناصر من قوات النظام خلال اقتحام مدينة القريتين بريف حمص (وكالة/ مصور)\n"
                + "اعتقلت دورية للأمن العسكري، صباح اليوم، ثلاثة شبان في مدينة داعل بريف درعا.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(EventTypes.ARRESTS, es.get(0).eventClass());
    }

    @Test
    void anotherSpeakersMeanwhileKeepsItsOwnVoiceAndNoDate() throws Exception {
        // "…، فيما أعلنت «قسد» اعتقال قيادي في التنظيم": the attack is the outlet's, of yesterday; the arrest
        // is the SDF's, on no day the sentence gives
        List<EventClaim> es = TestArticles.events(dir, "هاجم عناصر من تنظيم داعش، مساء أمس، نقاطاً لقوات النظام في بادية تدمر، "
                + "فيما أعلنت قوات سوريا الديمقراطية اعتقال قيادي في التنظيم.");
        EventClaim attack = es.get(0), arrest = TestArticles.first(es, EventTypes.ARRESTS);
        assertEquals(ReportKind.OUTLET_REPORTING, attack.report().kind());
        assertEquals(day(11), attack.time().start());
        assertTrue(arrest.report().speaker() != null && arrest.report().speaker().endsWith("/sdf"), arrest.report().toString());
        assertTrue(TestArticles.undatedByText(arrest.time()), arrest.time().toString());
    }

    @Test
    void aDayOfThisMonthCalledPastIsOfThisYear() throws Exception {
        // "يوم 3 أيار الماضي" in a report of 12 May: the 3rd of this May, the last one that has passed, not a year back
        EventClaim thisMay = TestArticles.only(dir, "وكان أربعة مدنيين قد أصيبوا يوم 3 أيار الماضي بانفجار عبوة ناسفة في مدينة الباب.");
        assertEquals(day(3), thisMay.time().start());
        assertTrue(thisMay.eventClass().endsWith("RemoteExplosiveLandmineIED"), thisMay.eventClass());
        // a day after the report's day, or the month alone, is still of the year before
        EventClaim lastYear = TestArticles.only(dir, "وكان أربعة مدنيين قد أصيبوا يوم 20 أيار الفائت بانفجار عبوة ناسفة في مدينة الباب.");
        assertEquals(LocalDate.of(2023, 5, 20), lastYear.time().start());
        EventClaim month = TestArticles.only(dir, "وكان أربعة مدنيين قد أصيبوا في أيار الماضي بانفجار عبوة ناسفة في مدينة الباب.");
        assertEquals(LocalDate.of(2023, 5, 1), month.time().start());
    }

    @Test
    void theSameDayWithTheWordBeforeItIsTheDayToldBefore() throws Exception {
        // "في نفس اليوم", "في ذات اليوم": the everyday word order of "في اليوم ذاته", the day of the act told before
        for (String same : new String[] {"في نفس اليوم", "في ذات اليوم"}) {
            List<EventClaim> es = TestArticles.events(dir, "ويوم الخميس 9 أيار اعتقلت المخابرات الجوية ثلاثة شبان في مدينة داعل.\n"
                    + "واعتقلت أيضاً " + same + " شابين من أمام جامع الرحمن في مدينة طفس.");
            assertEquals(2, es.size(), es.toString());
            assertEquals(day(9), es.get(1).time().start(), same);
        }
    }
}
