package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One event or several (issue 10): events that differ in place or are told as items of a series are separate
 * claims, even in one sentence; an incident told again in a following clause is one claim. Every sentence is
 * written here, in the manner of local outlets.
 */
class OneEventOrSeveralTest {

    @TempDir Path dir;

    private List<EventClaim> events(String body) throws Exception {
        return TestArticles.events(dir, body);
    }


    @Test
    void itemsOfASeriesAreSeparateEvents() throws Exception {
        List<EventClaim> es = events("قتل عامل وأصيب شاب بانفجار لغمين أرضيين في ريف درعا الغربي صباح اليوم. "
                + "وانفجر اللغم الأول بسيارة تقل عمالاً على طريق المزيريب، فيما انفجر اللغم الثاني بدراجة نارية قرب بلدة اليادودة.");
        // no claim holds both mines' places
        assertTrue(es.stream().noneMatch(e -> String.join(" ", places(e)).matches(".*(مزيريب|muzayrib).*")
                && String.join(" ", places(e)).matches(".*(يادودة|yadud).*")), es.stream().map(TestArticles::places).toList().toString());
        assertTrue(es.size() >= 2, es.toString());
    }

    @Test
    void arrestsInTwoTownsEachToldWithItsPlaceAreTwoEvents() throws Exception {
        List<EventClaim> es = events("اعتقلت قوات سوريا الديمقراطية ثلاثة شبان في بلدة الشحيل بريف دير الزور الشرقي "
                + "صباح اليوم، إلى جانب اعتقال شاب آخر في بلدة أبو خشب.");
        assertEquals(2, es.size(), es.toString());
        assertEquals(Set.of("Arrests"), es.stream().map(e -> e.eventClass().substring(e.eventClass().indexOf('#') + 1))
                .collect(Collectors.toSet()));
    }

    @Test
    void anActAddedWithBesidesAfterACommaIsASecondEvent() throws Exception {
        // "بالإضافة إلى قيام …" tells the other side's act by its verbal noun, with no verb of its own
        List<EventClaim> es = events("دكت مدفعية قوات النظام بلدة الهبيط بريف إدلب الجنوبي صباح اليوم، بالإضافة إلى قيام "
                + "الفصائل المسلحة باستهداف مواقع قوات النظام بالقذائف الصاروخية في محيط بلدة كفرسجنة.");
        assertEquals(2, es.size(), es.stream().map(TestArticles::places).toList().toString());
        EventClaim second = es.stream().filter(e -> String.join(" ", places(e)).matches(".*(كفرسجنة|Kafr Sajna).*")).findFirst().orElseThrow();
        // the regime is the target of the second act, not its elided doer
        assertTrue(second.actors().stream().noneMatch(second.targets()::contains), second.toString());
    }

    @Test
    void anActAddedWithBesidesAtAnUnnamedPlaceIsStillASecondEvent() throws Exception {
        List<EventClaim> es = events("قصفت قوات النظام بالمدفعية الثقيلة قرية الفطيرة بريف إدلب الجنوبي مساء أمس، "
                + "إلى جانب استهداف الفصائل نقاطاً لقوات النظام بالقذائف في المنطقة.");
        assertEquals(2, es.size(), es.toString());
    }

    @Test
    void aTollAddedWithBesidesStaysWithItsAct() throws Exception {
        List<EventClaim> es = events("قصفت قوات النظام بالمدفعية قرية الفطيرة بريف إدلب الجنوبي مساء أمس، ما أدى إلى مقتل رجل، "
                + "بالإضافة إلى إصابة ثلاثة أطفال بجروح.");
        assertEquals(1, es.size(), es.toString());
    }

    @Test
    void similarClashesAlongsideAtAnotherFrontAreASecondEvent() throws Exception {
        List<EventClaim> es = events("دارت اشتباكات عنيفة بين قوات النظام والفصائل على محور قرية الفطيرة بريف إدلب صباح اليوم، "
                + "تزامناً مع اشتباكات مماثلة على محور بلدة كنصفرة.");
        assertEquals(2, es.size(), es.stream().map(TestArticles::places).toList().toString());
    }

    @Test
    void clashesAlongsideATakeoverWithNoPlaceOfTheirOwnStayOneEvent() throws Exception {
        List<EventClaim> es = events("سيطرت الفصائل على قرية الفطيرة بريف إدلب صباح اليوم، تزامناً مع اشتباكات عنيفة.");
        assertEquals(1, es.size(), es.toString());
    }

    @Test
    void positionsTargetedAreNoBaseSetUp() throws Exception {
        List<EventClaim> es = events("استهدفت الفصائل المسلحة تمركزات قوات النظام بالقذائف قرب بلدة كنصفرة صباح اليوم.");
        assertTrue(es.stream().noneMatch(e -> e.eventClass().endsWith("HeadquartersOrBaseEstablished")), TestArticles.types(es).toString());
    }

    @Test
    void aShipmentFromOneTownToAnotherIsOneEvent() throws Exception {
        List<EventClaim> es = events("نقلت قوات النظام تعزيزات عسكرية من مقراتها في مدينة الميادين إلى نقطة جديدة في بلدة الشحيل صباح اليوم.");
        assertEquals(1, es.size(), es.toString());
    }

    @Test
    void gunfireThatFollowedAnExplosionIsThatIncident() throws Exception {
        List<EventClaim> es = events("انفجرت عبوة ناسفة بسيارة عسكرية في مدينة جاسم بريف درعا الشمالي مساء اليوم، "
                + "تبعه إطلاق نار كثيف في المنطقة.");
        assertEquals(1, es.size(), es.toString());
    }

    @Test
    void anotherSpeakersPlacelessAccountOfThatDayIsThatEvent() throws Exception {
        // the bare lead is the resident's account (LeadToldBySource), which then folds into it: one clash, as
        // ACLED codes an act told twice, with the evidence of both sentences
        List<EventClaim> es = events("اندلعت اشتباكات عنيفة صباح اليوم بين فصيلين في مدينة الباب بريف حلب الشرقي. "
                + "وقال أحد سكان المدينة إن الاشتباكات أسفرت عن إصابة طفل بجروح.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(2, es.get(0).evidence().size(), "the resident's account tells the clash told before");
    }

    @Test
    void anotherSpeakersAccountOfAnotherDayIsNotLinked() throws Exception {
        List<EventClaim> es = events("اندلعت اشتباكات عنيفة صباح اليوم بين فصيلين في مدينة الباب بريف حلب الشرقي. "
                + "وقال أحد سكان المدينة إن اشتباكات اندلعت يوم الخميس الماضي وأسفرت عن إصابة طفل بجروح.");
        assertTrue(es.stream().allMatch(e -> e.sameEventAs().isEmpty()), es.toString());
    }

    @Test
    void whatProtestersDidDuringTheMarchIsThatMarch() throws Exception {
        // "خلال المسيرة" times the clause by the march told before: the same protest, told again
        List<EventClaim> es = events("سار مئات المتظاهرين، اليوم الأحد، في شوارع مدينة عامودا شمالي الحسكة، تنديداً بالقصف التركي. "
                + "ورفع المحتجون، في هتافات أطلقت خلال المسيرة، شعارات تطالب بحماية المدنيين.");
        assertEquals(1, es.size(), es.toString());
    }

    @Test
    void anArrestOnTheSameDayIsNotTheRaidToldBefore() throws Exception {
        List<EventClaim> es = events("داهمت دورية للأمن العسكري، أمس السبت، منازل في قرية الدالية بريف جبلة، واعتقلت خمسة شبان. "
                + "وفي اليوم ذاته، اعتقلت دورية أخرى طالباً عند حاجز على مدخل مدينة اللاذقية.");
        assertEquals(2, es.size(), es.toString());
    }

    @Test
    void aClauseDoesNotTakeTheDateOfTheWhileClauseAfterIt() throws Exception {
        // the clashes of last night go on in the first clause; "صباح اليوم" belongs to the shelling after "في حين"
        List<EventClaim> es = events("نصب مسلحون من تنظيم داعش، ليلة أمس، كميناً لسيارة عسكرية لقوات النظام في محيط بلدة الشولا جنوبي دير الزور، "
                + "ما أدى إلى مقتل ثلاثة عناصر. وأضافت المصادر أن الاشتباكات دامت نحو نصف ساعة، "
                + "في حين قصفت مدفعية النظام، صباح اليوم، مواقع في محيط بلدة معدان.");
        assertEquals(2, es.size(), es.toString());
        assertEquals("2024-05-11", es.get(0).time().start().toString());
        assertEquals("2024-05-12", es.get(1).time().start().toString(), "the shelling keeps its own date");
    }

    @Test
    void whereTheAttackersWithdrewToIsNotASecondPlaceOfTheClash() throws Exception {
        List<EventClaim> es = events("نصب مسلحون من تنظيم داعش، ليلة أمس، كميناً لسيارة عسكرية لقوات النظام في محيط بلدة الشولا جنوبي دير الزور. "
                + "وأضافت المصادر أن المهاجمين خاضوا اشتباكاً قصيراً مع عناصر السيارة قبل أن ينسحبوا نحو عمق البادية.");
        assertEquals(1, es.size(), es.toString());
    }

    @Test
    void aSecondClashAtAnotherPlaceStaysASecondEvent() throws Exception {
        List<EventClaim> es = events("نصب مسلحون من تنظيم داعش، ليلة أمس، كميناً لسيارة عسكرية لقوات النظام في محيط بلدة الشولا جنوبي دير الزور. "
                + "وأضافت المصادر أن اشتباكات أخرى اندلعت بين الطرفين في محيط بلدة معدان قبل أن ينسحب المهاجمون نحو عمق البادية.");
        assertEquals(2, es.size(), es.toString());
    }

    @Test
    void aFullStopWithNoSpaceAfterItStillEndsTheSentence() throws Exception {
        List<EventClaim> es = events("قُتل شابان برصاص مسلحين ملثمين في بلدة الشحيل بريف دير الزور الشرقي صباح اليوم.وفي بلدة ذيبان "
                + "شرق دير الزور، أصيب شاب بجروح إثر إطلاق نار من مسلحين مجهولين.");
        assertEquals(2, es.size(), es.toString());
        assertEquals(java.time.LocalDate.parse("2024-05-12"), es.get(0).time().start(), "the first sentence keeps its own date");
    }

    @Test
    void aWordCutWithTatweelAndAFullStopIsNotTheEndOfASentence() throws Exception {
        // "هاجـ.ـم": pages cut words with tatweel and a dot to pass platform filters; the dot ends no sentence
        List<EventClaim> es = events("هاجـ.ـم مسلحون مجـ.ـهولون حاجزاً لقوات الأمن في بلدة الشحيل بريف دير الزور الشرقي صباح اليوم.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(java.time.LocalDate.parse("2024-05-12"), es.get(0).time().start(), "the cut sentence keeps its date");
    }

    @Test
    void aSecondTargetingWithTheDoerElidedIsASecondEvent() throws Exception {
        // "كما استهدفت بالرشاشات …": no doer of its own, the armed doer of the clause before goes on
        List<EventClaim> es = events("قصفت قوات النظام بالمدفعية قرية الفطيرة بريف إدلب صباح اليوم، "
                + "كما استهدفت بالرشاشات الثقيلة أطراف بلدة كنصفرة.");
        assertEquals(2, es.size(), es.stream().map(TestArticles::places).toList().toString());
        assertTrue(es.stream().anyMatch(e -> String.join(" ", places(e)).matches(".*(كنصفرة|kansafra).*")), es.toString());
    }

    @Test
    void aTargetingWithNoArmedDoerAnywhereStaysNoEvent() throws Exception {
        // "استهدفت الحملة …" (a vaccination) is no attack, also after a clause that names no armed men
        List<EventClaim> es = events("وصلت شحنة من اللقاحات إلى مدينة إدلب صباح اليوم، كما استهدفت الحملة أطفال بلدة كنصفرة.");
        assertTrue(es.stream().noneMatch(e -> String.join(" ", places(e)).matches(".*(كنصفرة|kansafra).*")),
                es.stream().map(e -> e.eventClass() + places(e)).toList().toString());
    }

    @Test
    void aSimilarActToldWithItsOwnVerbIsASecondEvent() throws Exception {
        // "وطال قصف مماثل قرية …": called similar, the act is another one, at its own place
        List<EventClaim> es = events("قصفت قوات النظام بالمدفعية بلدة كنصفرة بريف إدلب الجنوبي صباح اليوم، ما أدى إلى إصابة رجل، "
                + "وطال قصف مماثل قرية الفطيرة في جبل الزاوية.");
        assertEquals(2, es.size(), es.stream().map(TestArticles::places).toList().toString());
    }

    @Test
    void aReplyOnPositionsIsAnAttackOfItsOwn() throws Exception {
        // "فيما ردّت الفصائل على تجمعات …": the other side's reply, aimed at a force's positions, is a second act
        List<EventClaim> es = events("قصفت قوات النظام بالمدفعية بلدة كنصفرة صباح اليوم، فيما ردت الفصائل المسلحة على مواقع "
                + "قوات النظام في محيط بلدة كفرنبل.");
        assertEquals(2, es.size(), es.stream().map(TestArticles::places).toList().toString());
    }

    @Test
    void aReplyInWordsIsNoAttack() throws Exception {
        List<EventClaim> es = events("ردت وزارة الخارجية على تصريحات المبعوث الأممي في بيان صدر مساء اليوم.");
        assertEquals(0, es.size(), es.toString());
    }
}
