package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Times told back from the act a sentence speaks of, or refined by the hour (every sentence written here, in
 * the styles of Syrian local outlets): "بعد أيام من" with no number, an incident noun after "بعد يومين على",
 * "ليلة أمس … بعد منتصف الليل", and a date in a relative clause of a place ("جنديرس، والتي احتلتها تركيا في
 * مارس 2018"), which is the place's past. Articles are published on Sunday 12 May 2024.
 */
class DatesToldBackTest {

    @TempDir Path dir;

    private static final LocalDate SUNDAY = LocalDate.of(2024, 5, 12);

    @Test
    void someDaysBeforeTheActArePresumedInTheWeekBeforeIt() throws Exception {
        // "ويأتي هذا الهجوم بعد أيام من مواجهات …": the clashes lie in the days before the attack, which day untold;
        // what is told of them next goes on in those days, not on the attack's day
        List<EventClaim> es = TestArticles.events(dir,
                "فجّر مجهولون عبوة ناسفة، اليوم الأحد، بسيارة عسكرية قرب بلدة طفس بريف درعا.\n"
                + "ويأتي التفجير بعد أيام من اشتباكات عنيفة شهدتها مدينة الصنمين بين مقاتلين محليين وقوات النظام.\n"
                + "وفي رد على الحملة، هاجم مسلحون حاجزاً لقوات النظام في بلدة جاسم.");
        assertEquals(3, es.size(), es.toString());
        assertEquals(SUNDAY, es.get(0).time().start());
        for (EventClaim e : es.subList(1, 3)) {
            assertEquals(SUNDAY.minusDays(7), e.time().start(), e.time().toString());
            assertEquals(SUNDAY.minusDays(1), e.time().end(), e.time().toString());
            assertEquals("UpToReport", e.time().precision(), "no day is told: a presumption");
        }
    }

    @Test
    void anIncidentNounAfterTheElapsedTimeIsTheEarlierAct() throws Exception {
        // "وتأتي هذه المجزرة بعد يومين على مجزرة أخرى، عندما قصف الطيران …": the market was shelled two days before
        List<EventClaim> es = TestArticles.events(dir,
                "قتل عشرون مدنياً، ظهر اليوم الأحد، بغارات للطيران الحربي على مدينة إدلب.\n"
                + "وتأتي هذه المجزرة بعد يومين على مجزرة أخرى راح ضحيتها عشرات المدنيين، عندما قصف الطيران الحربي سوقاً شعبياً في بلدة معرة النعسان.");
        EventClaim market = es.get(es.size() - 1);
        assertEquals(SUNDAY.minusDays(2), market.time().start(), market.time().toString());
        assertEquals(SUNDAY.minusDays(2), market.time().end());
    }

    @Test
    void afterMidnightOfLastNightIsTheDayOfTheReport() throws Exception {
        // "ليلة أمس، عند الساعة الواحدة بعد منتصف الليل": the small hours after last night's midnight
        EventClaim late = TestArticles.only(dir,
                "هاجم مسلحون، ليلة أمس، عند الساعة الواحدة بعد منتصف الليل، حاجزاً لقوات الأمن في قرية الطكيحي.");
        assertEquals(SUNDAY, late.time().start(), late.time().toString());
        assertEquals(SUNDAY, late.time().end());
        // with no hour after midnight told, last night stays the day before the report
        EventClaim night = TestArticles.only(dir, "هاجم مسلحون، ليلة أمس، حاجزاً لقوات الأمن في قرية الطكيحي.");
        assertEquals(SUNDAY.minusDays(1), night.time().start(), night.time().toString());
    }

    @Test
    void anIncidentOrActAlreadyToldIsNoEarlierActToDate() throws Exception {
        // "بعد ساعات من الحادثة", "بعد أيام من الاشتباكات العنيفة": the definite noun is what was told, or what
        // went on for days, not an earlier act placed some days back
        List<EventClaim> es = TestArticles.events(dir,
                "قتل مسلحون مجهولون، صباح اليوم الأحد، مختار بلدة الكشكية بريف دير الزور.\n"
                + "وشنت القوات، بعد ساعات من الحادثة، حملة دهم في البلدة، بعد أيام من الاشتباكات العنيفة في المنطقة.");
        for (EventClaim e : es) assertNotEquals("UpToReport", e.time().precision(), e.time().toString());
        assertEquals(2, es.size(), es.toString());
    }

    @Test
    void theDateOfAPlacesPastIsNoDateOfTheAct() throws Exception {
        // "في مركز ناحية جنديرس، والتي احتلتها تركيا في مارس العام 2018": the date tells the town's past
        EventClaim e = TestArticles.only(dir,
                "قتل مسلحون أربعة مدنيين في مركز ناحية جنديرس بريف عفرين، والتي سيطرت عليها القوات التركية في آذار عام 2018، خلال احتفالهم بعيد النوروز.");
        assertNotEquals(2018, e.time().start() == null ? 0 : e.time().start().getYear(), e.time().toString());
    }
}
