package org.isnad.extract;

import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which events are read, of which type, and what is no event, from what real incident reports showed
 * (session 18). Every sentence is written here for its test.
 */
class EventsInRealReportingTest {

    static final String ISNAD = "https://w3id.org/isnad/ns#";
    @TempDir Path dir;

    private List<EventClaim> events(String body) throws Exception {
        return TestArticles.events(dir, body);
    }


    @Test
    void targetingWithNoWeaponNamedIsAnAttack() throws Exception {
        assertEquals(List.of("Attack"), types(events(
                "استهدف مسلحون مجهولون مساء أمس سيارة تابعة للشرطة قرب بلدة الكرك الشرقي، ما أدى إلى إصابة عنصرين.")));
        // a campaign that "targeted" children with vaccines is no attack: no armed men, force or toll
        assertTrue(events("وقال مسؤول في الهيئة إن حملة التلقيح استهدفت أكثر من عشرين ألف طفل في ريف الرقة الشرقي.").isEmpty());
        // the weapon, when named, still types it
        assertEquals(List.of("AirDroneStrike"), types(events(
                "استهدفت طائرة مسيرة صباح اليوم دراجة نارية على طريق بلدة الصور في ريف دير الزور.")));
    }

    @Test
    void aConvoyThatWasHitIsTheTargetNotTheEvent() throws Exception {
        assertEquals(List.of("RemoteExplosiveLandmineIED"), types(events(
                "استهدفت مجموعة مجهولة رتلاً عسكرياً بعبوة ناسفة على الطريق الواصل إلى مدينة الشدادي، اليوم.")));
        // a convoy that moves is still a movement of forces
        assertEquals(List.of("ChangeToGroupActivity"), types(events(
                "وصل رتل عسكري يضم عشرات الآليات إلى مدينة الشدادي، اليوم.")));
    }

    @Test
    void anItemOfACountedSeriesToldWithAWeakVerbKeepsTheSeriesType() throws Exception {
        List<EventClaim> es = events("شنّت الطائرات الحربية الروسية، اليوم، غارتين على ريف إدلب، الأولى استهدفت"
                + " محيط بلدة كنصفرة، أما الثانية فطالت أطراف بلدة البارة.");
        assertEquals(List.of("AirDroneStrike", "AirDroneStrike"), types(es), es.toString());
    }

    @Test
    void whatGoesOnOrIsUsualIsBackgroundWhateverDateItCarries() throws Exception {
        assertTrue(events("وتتواصل عمليات الخطف في ريف المحافظة الشرقي منذ سيطرة الفصائل عليه في آذار 2018.").isEmpty());
        assertTrue(events("ولا تزال حوادث الاغتيال تتكرر في ريف درعا الغربي منذ توقيع اتفاق التسوية في تموز 2018.").isEmpty());
        assertTrue(events("تنفذ الدوريات بين الحين والآخر حملات اعتقال في القرية، وغالباً ما يكون الموقوفون ممن وقعوا على التسوية.")
                .isEmpty());
        assertTrue(events("وغالباً ما يقع القصف على أطراف البلدة في ساعات الليل.").isEmpty());
        // what goes on since a date is still one claim over that period, and a clash renewed today an event
        assertEquals(List.of("PeacefulProtest"), types(events("وتتواصل الاحتجاجات في مدينة السويداء منذ 20 نيسان الماضي.")));
        assertEquals(List.of("ArmedClash"), types(events("تجددت الاشتباكات المستمرة منذ يومين بين الطرفين في قرية المعامل، اليوم.")));
    }

    @Test
    void gunmenWhoBlockARoadDoNotProtest() throws Exception {
        assertEquals(List.of("Attack"), types(events("قطع مسلحون مجهولون الطريق أمام سيارة تقل تاجرين قرب بلدة الشجرة مساء أمس.")));
        // people who block a road, or protesters named as such, do
        assertEquals(List.of("PeacefulProtest"), types(events("قطع محتجون الطريق الرئيسي قرب بلدة الشجرة مساء أمس.")));
    }

    @Test
    void aBombFoundIsOneThatDidNotGoOff() throws Exception {
        assertEquals(List.of("DisruptedWeaponsUse"), types(events(
                "وعثر سكان الحي الشرقي صباح اليوم على عبوة ناسفة قرب المدرسة في بلدة الشجرة، وأبلغوا فرق الهندسة.")));
        assertEquals(List.of("DisruptedWeaponsUse"), types(events("عثرت دورية للشرطة على لغم أرضي قرب بلدة الشجرة اليوم.")));
    }

    @Test
    void anEventToldInPassingAfterAThreatOrDenialHappened() throws Exception {
        EventClaim mine = TestArticles.first(events(
                "وهددت أنقرة بتوسيع عملياتها في المنطقة عقب مقتل جنديين بانفجار لغم قرب الحدود قبل يومين."),
                ISNAD + "RemoteExplosiveLandmineIED");
        assertEquals(Modality.ASSERTED, mine.modality());
        List<EventClaim> es = events("ونفت الشرطة اعتقال أي محتج عقب مقتل شاب برصاص مجهولين في المدينة أمس.");
        assertEquals(Modality.DENIED, TestArticles.first(es, ISNAD + "Arrests").modality());
        assertEquals(Modality.ASSERTED, TestArticles.first(es, ISNAD + "Attack").modality());
    }
}
