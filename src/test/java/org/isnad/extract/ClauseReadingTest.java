package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the extractor reads clauses, times, places and speakers, one rule at a time, on short articles
 * written for these tests. Each test states what an analyst reads out of its text.
 */
class ClauseReadingTest {

    static final String PLACE = "https://w3id.org/isnad/id/place/";
    static final String ACTOR = "https://w3id.org/isnad/id/actor/";

    static Lexicon lexicon;
    @TempDir Path dir;

    @BeforeAll
    static void load() throws Exception {
        lexicon = Lexicon.load(List.of(Path.of("ontology")));
    }

    private List<Claim> read(String published, String body) throws Exception {
        return TestArticles.read(lexicon, dir, published, body);
    }

    private static List<EventClaim> events(List<Claim> claims) {
        return TestArticles.events(claims);
    }

    private static EventClaim only(List<Claim> claims, Predicate<EventClaim> p, String what) {
        List<EventClaim> found = events(claims).stream().filter(p).toList();
        assertEquals(1, found.size(), what + ": " + describe(claims));
        return found.get(0);
    }

    private static String describe(List<Claim> claims) {
        return events(claims).stream().map(c -> c.eventClass().replaceAll(".*#", "") + "/" + c.modality() + "/"
                + c.time().start() + ".." + c.time().end() + "/" + c.places() + "/" + c.report().label()).toList().toString();
    }

    private static Predicate<EventClaim> type(String local) {
        return c -> c.eventClass().endsWith("#" + local);
    }

    @Test
    void anEventToldInPassingIsItsOwnClaimOutsideTheThreat() throws Exception {
        List<Claim> claims = read("2024-03-12",
                "وهدد قائد الفيلق الخامس بشن عملية عسكرية ضد خلايا التنظيم، عقب الهجمات التي شنها التنظيم على حواجز "
                        + "قوات النظام في 5 آذار الجاري.\n");
        EventClaim threat = only(claims, c -> c.modality() == Modality.PLANNED, "one threat");
        assertFalse(threat.time().resolved(), "a threat's act has no date of its own: " + describe(claims));
        EventClaim told = only(claims, c -> c.modality() != Modality.PLANNED, "the attacks told in passing");
        assertEquals(Modality.ASSERTED, told.modality());
        assertEquals("2024-03-05", String.valueOf(told.time().start()));
    }

    @Test
    void theOneWhoThreatensIsTheSpeakerOfTheThreat() throws Exception {
        List<Claim> claims = read("2022-11-30",
                "هدد الرئيس التركي رجب طيب أردوغان بشن عملية عسكرية برية ضد مناطق سيطرة “قسد” شمال شرقي سوريا.\n");
        EventClaim threat = only(claims, c -> c.modality() == Modality.PLANNED, "one threat");
        assertEquals(ACTOR + "recep-tayyip-erdogan", threat.report().speaker());
    }

    @Test
    void sinceThenRunsFromTheEventToldBeforeToTheArticlesDate() throws Exception {
        List<Claim> claims = read("2024-07-20",
                "شنت الطائرات التركية غارات على قرى في ريف القامشلي يوم 10 تموز الجاري.\n\n"
                        + "وقالت “الإدارة الذاتية” في بيان إن القصف المتواصل منذ ذلك الحين أدى إلى نزوح مئات العائلات.\n");
        EventClaim shelling = only(claims, type("ShellingArtilleryMissileAttack"), "the shelling since then");
        assertEquals("2024-07-10", String.valueOf(shelling.time().start()));
        assertEquals("2024-07-20", String.valueOf(shelling.time().end()));
    }

    @Test
    void anAttackOnArmedMenIsAnArmedClashAndOnCiviliansStaysAnAttack() throws Exception {
        List<Claim> soldiers = read("2024-02-02",
                "هاجم مسلحون مجهولون، أمس، حاجزاً قرب بلدة الصنمين، ما أدى إلى مقتل عنصرين من قوات النظام.\n");
        only(soldiers, type("ArmedClash"), "an attack that kills soldiers");
        List<Claim> civilians = read("2024-02-02",
                "هاجم مسلحون مجهولون، أمس، منزلاً قرب بلدة الصنمين، ما أدى إلى مقتل امرأة.\n");
        only(civilians, type("Attack"), "an attack that kills a woman");
    }

    @Test
    void aVictimsHomeTownIsNotThePlaceButProtestersProtestWhereTheyLive() throws Exception {
        EventClaim killing = only(read("2024-02-02",
                "قُتل شاب من أبناء مدينة الميادين، أمس، برصاص مجهولين في مدينة البوكمال.\n"), c -> true, "the killing");
        assertTrue(killing.places().contains(PLACE + "albu-kamal"), killing.places().toString());
        assertFalse(killing.places().contains(PLACE + "al-mayadin"), killing.places().toString());
        EventClaim protest = only(read("2024-02-02",
                "خرج العشرات من أبناء مدينة جاسم، أمس، في مظاهرة للمطالبة بالإفراج عن المعتقلين.\n"), c -> true, "the protest");
        assertTrue(protest.places().contains(PLACE + "jasim"), protest.places().toString());
    }

    @Test
    void afterInTheSameContextAnotherSpeakersUndatedEventKeepsNoDate() throws Exception {
        List<Claim> claims = read("2023-02-26",
                "شنت طائرات حربية روسية، أمس السبت، غارات على محيط مدينة جسر الشغور غربي إدلب.\n\n"
                        + "وفي سياق متصل، أعلنت وزارة الدفاع الروسية أن طائراتها شنت غارات على مستودع للأسلحة في ريف إدلب.\n");
        List<EventClaim> strikes = events(claims);
        assertEquals(2, strikes.size(), describe(claims));
        assertEquals("2023-02-25", String.valueOf(strikes.get(0).time().start()));
        assertTrue(TestArticles.undatedByText(strikes.get(1).time()), "\"وفي سياق متصل\": a new item, not the first one retold: " + describe(claims));
    }

    @Test
    void thePlanOfAnAttackToldAsFoiledIsThatAttack() throws Exception {
        List<Claim> claims = read("2023-12-06",
                "أعلنت قوى الأمن الداخلي (الأسايش)، أمس، إحباط محاولة تفجير سيارة مفخخة في مدينة القامشلي.\n\n"
                        + "وأضاف البيان أن خلية تابعة للتنظيم كانت تخطط لتفجير السيارة قرب سوق المدينة.\n");
        assertTrue(events(claims).stream().noneMatch(c -> c.modality() == Modality.PLANNED), describe(claims));
        assertTrue(events(claims).stream().anyMatch(c -> c.modality() == Modality.FOILED), describe(claims));
    }

    @Test
    void whatGoesOnSinceADateSpansToTheArticlesDateAndAYearIsNotACount() throws Exception {
        EventClaim protests = only(read("2023-09-20",
                "وتستمر الاحتجاجات في مدينة السويداء منذ منتصف آب الماضي.\n"), type("PeacefulProtest"), "the protests");
        assertEquals("2023-08-11", String.valueOf(protests.time().start()));
        assertEquals("2023-09-20", String.valueOf(protests.time().end()));
        assertEquals("Period", protests.time().precision());

        List<Claim> claims = read("2023-09-20", "ويتهم ناشطون الميليشيا منذ عام 2020 بنهب محاصيل القمح في ريف الرقة.\n");
        assertTrue(events(claims).stream().noneMatch(c -> "Period".equals(c.time().precision())),
                "\"2020\" is a year, not a count: " + describe(claims));
    }

    @Test
    void whoDeniesTheAccusationsAndBlamesAnotherMakesTwoClaimsOfTheSameEvent() throws Exception {
        List<Claim> claims = read("2023-09-20",
                "قطع عناصر من فصيل مسلح، منتصف أيلول الجاري، أكثر من 200 شجرة زيتون في ريف عفرين، بحسب ناشطين.\n\n"
                        + "ونفى مسؤول في الفصيل الاتهامات، متهماً عصابات تهريب بالوقوف وراء ذلك.\n");
        List<EventClaim> all = events(claims);
        EventClaim cut = all.get(0);
        EventClaim denied = only(claims, c -> c.modality() == Modality.DENIED, "the denial");
        EventClaim blamed = only(claims, c -> c.modality() == Modality.ALLEGED, "the blame");
        assertTrue(denied.sameEventAs().contains(cut.key()), "the denial is of the tree cutting");
        assertTrue(blamed.sameEventAs().contains(cut.key()), "the blame is for the tree cutting");
        assertEquals(String.valueOf(cut.time().start()), String.valueOf(blamed.time().start()));
    }

    @Test
    void aClaimOfResponsibilityIsThePerpetratorsReportOfTheEvent() throws Exception {
        List<Claim> claims = read("2024-01-20",
                "قُتل ثلاثة عناصر من قوات النظام، أمس، بهجوم على حاجز في بادية السخنة.\n\n"
                        + "وتبنى تنظيم “داعش” الهجوم عبر معرفاته.\n");
        EventClaim claimed = only(claims, c -> c.report().speaker() != null && c.report().speaker().endsWith("/isis"),
                "the claim of responsibility");
        assertEquals("2024-01-19", String.valueOf(claimed.time().start()));
        assertFalse(claimed.sameEventAs().isEmpty(), "linked to the attack");
    }

    @Test
    void aVerbThatBeginsWithWawIsNotAndPlusAVerb() throws Exception {
        // "، وصل": the و is the verb's own letter; the convoy's clause keeps its verb
        only(read("2024-05-02",
                "وقالت مصادر محلية إن رتلاً عسكرياً تركياً مؤلفاً من 20 آلية، بينها دبابات، وصل أمس إلى بلدة تل أبيض.\n"),
                type("ChangeToGroupActivity"), "the convoy");
    }

    @Test
    void theBadiaWithTheArticleIsTheSyrianDesertAndWithoutItIsNot() throws Exception {
        EventClaim inDesert = only(read("2024-01-20",
                "هاجمت خلايا التنظيم، أمس، رتلاً لقوات النظام في البادية.\n"), c -> true, "the attack in the Badia");
        assertTrue(inDesert.places().contains(PLACE + "badia"), inDesert.places().toString());
        EventClaim nearTown = only(read("2024-01-20",
                "هاجمت خلايا التنظيم، أمس، رتلاً لقوات النظام في بادية بلدة معدان.\n"), c -> true, "the attack near Ma'dan");
        assertFalse(nearTown.places().contains(PLACE + "badia"), nearTown.places().toString());
    }

    @Test
    void aThreatHasNoTollOrTimeHangingOnIt() throws Exception {
        List<Claim> claims = read("2023-09-12",
                "وقال أحد أقارب المخطوف إن الخاطفين تواصلوا مع العائلة مساء أمس، وهددوا بقتله إن لم تدفع الفدية.\n");
        EventClaim threat = only(claims, c -> c.modality() == Modality.PLANNED, "the threat to kill");
        assertNull(threat.time().start(), "the date is of the call, not of the threatened killing");
    }
}
