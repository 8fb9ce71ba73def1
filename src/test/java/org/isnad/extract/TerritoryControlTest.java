package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A place taken, regained or handed over (ACLED: Government regains territory, Non-state actor overtakes
 * territory, Non-violent transfer of territory): the type from who took it and how. Every sentence is
 * written here for its test; the articles are published on Sunday 12 May 2024.
 */
class TerritoryControlTest {

    private static final LocalDate YESTERDAY = LocalDate.of(2024, 5, 11);
    @TempDir Path dir;

    private List<EventClaim> events(String body) throws Exception {
        return TestArticles.events(dir, body);
    }

    /** Every place of the claims, as {@link TestArticles#places} gives them, one set a claim. */
    private static List<Set<String>> placesOf(List<EventClaim> es) {
        return es.stream().map(TestArticles::places).toList();
    }

    private static boolean somePlace(EventClaim e, String words) {
        return places(e).stream().anyMatch(p -> p.contains(words));
    }

    @Test
    void aPlaceTakenByTheStateOrItsAlliesIsRegained() throws Exception {
        EventClaim e = TestArticles.only(dir, "سيطرت قوات النظام على بلدة خان شيخون جنوبي إدلب أمس بعد معارك عنيفة مع الفصائل.");
        assertEquals(List.of("GovernmentRegainsTerritory"), types(List.of(e)));
        assertTrue(somePlace(e, "khan-shaykhun"), places(e).toString());
        assertEquals(YESTERDAY, e.time().start());
        // a militia that fought for the government (isnad:fightsForState) regains territory for it
        assertEquals(List.of("GovernmentRegainsTerritory"), types(events(
                "تمكنت ميليشيا حزب الله من استعادة السيطرة على بلدة تل رفعت شمالي حلب صباح اليوم.")));
    }

    @Test
    void whoTookThePlaceIsItsSubjectNotItsLoser() throws Exception {
        // the forces that advanced, then took the village
        assertEquals(List.of("GovernmentRegainsTerritory"), types(events(
                "تقدمت قوات النظام في ريف إدلب الجنوبي وسيطرت على بلدة مورك أمس.")));
        // the side named after "مع" or "على حساب" lost it
        assertEquals(List.of("NonStateActorOvertakesTerritory"), types(events(
                "حررت فصائل المعارضة بلدة مورك بريف حماة الشمالي أمس بعد معارك مع قوات النظام.")));
        assertEquals(List.of("GovernmentRegainsTerritory"), types(events(
                "حققت قوات النظام تقدماً في بلدة مورك على حساب هيئة تحرير الشام أمس.")));
        // "its control": the force that says so
        assertEquals(List.of("GovernmentRegainsTerritory"), types(events(
                "أعلنت قوات النظام سيطرتها على بلدة خان شيخون جنوبي إدلب اليوم.")));
    }

    @Test
    void aPlaceTakenByAnyOtherSideIsOvertaken() throws Exception {
        assertEquals(List.of("NonStateActorOvertakesTerritory"), types(events(
                "سيطر تنظيم الدولة على مدينة الصنمين بريف درعا الشمالي فجر اليوم.")));
        // a foreign state's forces, too
        assertEquals(List.of("NonStateActorOvertakesTerritory"), types(events(
                "سيطرت القوات التركية على مدينة تل أبيض شمالي الرقة بعد اشتباكات مع قسد أمس.")));
        // no side named: an unidentified group's, and the claim names no one
        EventClaim e = TestArticles.only(dir, "سقطت بلدة أبو الظهور بيد المسلحين مساء أمس بعد معارك استمرت يومين.");
        assertEquals(List.of("NonStateActorOvertakesTerritory"), types(List.of(e)));
        assertTrue(e.actors().isEmpty(), e.actors().toString());
    }

    @Test
    void severalPlacesTakenAreOneClaimEach() throws Exception {
        List<EventClaim> es = events("سيطرت قوات النظام على بلدات خان شيخون ومورك والتمانعة بريف إدلب الجنوبي يوم أمس.");
        assertEquals(3, es.size(), placesOf(es).toString());
        assertTrue(es.stream().allMatch(e -> e.eventClass().endsWith("#GovernmentRegainsTerritory")), types(es).toString());
    }

    @Test
    void theFightingForAPlaceTakenIsThatBattle() throws Exception {
        // "إثر معارك وقصف مكثف": the capture sums up the clashes and shelling told beside it
        assertEquals(List.of("NonStateActorOvertakesTerritory"), types(events(
                "سيطرت هيئة تحرير الشام على بلدة الصنمين إثر معارك عنيفة وقصف مدفعي مكثف أمس.")));
        assertEquals(List.of("NonStateActorOvertakesTerritory"), types(events(
                "بعد اشتباكات عنيفة استمرت ساعات، سيطرت هيئة تحرير الشام على بلدة الصنمين أمس.")));
    }

    @Test
    void aPlaceThatChangedHandsWithoutAFightIsANonViolentTransfer() throws Exception {
        assertEquals(List.of("NonViolentTransferOfTerritory"), types(events(
                "دخلت الشرطة العسكرية الروسية مدينة منبج أمس بموجب اتفاق مع قسد.")));
        assertEquals(List.of("NonViolentTransferOfTerritory"), types(events(
                "انتشرت قوات النظام في بلدة عين عيسى شمالي الرقة أمس بعد انسحاب قسد منها.")));
        assertEquals(List.of("NonViolentTransferOfTerritory"), types(events(
                "سيطرت قوات النظام على مدينة الصنمين أمس دون قتال بعد خروج المسلحين منها.")));
        assertEquals(List.of("NonViolentTransferOfTerritory"), types(events(
                "تسلّمت قوات النظام مواقع قسد في محيط مدينة منبج أمس.")));
        // forces that move in tell no event without a deal or a withdrawal
        assertTrue(events("دخلت دورية للشرطة العسكرية الروسية مدينة منبج أمس.").isEmpty());
    }

    @Test
    void aPlaceTakenAfterTheOtherSideWithdrewIsTheBattleWon() throws Exception {
        // the loser's retreat: the side that took the place won it, as the analysts code it
        assertEquals(List.of("GovernmentRegainsTerritory"), types(events(
                "سيطرت قوات النظام على بلدة كفرنبودة بريف حماة أمس عقب انسحاب فصائل المعارضة منها.")));
        assertEquals(List.of("NonStateActorOvertakesTerritory"), types(events(
                "وبسطت هيئة تحرير الشام سيطرتها على مدينة عفرين أمس بعد انسحاب فصائل الفيلق الثالث منها.")));
    }

    @Test
    void anAttemptToTakeAPlaceIsTheFightingForIt() throws Exception {
        assertEquals(List.of("ArmedClash"), types(events(
                "حاولت قوات النظام استعادة السيطرة على بلدة تل رفعت أمس، لكن الفصائل تصدت لها.")));
    }

    @Test
    void aDeniedCaptureIsDeniedAndDatedByItsOwnWords() throws Exception {
        List<EventClaim> es = events("اندلعت اشتباكات بين الجيش الوطني وقسد في مدينة تل أبيض أمس."
                + " ونفت مصادر عسكرية في الجيش الوطني سيطرة قسد على مدينة منبج.");
        EventClaim e = es.stream().filter(c -> c.modality() == Modality.DENIED).findFirst()
                .orElseThrow(() -> new AssertionError("no denied claim among " + types(es)));
        assertEquals(List.of("NonStateActorOvertakesTerritory"), types(List.of(e)));
        assertTrue(somePlace(e, "manbij"), places(e).toString());
        assertFalse(e.time().resolved(), e.time().toString());
    }

    @Test
    void whoHoldsAPlaceIsNoCapture() throws Exception {
        assertTrue(events("وتعيش محافظة درعا منذ سيطرة النظام عليها صيف 2018 حالة من الفلتان الأمني.").isEmpty());
        assertTrue(events("وصلت عائلات نازحة أمس إلى مناطق سيطرة قسد في ريف الحسكة.").isEmpty());
        assertTrue(events("ولا تزال هيئة تحرير الشام تسيطر على مدينة إدلب وريفها.").isEmpty());
        // an aim
        assertTrue(events("وأشار المصدر إلى أن هدف الفصائل هو تطويق مدينة الصنمين قبل السيطرة عليها.").isEmpty());
    }

    @Test
    void aPostTakenInAnAttackIsNoTerritory() throws Exception {
        List<EventClaim> es = events("هاجم مسلحو تنظيم الدولة مقراً لقوات النظام في بادية تدمر مساء أمس،"
                + " وأضاف المصدر أن عناصر التنظيم سيطروا على المقر.");
        assertTrue(es.stream().noneMatch(e -> e.eventClass().contains("Territory")), types(es).toString());
        assertFalse(es.isEmpty());
        // "عليه", the post; the people of a place are no place taken
        es = events("هاجم مسلحو تنظيم الدولة مقراً لقوات النظام في بادية تدمر مساء أمس وسيطروا عليه.");
        assertEquals(List.of("ArmedClash"), types(es));
        assertTrue(events("استعاد الأهالي جثث أبنائهم من تحت الأنقاض أمس.").isEmpty());
        // bodies got back near a place are no place regained; a town is
        assertTrue(events("استعادت قوات النظام جثث ثلاثة من عناصرها في بلدة كفرنبل أمس.").isEmpty());
        assertEquals(List.of("GovernmentRegainsTerritory"), types(events("استعادت قوات النظام بلدة كفرنبل جنوبي إدلب أمس.")));
    }

    @Test
    void aCaptureToldAfterAnotherActIsAnActOfItsOwnTime() throws Exception {
        List<EventClaim> es = events("قامت قوات النظام اليوم بإحراق منازل المدنيين في بلدة الصنمين بعد السيطرة عليها يوم أمس إثر معارك عنيفة.");
        assertEquals(List.of("GovernmentRegainsTerritory", "LootingPropertyDestruction"), types(es));
        EventClaim capture = TestArticles.first(es, org.isnad.vocab.Vocab.ISNAD + "GovernmentRegainsTerritory");
        assertEquals(YESTERDAY, capture.time().start());
        assertTrue(somePlace(capture, "sanamayn"), places(capture).toString());
    }

    @Test
    void similarClashesElsewhereAreClashesOfTheirOwn() throws Exception {
        List<EventClaim> es = events("وقتل عشرة عناصر من قوات النظام في بلدة الصنمين التي سيطر عليها المسلحون لساعات،"
                + " قبل الانسحاب منها واشتباكات مماثلة في بلدتي خان شيخون ومورك أمس.");
        Set<String> kinds = es.stream().map(e -> types(List.of(e)).get(0) + "@" + places(e)).collect(Collectors.toSet());
        assertEquals(List.of("ArmedClash", "ArmedClash", "NonStateActorOvertakesTerritory"), types(es), kinds.toString());
    }

    @Test
    void anAgreementReachedIsAnAgreement() throws Exception {
        // the fighting that stopped is no clash; what the deal provides for ("إطلاق النار") is not done
        assertEquals(List.of("Agreement"), types(events("وتوقفت الاشتباكات فجر اليوم بعد توصل الطرفين إلى اتفاق في بلدة جنديرس،"
                + " ينص على انسحاب المسلحين وتسليم مطلقي النار إلى الشرطة.")));
        assertEquals(List.of("Agreement"), types(events(
                "وأعلن المسؤول أنه تم التوصل إلى هدنة في مدينة الصنمين بريف درعا أمس.")));
        assertEquals(List.of("Agreement"), types(events(
                "ودخل اتفاق التسوية في مدينة الصنمين حيز التنفيذ صباح اليوم.")));
    }

    @Test
    void aCaptureLongBeforeTheReportIsWhoHoldsThePlace() throws Exception {
        // dated years before the report: the history of a place, not its capture now
        assertTrue(events("وسيطرت قوات النظام على مدينة درعا عام 2018 بعد حملة عسكرية واسعة.").isEmpty());
        assertTrue(events("وكان تنظيم الدولة قد سيطر على مدينة تدمر عام 2015.").isEmpty());
        assertTrue(events("وسيطرت قوات النظام على مدينة الصنمين في تموز 2018 بموجب اتفاق التسوية.").isEmpty());
        // a capture of the report's days stays one
        assertEquals(List.of("GovernmentRegainsTerritory"), types(events(
                "استعادت قوات النظام السيطرة على بلدة كفرنبل جنوبي إدلب صباح اليوم.")));
    }

    @Test
    void aCaptureToldAsTheTimeOfSomethingElseIsBackground() throws Exception {
        assertTrue(events("وعمل الشاب في أحد الفصائل قبيل سيطرة النظام على محافظة درعا في تموز 2018.").isEmpty());
        assertTrue(events("وعاد الرجل إلى بلدته بعد سيطرة الفصائل على المنطقة.").isEmpty());
        assertTrue(events("ومنذ استعادة النظام السيطرة على المنطقة عام 2018 تتكرر عمليات الاغتيال.").isEmpty());
        // with a recent date of its own it is a capture (aCaptureToldAfterAnotherActIsAnActOfItsOwnTime)
        List<EventClaim> es = events("وجاء الهجوم بعد سيطرة قوات النظام على تلة قرب بلدة كفرنبل يوم أمس.");
        assertTrue(types(es).contains("GovernmentRegainsTerritory"), types(es).toString());
    }


    @Test
    void aPlaceHeldSinceATimeIsNoCapture() throws Exception {
        // "since" after the capture word: how long the place has been held, not an act of the report's days
        assertTrue(events("وتسيطر الفصائل منذ العام 2016 على مدينة جرابلس شمالي حلب.").isEmpty());
        assertTrue(events("وسيطر تنظيم الدولة منذ عام 2014 على مناطق واسعة في ريف دير الزور.").isEmpty());
        assertTrue(events("وانتقلت السيطرة على معبر باب الهوى منذ بداية الحرب بين عدة فصائل.").isEmpty());
        // "منذ" dating a capture of the report's days ("two days ago") keeps it one
        List<EventClaim> es = events("وسيطرت فصائل المعارضة على بلدة مورك بريف حماة الشمالي منذ يومين بعد معارك عنيفة.");
        assertEquals(List.of("NonStateActorOvertakesTerritory"), types(es));
        assertEquals(LocalDate.of(2024, 5, 10), es.get(0).time().start());
        // a "since" further on dates the campaign, not the capture
        assertEquals(List.of("GovernmentRegainsTerritory"), types(events(
                "وسيطرت قوات النظام يوم أمس على بلدة كفرنبل جنوبي إدلب، ضمن حملة عسكرية واسعة تشنها على المنطقة منذ مطلع العام.")));
    }
    @Test
    void aPlaceAimedAtIsFoughtForNotTaken() throws Exception {
        // "للسيطرة على": the attack made for the place is the fighting for it
        EventClaim e = TestArticles.only(dir, "شنت قوات النظام هجوماً أمس للسيطرة على قرية الحويز بريف حماة الغربي.");
        assertEquals(List.of("ArmedClash"), types(List.of(e)));
        assertEquals(YESTERDAY, e.time().start());
        // an aim with no fighting told is no event
        assertTrue(events("ووصلت تعزيزات عسكرية إلى ريف حماة بهدف السيطرة على قرية الحويز.").stream()
                .noneMatch(c -> c.eventClass().contains("Territory")));
        assertTrue(events("وتحشد قوات النظام منذ أيام للسيطرة على قرية الحويز بريف حماة.").stream()
                .noneMatch(c -> c.eventClass().contains("Territory")));
    }

    @Test
    void aCaptureJoinedToTheAimOfAnAttemptIsFoughtForToo() throws Exception {
        // "بمحاولة توسيع … وفرض السيطرة على": the attempt governs every verbal noun joined by "و" after it
        List<EventClaim> es = events("وقامت قوات النظام أمس بمحاولة توسيع نفوذها في ريف اللاذقية الشمالي وفرض السيطرة على قرية كبانة.");
        assertTrue(es.stream().noneMatch(c -> c.eventClass().contains("Territory")), types(es).toString());
        es = events("ودارت اشتباكات عنيفة أمس على أطراف قرية كبانة، في محاولة من قوات النظام لاقتحام القرية والسيطرة عليها.");
        assertEquals(List.of("ArmedClash"), types(es));
        // a capture told in a clause of its own after the attempt is a capture
        es = events("وفشلت محاولة للفصائل أمس في ريف حماة، ثم سيطرت قوات النظام على قرية الحويز بريف حماة الغربي.");
        assertTrue(types(es).contains("GovernmentRegainsTerritory"), types(es).toString());
    }

    @Test
    void theBareRegimeWithItsAlliesAndTheSpeakersOwnForcesRegainPlaces() throws Exception {
        // "النظام وحلفاؤه": the side that fights, not a word for order; so the capture is the government's
        assertEquals(List.of("GovernmentRegainsTerritory"), types(events(
                "وتمكن النظام وحلفاؤه من السيطرة على قرية الطليسية في ريف حماة الشمالي أمس.")));
        // "سيطرة قواته": the control of the government's own forces, as the government announced it
        assertEquals(List.of("GovernmentRegainsTerritory"), types(events(
                "وأعلنت الحكومة السورية أمس سيطرة قواتها الكاملة على بلدة مورك في ريف حماة الشمالي.")));
    }
}
