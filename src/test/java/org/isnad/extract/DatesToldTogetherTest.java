package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dates that real pages tell in two parts (every sentence written here): two days named together, a vague
 * "earlier" before the day it means. Articles are published on Sunday 12 May 2024.
 */
class DatesToldTogetherTest {

    @TempDir Path dir;

    private static LocalDate day(int d) {
        return LocalDate.of(2024, 5, d);
    }

    @Test
    void twoDaysNamedTogetherAreBothDays() throws Exception {
        // "فجر اليوم الأحد، ومساء أمس السبت": the shelling went on from the evening into the dawn
        EventClaim e = TestArticles.only(dir, "وقصفت المدفعية التركية، فجر اليوم الأحد، ومساء أمس السبت، أطراف قرية مرعناز بريف حلب الشمالي.");
        assertEquals(day(11), e.time().start());
        assertEquals(day(12), e.time().end());
        // "خلال يوم أمس السبت وأول أمس الجمعة": one of the two days, the text does not say which
        e = TestArticles.only(dir, "انفجرت عبوة ناسفة بسيارة عسكرية في مدينة الباب خلال يوم أمس السبت وأول أمس الجمعة.");
        assertEquals(day(10), e.time().start());
        assertEquals(day(11), e.time().end());
    }

    @Test
    void aLaterDayAfterAndOpensAClauseOfItsOwn() throws Exception {
        // "أمس السبت، واليوم الأحد أفرجت عنه": told forward, the second day is the release's, not the arrest's
        List<EventClaim> es = TestArticles.events(dir, "اعتقلت دورية للأمن العسكري شاباً في مدينة داعل أمس السبت، واليوم الأحد أفرجت عنه.");
        EventClaim arrest = TestArticles.first(es, EventTypes.ARRESTS);
        assertEquals(day(11), arrest.time().start());
        assertEquals(day(11), arrest.time().end());
    }

    @Test
    void earlierOnANamedDayIsThatDay() throws Exception {
        // "في وقت سابق فجر الجمعة": "earlier" names no day, the weekday after it does
        for (String t : new String[] {"في وقت سابق فجر الجمعة", "في وقت سابق يوم الجمعة", "في وقت سابق من يوم الجمعة"}) {
            EventClaim e = TestArticles.only(dir, "وتوغلت قوة إسرائيلية " + t + " في قرية عين الزوان بريف القنيطرة الجنوبي واعتقلت شابين.");
            assertEquals(day(10), e.time().start(), t);
            assertEquals(day(10), e.time().end(), t);
        }
    }

    @Test
    void whatWentOnSinceTheMorningOfADayLastsToTheReport() throws Exception {
        // "منذ صباح الجمعة 10 أيار الجاري", "ومنذ فجر يوم الجمعة": from that day to the day of the report
        for (String t : new String[] {"منذ صباح الجمعة 10 أيار الجاري", "ومنذ فجر يوم الجمعة"}) {
            EventClaim e = TestArticles.only(dir, "تشهد مدينة قدسيا " + t + " حملة دهم واعتقالات تنفذها دوريات الأمن العسكري.");
            assertEquals(day(10), e.time().start(), t);
            assertEquals(day(12), e.time().end(), t);
        }
    }

    @Test
    void theActsToldAfterASinceGoOnInItsPeriod() throws Exception {
        // "شهدت المدينة منذ يوم أمس استنفاراً، واعتقلت …": the clause after takes the period, not its first day
        List<EventClaim> es = TestArticles.events(dir, "شهدت مدينة سرمدا منذ يوم أمس استنفاراً أمنياً، واعتقلت الهيئة خمسة شبان في المدينة.");
        EventClaim arrest = TestArticles.first(es, EventTypes.ARRESTS);
        assertEquals(day(11), arrest.time().start());
        assertEquals(day(12), arrest.time().end());
        // "ومنذ فجر الجمعة قصفت المدفعية …. ودارت اشتباكات …": the next sentence goes on in the same days
        es = TestArticles.events(dir, "وقصفت المدفعية ومنذ فجر الجمعة مواقع الفصائل في جبل التركمان.\n"
                + "ودارت اشتباكات عنيفة بين الفصائل وقوات النظام على محور قرية بيت أبلق.");
        EventClaim clash = TestArticles.first(es, EventTypes.ARMED_CLASH);
        assertEquals(day(10), clash.time().start());
        assertEquals(day(12), clash.time().end());
    }

    @Test
    void theActsToldAfterANightGoOnInIt() throws Exception {
        // a first sentence dated to the day, a statement's night over two days, then clashes with no date words:
        // the clashes take the night the statement told them in, not the day of the first sentence
        List<EventClaim> es = TestArticles.events(dir, "هاجمت مجموعات مسلحة نقاطاً لقوات سوريا الديمقراطية في ريف دير الزور الشرقي يوم الجمعة.\n"
                + "وأكد المجلس العسكري في بيان أن المجموعات شنت هجوماً بقذائف الهاون على بلدة الشحيل في ساعات متأخرة من مساء الجمعة وصباح السبت.\n"
                + "وأضاف البيان أنه اندلعت اشتباكات عنيفة بين قوات المجلس والمجموعات المهاجمة في محيط بلدة البصيرة.");
        EventClaim clash = TestArticles.first(es, EventTypes.ARMED_CLASH);
        assertEquals(day(10), clash.time().start());
        assertEquals(day(11), clash.time().end());
    }

    @Test
    void lastNightOverTwoNamedDaysIsBoth() throws Exception {
        // "ليلة أمس السبت - الأحد": the night from yesterday into the day of the report, as "ليل السبت - الأحد"
        for (String t : new String[] {"ليلة أمس السبت - الأحد", "ليلة أمس السبت- الأحد", "ليل أمس السبت والأحد"}) {
            EventClaim e = TestArticles.only(dir, "وصدت الفصائل " + t + " محاولة تسلل لقوات النظام على محور بلدة معارة النعسان بريف إدلب.");
            assertEquals(day(11), e.time().start(), t);
            assertEquals(day(12), e.time().end(), t);
        }
        // "ليلة أمس السبت" alone stays the day before the report
        EventClaim e = TestArticles.only(dir, "وصدت الفصائل ليلة أمس السبت محاولة تسلل لقوات النظام على محور بلدة معارة النعسان بريف إدلب.");
        assertEquals(day(11), e.time().start());
        assertEquals(day(11), e.time().end());
    }
}
