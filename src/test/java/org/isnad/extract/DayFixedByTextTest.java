package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.isnad.ingest.Article;
import org.isnad.ingest.ArticleOverrides;
import org.isnad.ingest.TextArticleSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages with no publication date whose text fixes the day of the report (every sentence written here): a date
 * line under the headline, or "اليوم" with a weekday and a date without its year when one year alone fits.
 */
class DayFixedByTextTest {

    @TempDir Path dir;

    private static final LocalDate PRESENT = LocalDate.of(2026, 12, 7);

    private Article article(String body) throws Exception {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "title: قصف على ريف درعا\n---\nقصف على ريف درعا\n" + body);
        return new TextArticleSource(TestArticles.lexicon().boilerplateLines()).read(f, ArticleOverrides.NONE);
    }

    private LocalDate fixed(String body) throws Exception {
        return DayFixedByText.of(article(body), TestArticles.lexicon(), PRESENT);
    }

    @Test
    void aDateLineUnderItsLabelIsTheDayOfTheReport() throws Exception {
        assertEquals(LocalDate.of(2013, 3, 8), fixed("تاريخ الحدث\n2013/03/08\nقصفت قوات النظام بلدة طفس بقذائف الهاون اليوم."));
        assertEquals(LocalDate.of(2013, 3, 8), fixed("الجمعة 8 آذار 2013\nقصفت قوات النظام بلدة طفس بقذائف الهاون اليوم."));
    }

    @Test
    void theRelativeDaysOfAPageDatedByItsDateLineResolve() throws Exception {
        List<EventClaim> es = TestArticles.events(new ArabicClaimExtractor(TestArticles.lexicon())
                .extract(article("تاريخ الحدث\n2013/03/08\nقصفت قوات النظام بلدة طفس بقذائف الهاون صباح اليوم.")));
        assertEquals(LocalDate.of(2013, 3, 8), es.get(0).time().start());
    }

    @Test
    void aDateInsideASentenceIsNoDateLine() throws Exception {
        assertNull(fixed("قصفت قوات النظام بلدة طفس بقذائف الهاون في 8 آذار 2013، وقالت مصادر إن القصف تجدد اليوم."));
    }

    @Test
    void todayWithItsWeekdayAndADateWithoutYearFixesTheDayWhenOneYearFits() throws Exception {
        // Thursday 14 May: 2015, 2020 and 2026; "قسد" bore its name from October 2015, and 2026's is no later than
        // the present only if the present is past it: here the present is December 2026, so two years fit
        assertNull(fixed("وقال مراسل محلي اليوم، الخميس 14 من أيار، إن دورية لـ\"قسد\" تعرضت لانفجار عبوة ناسفة في ريف الرقة."));
        // the text names 2019 as past: only 2020 fits among the years after it... and 2026 too, so still none
        assertNull(fixed("وقال مراسل محلي اليوم، الخميس 14 من أيار، إن دورية تعرضت لانفجار عبوة ناسفة في ريف الرقة، وهي الثالثة منذ عام 2019."));
        // Friday 10 October: 2014 and 2025; "قسد" leaves 2025 only
        assertEquals(LocalDate.of(2025, 10, 10),
                fixed("وقال مصدر محلي اليوم، الجمعة 10 تشرين الأول، إن طائرة مسيرة لـ\"قسد\" قصفت نقطة عسكرية في ريف دير الزور."));
    }

    @Test
    void aWeekdayThatFitsNoYearOrManyFixesNothing() throws Exception {
        // Monday 5 September: 2011, 2016 and 2022, and no cue tells them apart
        assertNull(fixed("وقال مراسل محلي صباح اليوم، الاثنين 5 أيلول، إن دراجة مفخخة انفجرت في مدينة الحسكة."));
    }

    @Test
    void aDateWithItsWeekdayButNoYearDatesItsActWhenOneYearFits() throws Exception {
        // Friday 10 October: 2014 and 2025; "قسد" leaves 2025 only
        List<EventClaim> es = TestArticles.events(new ArabicClaimExtractor(TestArticles.lexicon()).extract(article(
                "قصفت طائرة مسيرة تابعة لـ\"قسد\" نقطة عسكرية في قرية المريعية بريف دير الزور يوم الجمعة الموافق 10 تشرين الأول.")));
        assertEquals(LocalDate.of(2025, 10, 10), es.get(0).time().start());
        // Monday 21 September: 2015, 2020 and 2026 (before the present), and no cue tells them apart
        es = TestArticles.events(new ArabicClaimExtractor(TestArticles.lexicon()).extract(article(
                "اعتقلت دورية للأمن العسكري شاباً في بلدة سقبا بريف دمشق يوم الاثنين، 21 أيلول.")));
        assertNull(es.get(0).time().start());
    }

    @Test
    void theActorsAFormationDateBoundsTheYearOfADateWithoutOne() throws Exception {
        // Thursday 21 September: 2017 and 2023; "الجيش الوطني السوري" was formed at the end of December 2017
        assertEquals(LocalDate.of(2023, 9, 21), actDay(
                "سيطر مسلحون على معبر للتهريب في ريف جرابلس يوم الخميس 21 أيلول، بعد اشتباكات مع فصائل الجيش الوطني السوري."));
        // "هيئة تحرير الشام" (January 2017) is older than both Thursdays: nothing fixed
        assertNull(actDay("سيطر مسلحون على معبر للتهريب في ريف جرابلس يوم الخميس 21 أيلول، بعد اشتباكات مع هيئة تحرير الشام."));
        // Tuesday 5 June: 2012 and 2018; "داعش" was proclaimed in April 2013
        assertEquals(LocalDate.of(2018, 6, 5), actDay(
                "قصفت طائرات حربية مواقع لتنظيم داعش في ريف دير الزور الشرقي يوم الثلاثاء 5 حزيران."));
    }

    private LocalDate actDay(String body) throws Exception {
        return TestArticles.events(new ArabicClaimExtractor(TestArticles.lexicon()).extract(article(body))).get(0).time().start();
    }
}
