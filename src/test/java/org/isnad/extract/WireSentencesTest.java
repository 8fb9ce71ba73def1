package org.isnad.extract;

import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Protests and assaults told as newswire tells them across the Arab world, not only in Syrian local
 * reporting. Every sentence is written here for its test.
 */
class WireSentencesTest {

    @TempDir Path dir;

    private List<String> typesOf(String body) throws Exception {
        return types(TestArticles.events(dir, body));
    }

    @Test
    void aMarchThatIsToldAsOneIsNoDrone() throws Exception {
        assertEquals(List.of("PeacefulProtest"), typesOf("خرجت مسيرة نسائية في مدينة تعز تطالب بالإفراج عن المعتقلين."));
        assertEquals(List.of("PeacefulProtest"), typesOf("نظم طلاب الجامعة مسيرة من الحرم الجامعي إلى مبنى المحافظة."));
        assertEquals(List.of("PeacefulProtest"), typesOf("شارك المئات من أهالي البلدة في مسيرات جابت شوارعها بعد صلاة الجمعة."));
    }

    @Test
    void aDroneThatStrikesStaysADrone() throws Exception {
        assertEquals(List.of("AirDroneStrike"), typesOf("استهدفت مسيرة مجهولة سيارة عسكرية قرب بلدة الصور شمالي دير الزور."));
        assertEquals(List.of("AirDroneStrike"), typesOf("قصفت مسيرة تركية موقعاً عسكرياً في ريف الحسكة الشمالي."));
    }

    @Test
    void protestersWhoDemandAreProtesting() throws Exception {
        assertEquals(List.of("PeacefulProtest"), typesOf("طالب معتصمون أمام مقر شركة النفط في البصرة بتثبيتهم في وظائفهم."));
        assertEquals(List.of("PeacefulProtest"), typesOf("طالب محتجون أمام مبنى البرلمان بإلغاء الضريبة الجديدة على الوقود."));
        // a demand by anyone else is a statement, and what it asks for did not happen
        assertEquals(List.of(), typesOf("طالب وزير العمل الشركات الخاصة بصرف رواتب العمال المتأخرة."));
    }

    @Test
    void aProtestGoingOnAsItIsReportedHappened() throws Exception {
        assertEquals(List.of("PeacefulProtest"), typesOf("يخوض أربعة معتقلين إضراباً عن الطعام منذ تسعة أيام في سجن النقب."));
        assertEquals(List.of("PeacefulProtest"), typesOf("يواصل عمال مصنع الغزل اعتصامهم داخل مقر الشركة في مدينة المحلة."));
        // one still to come is not (yet) an event
        assertEquals(List.of(), typesOf("ستنظم نقابة المعلمين اعتصاماً أمام وزارة التربية في عمّان."));
    }
}
