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
}
