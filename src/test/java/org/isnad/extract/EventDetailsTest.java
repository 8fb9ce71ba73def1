package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source's details of an event already told, the wounded taken to hospital, a critical condition, no
 * casualties (issue 10; every sentence written here), are part of that event, not statements; what a
 * speaker asserts beyond it stays a statement.
 */
class EventDetailsTest {

    @TempDir Path dir;

    private List<StatementClaim> statements(String body) throws Exception {
        return TestArticles.read(TestArticles.lexicon(), dir, "2024-01-15", body).stream()
                .filter(c -> c instanceof StatementClaim).map(c -> (StatementClaim) c).toList();
    }

    @Test
    void theWoundedTakenToHospitalAreNoStatement() throws Exception {
        List<StatementClaim> st = statements(
                "قصفت طائرات حربية بلدة كفرنبل في ريف إدلب صباح اليوم، بحسب مصدر محلي. "
                + "وأضاف المصدر أن سيارات الإسعاف نقلت المصابين إلى مشفى في مدينة إدلب.");
        assertTrue(st.isEmpty(), st.toString());
    }

    @Test
    void aCriticalConditionIsNoStatement() throws Exception {
        List<StatementClaim> st = statements(
                "استهدفت مسيّرة تركية سيارة قرب بلدة عامودا صباح اليوم، بحسب مصادر محلية. "
                + "وقالت مصادر طبية في القامشلي إن حالة أحد الجرحى حرجة.");
        assertTrue(st.isEmpty(), st.toString());
    }

    @Test
    void aWarningBeyondTheWoundedStaysAStatement() throws Exception {
        List<StatementClaim> st = statements(
                "استهدفت مسيّرة تركية سيارة قرب بلدة عامودا صباح اليوم، بحسب مصادر محلية. "
                + "وقال المجلس المحلي إن الجرحى نقلوا إلى مشفى المدينة، وحذر من نقص الأدوية في مشافي المنطقة.");
        assertEquals(1, st.size(), st.toString());
    }

    /** The event claims of a body, for checking they stay as they were. */
    private List<EventClaim> events(String body) throws Exception {
        return TestArticles.events(TestArticles.read(TestArticles.lexicon(), dir, "2024-01-15", body));
    }

    private static final String SHELLING = "قصفت المدفعية التركية قرية أم الكيف في ريف تل تمر صباح اليوم، بحسب المرصد السوري لحقوق الإنسان. ";
    private static final String ATTACK = "هاجم عناصر من تنظيم الدولة نقطة عسكرية في بلدة ذيبان بريف دير الزور الشرقي مساء أمس، "
            + "بحسب بيان لقوات سوريا الديمقراطية. ";

    @Test
    void theSourceRetellingTheShellingsTollIsNoStatement() throws Exception {
        String body = SHELLING + "وأشار المرصد إلى أن القصف أسفر عن جرح طفلين في القرية.";
        List<StatementClaim> st = statements(body);
        assertTrue(st.isEmpty(), st.toString());
        List<EventClaim> ev = events(body);
        assertTrue(ev.stream().allMatch(e -> e.eventClass().endsWith("ShellingArtilleryMissileAttack")), ev.toString());
        assertTrue(ev.stream().allMatch(e -> e.report().label().contains("SOHR")), ev.toString());
    }

    @Test
    void theSourceRetellingWhatTheShellingHitIsNoStatement() throws Exception {
        List<StatementClaim> st = statements(SHELLING + "وأضاف المرصد أن القصف استهدف أطراف القرية بقذائف الهاون.");
        assertTrue(st.isEmpty(), st.toString());
    }

    @Test
    void whatTheSpeakerSaysWillComeStaysAStatement() throws Exception {
        List<StatementClaim> st = statements("أضرب تجار سوق مدينة الرقة صباح اليوم احتجاجا على قرار البلدية، بحسب المرصد "
                + "السوري لحقوق الإنسان. وقال المرصد إن الإضراب سيستمر حتى تلغي البلدية الرسوم الجديدة.");
        assertEquals(1, st.size(), st.toString());
        assertTrue(st.get(0).report().label().contains("SOHR"), st.get(0).report().toString());
    }

    @Test
    void aCondemnationOfTheShellingStaysAStatement() throws Exception {
        List<StatementClaim> st = statements(SHELLING + "وأدان المرصد السوري لحقوق الإنسان هذا القصف على القرية.");
        assertEquals(1, st.size(), st.toString());
    }

    @Test
    void aBodysAccountOfItsOwnFightStaysAStatement() throws Exception {
        List<StatementClaim> st = statements(ATTACK
                + "وأكد البيان أن قسد صدت الهجوم، مشيراً إلى أنها تطارد المجموعات المهاجمة في البادية.");
        assertEquals(1, st.size(), st.toString());
        assertTrue(st.get(0).report().label().contains("SDF"), st.get(0).report().toString());
    }
}
