package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An act named, definite, as the subject of a result verb ("وأسفر إطلاق النار عن …") is the act told before,
 * and its clause adds only a toll (every sentence written here).
 */
class CauseToldBeforeTest {

    @TempDir Path dir;

    @Test
    void theShootingAsTheSubjectOfItsTollIsTheShootingToldBefore() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "أطلق مسلحان مجهولان النار على عضو في المجلس المحلي بمدينة "
                + "الميادين شرقي دير الزور، يوم أمس، ما أدى لمقتله. وقال مصدر محلي إن المسلحين لاذوا بالفرار. كما أسفر "
                + "إطلاق النار عن إصابة طفل كان يلعب قرب المكان.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(EventTypes.ATTACK, es.get(0).eventClass());
        assertTrue(TestArticles.places(es.get(0)).contains("al-mayadin"), TestArticles.places(es.get(0)).toString());
        assertEquals(java.time.LocalDate.of(2024, 5, 11), es.get(0).time().start());
    }

    @Test
    void anActAsTheResultOrWithNothingToldBeforeIsTold() throws Exception {
        // the clash is what the quarrel led to: told here
        List<EventClaim> clash = TestArticles.events(dir, "وقع خلاف بين عناصر حاجز للشرطة وسائق شاحنة عند مدخل مدينة "
                + "الباب، يوم أمس، ما أدى إلى تبادل لإطلاق النار بين عناصر الحاجز ومسلحين من أقارب السائق.");
        assertEquals(List.of("ArmedClash"), TestArticles.types(clash), clash.toString());
        // the article's first act, though named as the subject of its toll
        EventClaim first = TestArticles.only(dir, "أسفر القصف المدفعي على بلدة كفرنبل جنوبي إدلب، يوم أمس، عن مقتل "
                + "مدنيين اثنين.");
        assertEquals(EventTypes.SHELLING, first.eventClass());
    }
}
