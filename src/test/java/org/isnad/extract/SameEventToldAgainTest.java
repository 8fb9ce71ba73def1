package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same event told twice is one claim (issue 10): a later sentence that names the event with a definite
 * noun ("الانفجار") and tells its place more closely retells it; a second town is a second event. Every
 * sentence is written here.
 */
class SameEventToldAgainTest {

    @TempDir Path dir;

    @Test
    void aDefiniteNounNamingTheTownInsideTheLeadsAreaRetellsTheEvent() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "انفجرت عبوة ناسفة بسيارة مدنية في ريف حلب الشرقي صباح اليوم، "
                + "ما أدى إلى مقتل رجل وإصابة طفلين. ووقع الانفجار قرب سوق بلدة تل عرن التابعة لمنطقة السفيرة.");
        assertEquals(1, es.size(), es.toString());
        assertTrue(String.join(" ", TestArticles.places(es.get(0))).contains("tell-aran"), TestArticles.places(es.get(0)).toString());
    }

    @Test
    void theSameNounAtASecondTownIsAnotherEvent() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "قصفت قوات النظام بلدة كفرنبل بريف إدلب الجنوبي صباح اليوم بقذائف المدفعية. "
                + "كما طال القصف مدينة سراقب شرقي إدلب.");
        assertEquals(2, es.size(), es.toString());
    }

    @Test
    void aDefiniteNounAfterAnotherTopicIsNotTheLeadsEvent() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "انفجرت عبوة ناسفة بسيارة مدنية في ريف حماة الشمالي صباح اليوم، "
                + "ما أدى إلى مقتل رجل. وفي سياق آخر، أسفر الانفجار الذي وقع قرب مدخل بلدة السقيلبية عن أضرار مادية.");
        assertEquals(2, es.size(), es.toString());
    }
}
