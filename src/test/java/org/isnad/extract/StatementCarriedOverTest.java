package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "وأضاف البيان" after "بحسب بيان لقيادة الأمن الداخلي" (issue 10; every sentence written here): the
 * statement goes on in the voice of the command that issued it, not in the voice of the source the page
 * named before it.
 */
class StatementCarriedOverTest {

    @TempDir Path dir;

    @Test
    void theStatementGoesOnInItsIssuersVoice() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "قتل عنصران من الأمن العام بهجوم على حاجز قرب قرية البودي في ريف جبلة صباح اليوم، بحسب المرصد السوري لحقوق الإنسان. "
                + "وألقت القوات القبض على ثلاثة مشتبهين، بحسب بيان لقيادة الأمن الداخلي في اللاذقية. "
                + "وأضاف البيان أن القوات صادرت بنادق وقذائف في مزرعة قرب القرية.");
        EventClaim arrest = TestArticles.first(es, org.isnad.vocab.Vocab.ISNAD + "Arrests");
        // the command is the Interior Ministry's internal security (actors.ttl, since session 36), not SOHR
        assertTrue(arrest.report().label().startsWith("Internal Security Forces (Syrian Interior Ministry)"), arrest.report().label());
        EventClaim seized = es.get(es.size() - 1);
        assertEquals(arrest.report().label(), seized.report().label());
    }
}
