package org.isnad.extract;

import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words of an act that tell no act of the report (forms learnt from real reporting, every sentence written
 * here): order kept or asked for ("ضبط الوضع", "مطالب بضبط السلاح") is no weapons seizure, a ministry's
 * closing formula ("مصادرة المضبوطات أصولاً") is no looting, and reinforcements told as the step before the
 * sentence's act ("بعد وصول تعزيزات") are its backdrop. Published 12 May 2024.
 */
class OrderKeptAndBackdropTest {

    @TempDir Path dir;

    private List<EventClaim> events(String body) throws Exception {
        return TestArticles.events(dir, body);
    }

    @Test
    void keepingOrderIsNoWeaponsSeized() throws Exception {
        assertEquals(List.of(), types(events(
                "وقال مسؤول أمني إن السلطات تواصلت مع وجهاء بلدة تلكلخ لاحتواء الخلاف وضبط الوضع.")));
        assertEquals(List.of(), types(events(
                "وتتكرر في المحافظة مطالبات الأهالي بضبط فوضى السلاح بعد حوادث القتل الأخيرة.")));
        assertEquals(List.of(), types(events(
                "وأكد الوزير أن قوات الأمن تعمل على ضبط الحدود وحماية الأمن في ريف حمص.")));
        // a seizure of arms told as such stays one
        assertEquals(List.of("DisruptedWeaponsUse"), types(events(
                "وضبطت قوات الأمن الداخلي أسلحة وذخائر في مزرعة قرب مدينة تلكلخ أمس.")));
    }

    @Test
    void theSeizedItemsConfiscatedAreNoLooting() throws Exception {
        List<EventClaim> es = events("ألقت قوى الأمن الداخلي أمس القبض على ثلاثة أشخاص في مدينة سرمدا. "
                + "وأعلنت الوزارة مصادرة المضبوطات أصولاً وإحالة الموقوفين إلى القضاء.");
        assertEquals(List.of("Arrests"), types(es), es.toString());
        assertEquals(List.of(), types(events("وأكد قائد الأمن الداخلي أن جميع المضبوطات صودرت.")));
        // property seized by armed men is still looting
        assertEquals(List.of("LootingPropertyDestruction"), types(events(
                "وصادر مسلحون منازل المهجرين في قرية الغزاوية بريف عفرين أمس.")));
    }

    @Test
    void reinforcementsBeforeTheActAreItsBackdrop() throws Exception {
        List<EventClaim> es = events("طوقت قوات الأسايش أمس حي طي في مدينة القامشلي بالكامل بعد وصول تعزيزات عسكرية تابعة لها، "
                + "واعتقلت خمسة شبان.");
        assertFalse(types(es).contains("ChangeToGroupActivity"), types(es).toString());
        assertTrue(types(es).contains("Arrests"), types(es).toString());
        assertFalse(types(events("وكانت الوزارة قد أعلنت انتهاء العملية في ريف اللاذقية بعد أن أرسلت تعزيزات لملاحقة المسلحين.")
                ).contains("ChangeToGroupActivity"));
        // reinforcements told as the news stay a change to the group's activity
        assertEquals(List.of("ChangeToGroupActivity"), types(events(
                "واستقدمت قوات النظام أمس تعزيزات عسكرية إلى بلدة الصنمين في ريف درعا الشمالي.")));
    }

    @Test
    void strikesSummedUpOverThePastDaysAreBackground() throws Exception {
        assertEquals(List.of(), types(events("وشهدت البادية خلال الأيام الماضية غارات للطيران الحربي على مقرات للتنظيم قرب كباجب.")));
        assertEquals(List.of(), types(events("وقال مصدر ميداني إن البادية شهدت نشاطاً لخلايا التنظيم، مشيراً إلى قيام الطيران الحربي "
                + "خلال الأيام القليلة الماضية بتوجيه سلسلة من الغارات على مقرات للتنظيم قرب كباجب.")));
        // a strike told with its day stays one
        assertEquals(List.of("AirDroneStrike"), types(events("وشن الطيران الحربي أمس غارة على مقر للتنظيم قرب كباجب.")));
    }
}
