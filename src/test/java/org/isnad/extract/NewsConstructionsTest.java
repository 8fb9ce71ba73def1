package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.isnad.vocab.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Constructions of news prose that tell when, who and how many events: a foiled act beside a done one, a
 * statement's own date, time counted back from an event ("بعد يوم من"), a nationality that names who
 * acted, what protesters demand. Every sentence here was written for the test.
 */
class NewsConstructionsTest {

    static final String ACTOR = "https://w3id.org/isnad/id/actor/";
    @TempDir Path dir;

    private List<EventClaim> events(String body) throws Exception {
        return TestArticles.events(dir, body);
    }

    private static String type(String local) { return Vocab.ISNAD + local; }

    @Test
    void aFoilingVerbAfterACommaTellsASecondActBesideTheFirst() throws Exception {
        List<EventClaim> es = events("قالت الشرطة العسكرية في بيان إنها أوقفت صباح أمس رجلاً يحمل عبوة ناسفة قرب دوار"
                + " الجامعة في مدينة الباب، وأحبطت هجوماً كان يستهدف مقراً لها.");
        assertEquals(2, es.size(), es::toString);
        assertEquals(Modality.ASSERTED, es.get(0).modality());
        assertEquals(Modality.FOILED, es.get(1).modality());
    }

    @Test
    void aStatementsOwnDayDoesNotDateTheActItReports() throws Exception {
        List<EventClaim> es = events("أعلنت مديرية الأمن اليوم الأحد أنها ألقت القبض مساء أمس على ثلاثة مطلوبين في مدينة الباب.");
        assertEquals(1, es.size(), es::toString);
        assertEquals(LocalDate.parse("2024-05-11"), es.get(0).time().start());
    }

    @Test
    void timeCountedBackFromTheEventToldDatesTheOneItIntroduces() throws Exception {
        List<EventClaim> es = events("قُتل مدنيان أمس السبت بقصف مدفعي على أطراف مدينة الباب."
                + " ويأتي القصف بعد يوم من غارة جوية استهدفت سوقاً شعبياً في مدينة إدلب.");
        assertEquals(2, es.size(), es::toString);
        assertEquals(LocalDate.parse("2024-05-11"), es.get(0).time().start());
        assertEquals(type("AirDroneStrike"), es.get(1).eventClass());
        assertEquals(LocalDate.parse("2024-05-10"), es.get(1).time().start());
        assertEquals(LocalDate.parse("2024-05-10"), es.get(1).time().end());
    }

    @Test
    void aCountedNumberOfDaysCountsBack() throws Exception {
        List<EventClaim> es = events("عُثر أمس على جثة شاب قُتل برصاص مجهولين في مدينة الباب بعد ثلاثة أيام من اختطافه.");
        EventClaim abduction = TestArticles.first(es, type("AbductionForcedDisappearance"));
        assertEquals(LocalDate.parse("2024-05-08"), abduction.time().start());
    }

    @Test
    void aNationalityAfterTheWeaponNamesWhoActed() throws Exception {
        List<EventClaim> es = events("قصفت مسيّرة تركية أمس نقطة لقوات سوريا الديمقراطية في ريف عين عيسى.");
        assertEquals(1, es.size(), es::toString);
        assertTrue(es.get(0).actors().contains(ACTOR + "turkish-forces"), es.get(0).actors()::toString);
        assertFalse(es.get(0).targets().contains(ACTOR + "turkish-forces"));
    }

    @Test
    void aParticipleOfSayingIsNotDatedByTheBackgroundBeforeIt() throws Exception {
        List<EventClaim> es = events("داهمت قوات الأمن أمس السبت منزلاً في مدينة الباب واعتقلت ثلاثة أشخاص."
                + " وقال مصدر أمني إن الموقوفين متورطون في اغتيال ضابط مطلع نيسان الماضي، مشيراً إلى ضبط"
                + " أسلحة وعبوات ناسفة داخل المنزل.");
        EventClaim seizure = TestArticles.first(es, type("DisruptedWeaponsUse"));
        assertEquals(LocalDate.parse("2024-05-11"), seizure.time().start());
    }

    @Test
    void whatProtestersDemandIsNotWhatTheyDid() throws Exception {
        List<EventClaim> es = events("نزل مئات الأهالي إلى شوارع مدينة الباب اليوم الأحد، مطالبين بمحاسبة المسؤولين"
                + " عن الاقتتال الذي شهدته قرية قباسين.");
        assertEquals(1, es.size(), es::toString);
        assertEquals(type("PeacefulProtest"), es.get(0).eventClass());
        assertTrue(es.get(0).targets().isEmpty());
    }

    @Test
    void anAttackAndItsReplyAreTwoEvents() throws Exception {
        List<EventClaim> es = events("قصفت قوات النظام أمس قرية كفرنبل بقذائف المدفعية."
                + " وردت فصائل المعارضة باستهداف مواقع قوات النظام بقذائف الهاون.");
        assertEquals(2, es.size(), es::toString);
    }

    @Test
    void aRoundUpItemOpeningOnAPlaceIsANewEvent() throws Exception {
        List<EventClaim> es = events("تظاهر عشرات الأهالي اليوم الأحد في بلدة الهول شرقي الحسكة احتجاجاً على انقطاع المياه."
                + " وفي بلدة تل تمر شمال غربي الحسكة، اعتصم عشرات العمال أمام مبنى البلدية للمطالبة بصرف رواتبهم.");
        assertEquals(2, es.size(), es::toString);
    }

    @Test
    void aProtestGoesOnInAClauseWithItsSubjectElided() throws Exception {
        List<EventClaim> es = events("قطع عشرات المحتجين من أهالي ريف الحسكة اليوم الأحد الطريق بين مدينة الحسكة وبلدة الهول"
                + " بالحجارة، وأحرقوا إطارات السيارات قرب قرية الصلالية، احتجاجاً على انقطاع مياه الشرب.");
        assertEquals(1, es.size(), es::toString);
        assertEquals(type("ViolentDemonstration"), es.get(0).eventClass());
    }

    @Test
    void aNegatedOutcomeDeniesNoAct() throws Exception {
        List<EventClaim> es = events("قصفت قوات النظام فجر اليوم الأحد أطراف بلدة كفرنبل بقذائف المدفعية."
                + " وأضاف المصدر أن القصف لم يسفر عن إصابات بشرية.");
        assertEquals(1, es.size(), es::toString);
        assertEquals(Modality.ASSERTED, es.get(0).modality());
    }

    @Test
    void theMomentOfAnEventToldBeforeIsNoNewEvent() throws Exception {
        List<EventClaim> es = events("أصيب مزارع ظهر اليوم الأحد باستهداف طائرة مسيّرة دراجته النارية قرب بلدة كنصفرة."
                + " وقال مصدر محلي إن المزارع كان في طريقه إلى أرضه لحظة الاستهداف.");
        assertEquals(1, es.size(), es::toString);
    }

    @Test
    void takenAwayAfterAnArrestIsThatArrest() throws Exception {
        List<EventClaim> es = events("اعتقلت دورية تابعة للأمن العسكري أمس السبت شابين على حاجز عند مدخل مدينة إزرع."
                + " وقال مصدر محلي إن الشابين سبق أن أجريا التسوية عام 2021، واقتيدا إلى جهة مجهولة.");
        assertEquals(1, es.size(), es::toString);
        assertEquals(type("Arrests"), es.get(0).eventClass());
    }

    @Test
    void takenAwayAloneIsAnAbduction() throws Exception {
        List<EventClaim> es = events("اقتاد مسلحون مجهولون أمس السبت شاباً إلى جهة مجهولة في بلدة الصنمين.");
        assertEquals(1, es.size(), es::toString);
        assertEquals(type("AbductionForcedDisappearance"), es.get(0).eventClass());
    }

    @Test
    void whereTheSubjectWentIsWhereItsNextActHappened() throws Exception {
        List<EventClaim> es = events("توغلت قوة عسكرية صباح اليوم الأحد في أطراف بلدة كفرنبل، واعتقلت راعيين قرب الطريق العام.");
        assertEquals(1, es.size(), es::toString);
        assertEquals(type("Arrests"), es.get(0).eventClass());
        assertFalse(es.get(0).places().isEmpty(), "the town the force entered");
    }

    @Test
    void theSameDayIsTheDayOfTheEventTold() throws Exception {
        List<EventClaim> es = events("داهمت قوات الأمن أمس السبت منزلاً في مدينة الباب واعتقلت شابين."
                + " وأضاف المصدر أن رتلاً عسكرياً وصل إلى المدينة مساء اليوم ذاته.");
        assertEquals(LocalDate.parse("2024-05-11"), es.get(es.size() - 1).time().start(), es::toString);
    }

    @Test
    void aProtestDispersedLaterIsThatProtest() throws Exception {
        List<EventClaim> es = events("تظاهر عشرات الأهالي أمس السبت أمام مبنى البلدية في مدينة الباب احتجاجاً على انقطاع المياه."
                + " وقال مصدر محلي إن الشرطة فرّقت المحتجين بالهراوات بعد نحو ساعة.");
        assertEquals(2, es.size(), es::toString);
        assertEquals(type("ProtestWithIntervention"), es.get(1).eventClass());
        assertTrue(es.get(1).sameEventAs().contains(es.get(0).key()), "the source's account is linked to the protest");
    }

    @Test
    void forcesFiringToDisperseAProtestAreItsIntervention() throws Exception {
        List<EventClaim> es = events("تجمّع عشرات من أهالي مدينة الباب اليوم الأحد أمام مقر أمني للمطالبة بالإفراج عن معتقلين،"
                + " فأطلق عناصر المقر الرصاص الحي وقنابل صوتية لتفريقهم.");
        assertEquals(1, es.size(), es::toString);
        assertEquals(type("ProtestWithIntervention"), es.get(0).eventClass());
    }

    @Test
    void aRocketPropelledGrenadeIsNoShelling() throws Exception {
        List<EventClaim> es = events("هاجم مسلحون أمس السبت حاجزاً للشرطة قرب مدينة الباب بقذائف آر بي جي.");
        assertEquals(1, es.size(), es::toString);
        assertFalse(es.get(0).eventClass().equals(type("ShellingArtilleryMissileAttack")), es.get(0).eventClass());
    }

    @Test
    void theItemsOfACountedSeriesAreEventsOfTheirOwn() throws Exception {
        List<EventClaim> es = events("شنّت الطائرات الحربية الروسية أمس السبت غارتين جويتين على ريف إدلب، الأولى استهدفت محيط"
                + " بلدة كنصفرة، أما الثانية فطالت مزرعة غربي مدينة جسر الشغور.");
        assertEquals(2, es.size(), es::toString);
        assertEquals(type("AirDroneStrike"), es.get(1).eventClass());
    }

    @Test
    void aKillingCountedBackIsDatedBack() throws Exception {
        List<EventClaim> es = events("قصفت قوات النظام أمس السبت مدينة الأتارب. وتأتي هذه التطورات بعد يومين من مقتل ثلاثة"
                + " مدنيين بقصف صاروخي استهدف سوقاً في مدينة سرمين.");
        assertEquals(2, es.size(), es::toString);
        assertEquals(LocalDate.parse("2024-05-09"), es.get(1).time().start());
    }

    @Test
    void protestersWhoBurnRiot() throws Exception {
        List<EventClaim> es = events("رشق عشرات الشبان مساء أمس السبت مخفر الشرطة في مدينة الباب بالحجارة، وأضرموا النار في"
                + " سيارة تابعة له، غضباً من مقتل شاب برصاص دورية.");
        assertEquals(1, es.size(), es::toString);
        assertEquals(type("ViolentDemonstration"), es.get(0).eventClass());
    }

    @Test
    void anAbductionToldAgainIsThatAbduction() throws Exception {
        List<EventClaim> es = events("اختطف مسلحون مجهولون مساء أمس السبت شاباً على الطريق بين بلدتي تسيل ونوى."
                + " وقال مراسل محلي إن الخاطفين كانوا ملثمين، واقتادوا الشاب إلى جهة مجهولة.");
        assertEquals(1, es.size(), es::toString);
    }

    @Test
    void timeCountedBackFromTheSentencesOwnDay() throws Exception {
        List<EventClaim> es = events("قصفت قوات النظام أمس السبت بلدة كنصفرة. وأفرجت مجموعة مسلحة اليوم الأحد عن طفل من مدينة جاسم"
                + " بعد 10 أيام من اختطافه.");
        EventClaim abduction = TestArticles.first(es, type("AbductionForcedDisappearance"));
        assertEquals(LocalDate.parse("2024-05-02"), abduction.time().start());
    }

    @Test
    void howASpeakerIsDescribedIsNoPartOfWhatSheTells() throws Exception {
        List<EventClaim> es = events("تظاهر عشرات المعلمين اليوم الأحد أمام مبنى مديرية التربية في مدينة الباب."
                + " وقالت معلمة مشاركة في الوقفة، لمراسل محلي، إن دورية للشرطة أوقفت مساء أمس اثنين من زملائها.");
        assertEquals(2, es.size(), es::toString);
        assertEquals(type("Arrests"), es.get(1).eventClass());
    }

    @Test
    void aDenialOfTheAccusationsDeniesTheLeadEvent() throws Exception {
        List<EventClaim> es = events("نهب عناصر من قوات النظام أمس السبت محتويات منازل في قرية كنصفرة."
                + " وأضاف المصدر أن العناصر اعتقلوا مساء أمس رجلاً من أبناء القرية حاول منعهم."
                + " في المقابل، نفى مصدر عسكري صحة هذه الاتهامات.");
        EventClaim denied = es.stream().filter(e -> e.modality() == Modality.DENIED)
                .findFirst().orElseThrow(() -> new AssertionError(es.toString()));
        assertEquals(type("LootingPropertyDestruction"), denied.eventClass());
    }

    @Test
    void aSecondGrievanceIsNoActOfTheProtestEither() throws Exception {
        List<EventClaim> es = events("نزل عشرات الأهالي إلى شوارع مدينة الباب اليوم الأحد، مطالبين بإخراج المسلحين من المدينة،"
                + " ومنددين بتحويل الأحياء إلى ساحة لتصفية الحسابات.");
        assertEquals(1, es.size(), es::toString);
        assertEquals(type("PeacefulProtest"), es.get(0).eventClass());
    }

    @Test
    void aDroneNamedByWhoseItIsIsADroneOfTheirs() throws Exception {
        List<EventClaim> es = events("قُتل شخصان أمس السبت بقصف مسيّرة تركية على قرية في ريف عين عيسى.");
        assertEquals(1, es.size(), es::toString);
        assertEquals(type("AirDroneStrike"), es.get(0).eventClass());
        assertTrue(es.get(0).actors().contains(ACTOR + "turkish-forces"), es.get(0).actors()::toString);
    }

    @Test
    void aLaterParticiplesDateDoesNotDateTheClauseBefore() throws Exception {
        List<EventClaim> es = events("اعتقلت دورية أمنية أمس السبت ثلاثة شبان في مدينة داعل. وقال مصدر محلي إن الدورية اقتادت"
                + " الشبان إلى جهة مجهولة، مشيراً إلى أن اثنين منهم أجريا تسوية عام 2018.");
        assertEquals(1, es.size(), es::toString);
        assertEquals(LocalDate.parse("2024-05-11"), es.get(0).time().start());
    }

    @Test
    void anAirAggressionIsAnAirStrike() throws Exception {
        List<EventClaim> es = events("نقلت وكالة سانا عن مصدر عسكري قوله إن العدو نفّذ فجر اليوم الأحد عدواناً جوياً بعدة صواريخ"
                + " على محيط مدينة الكسوة.");
        assertEquals(type("AirDroneStrike"), es.get(0).eventClass(), es::toString);
    }

    @Test
    void aFearOfMoreShellingTellsNoShellingAgain() throws Exception {
        List<EventClaim> es = events("قصفت القوات التركية أمس السبت قرية في ريف بلدة تل تمر بقذائف المدفعية."
                + " ويخشى سكان القرى من اتساع رقعة القصف خلال الأيام المقبلة، بحسب ما قاله أحدهم.");
        assertEquals(1, es.size(), es::toString);
    }

    @Test
    void theTownWhoseCountrysideIsMeantIsNoSiteOfItsOwn() throws Exception {
        List<EventClaim> es = events("قصفت القوات التركية أمس السبت قريتي الربيعات والمناجير في ريف بلدة تل تمر بقذائف المدفعية.");
        assertEquals(2, es.size(), es::toString);
    }

    @Test
    void daysCountedBackWithOnAsWellAsFrom() throws Exception {
        List<EventClaim> es = events("أفرجت مجموعة مسلحة اليوم الأحد عن طفل من مدينة جاسم، بعد ثلاثة أيام على اختطافه.");
        assertEquals(LocalDate.parse("2024-05-09"), TestArticles.first(es, type("AbductionForcedDisappearance")).time().start());
    }

    @Test
    void theNonOccurrenceOfAnEventDeniesIt() throws Exception {
        // "عدم حدوث أي اشتباك": a source stating that no clash took place denies one; casualties stated as none
        // ("عدم وقوع إصابات") leave the act told before asserted
        List<EventClaim> denied = events("وأكد مصدر عسكري عدم حدوث أي اشتباك في محيط مدينة الباب خلال الليلة الماضية.");
        assertEquals(1, denied.size(), denied::toString);
        assertEquals(Modality.DENIED, denied.get(0).modality());
        assertEquals(type("ArmedClash"), denied.get(0).eventClass());
        List<EventClaim> told = events("اندلعت اشتباكات بين مسلحين في مدينة الباب أمس، وأكد مصدر محلي عدم وقوع إصابات.");
        assertEquals(1, told.size(), told::toString);
        assertEquals(Modality.ASSERTED, told.get(0).modality());
    }

    @Test
    void theConnectiveHadhaWaOpensANewActNotAReferenceBack() throws Exception {
        // "هذا وقُتل …" is "and meanwhile … were killed", another killing at another place; "هذه الضربات"
        // (the demonstrative with a noun that has the article) is the one that points back
        List<EventClaim> es = events("وقال مصدر محلي إن عنصرين من قوات النظام قتلا برصاص مجهولين في بلدة داعل بريف درعا، يوم أمس. "
                + "هذا وقُتل عنصران آخران في الفرقة الرابعة على الطريق الواصل بين بلدتي جبيب والمسيفرة، على يد مجهولين أيضاً.");
        assertEquals(2, es.size(), es::toString);
        assertTrue(TestArticles.places(es.get(1)).contains("al-musayfirah"), es::toString);
        assertEquals(LocalDate.parse("2024-05-11"), es.get(1).time().start(), es::toString);
        // the demonstrative before a defined act still retells it
        es = events("قصفت الطائرات الحربية الروسية بلدة كفرنبل يوم أمس. وأدت هذه الغارات إلى دمار واسع في منازل المدنيين.");
        assertEquals(1, es.size(), es::toString);
    }
}
