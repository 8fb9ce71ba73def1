package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The day of the report is not the day of the act (every sentence written here; published Sunday 12 May 2024):
 * "أفاد المرصد، اليوم، بمقتل … أمس" reports today what took place yesterday.
 */
class DayOfTheReportTest {

    @TempDir Path dir;

    private static final LocalDate SUNDAY = LocalDate.of(2024, 5, 12), SATURDAY = LocalDate.of(2024, 5, 11);

    @Test
    void theActsOwnDayWinsOverTheDayOfTheReport() throws Exception {
        EventClaim e = TestArticles.only(dir, "أفاد المرصد السوري لحقوق الإنسان، اليوم الأحد، بمقتل مدني برصاص مسلحين مجهولين في مدينة داعل بريف درعا مساء أمس.");
        assertEquals(SATURDAY, e.time().start());
        assertEquals(SATURDAY, e.time().end());
    }

    @Test
    void withNoDayOfItsOwnTheActTakesTheDayOfTheReport() throws Exception {
        EventClaim e = TestArticles.only(dir, "أفاد المرصد السوري لحقوق الإنسان، اليوم الأحد، بمقتل مدني برصاص مسلحين مجهولين في مدينة داعل بريف درعا.");
        assertEquals(SUNDAY, e.time().start());
    }

    @Test
    void theDayOfTheReportWrittenWithItsDateGivesWayToTheActsOwnNight() throws Exception {
        // "اليوم الأحد" and "12 أيار 2024" are read as two expressions, one day of the report
        EventClaim e = TestArticles.only(dir, "أعلن المرصد السوري لحقوق الإنسان، اليوم الأحد 12 أيار 2024، بمقتل خمسة عناصر من التنظيم في غارات جوية روسية على البادية في الليلة الماضية.");
        assertEquals(SATURDAY, e.time().start());
        assertEquals(SATURDAY, e.time().end());
    }

    @Test
    void theDayOfTheReportWrittenWithItsDateStillDatesAnActWithNoDayOfItsOwn() throws Exception {
        EventClaim e = TestArticles.only(dir, "أعلن المرصد السوري لحقوق الإنسان، اليوم الأحد 12 أيار 2024، بمقتل خمسة عناصر من التنظيم في غارات جوية روسية على البادية.");
        assertEquals(SUNDAY, e.time().start());
    }

    @Test
    void aLeadThatIsTheTitleGivesItsDayToTheUndatedActsBeforeALaterDay() throws Exception {
        String lead = "سيطرت قوات النظام اليوم الأحد 12 أيار 2024 على ثلاث قرى في ريف حماة الشمالي بعد هجوم على مواقع الفصائل.";
        java.nio.file.Path f = dir.resolve("lead.txt");
        java.nio.file.Files.writeString(f, "published: 2024-05-12\ntitle: " + lead + "\n---\n" + lead
                + "\nوقال ناشطون إن الطيران الحربي شن غارات على مواقع الفصائل في القرى الثلاث."
                + "\nواندلعت اشتباكات بين فصيلين معارضين في ريف إدلب منذ يومين.");
        Lexicon lexicon = TestArticles.lexicon();
        var a = new org.isnad.ingest.TextArticleSource(lexicon.boilerplateLines()).read(f, org.isnad.ingest.ArticleOverrides.NONE);
        var strikes = TestArticles.events(new ArabicClaimExtractor(lexicon).extract(a)).stream()
                .filter(e -> TestArticles.types(java.util.List.of(e)).equals(java.util.List.of("AirDroneStrike"))).toList();
        assertEquals(1, strikes.size());
        assertEquals(SUNDAY, strikes.get(0).time().start());
    }
}
