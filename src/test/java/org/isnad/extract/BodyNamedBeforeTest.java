package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A body named in full, then called by its first noun (issue 10; every sentence written here): "شنت هيئة
 * تحرير الشام حملة … وقالت الهيئة في بيان إن …" is HTS speaking, not the outlet or the last speaker.
 */
class BodyNamedBeforeTest {

    @TempDir Path dir;

    private List<Claim> read(String body) throws Exception {
        return TestArticles.read(TestArticles.lexicon(), dir, "2024-05-12", body);
    }

    @Test
    void theBareNounSpeaksForTheBodyNamedBefore() throws Exception {
        List<Claim> cs = read("شنت هيئة تحرير الشام حملة مداهمات في بلدة سرمدا شمالي إدلب صباح اليوم. "
                + "وقالت الهيئة في بيان إن الحملة تستهدف خلايا تنظيم داعش.");
        List<StatementClaim> st = TestArticles.statements(cs);
        assertEquals(1, st.size(), cs.toString());
        assertTrue(st.get(0).report().label().contains("HTS"), st.get(0).report().label());
    }

    @Test
    void anEventItTellsIsInItsVoice() throws Exception {
        // what the body then tells of its own is its report, not the last speaker's
        List<Claim> cs = read("قال المرصد السوري لحقوق الإنسان إن هيئة تحرير الشام قصفت بلدة كفرنبل أمس. "
                + "وأعلنت الهيئة اعتقال ثلاثة أشخاص في مدينة سرمدا اليوم.");
        EventClaim arrest = TestArticles.first(TestArticles.events(cs), org.isnad.vocab.Vocab.ISNAD + "Arrests");
        assertTrue(arrest.report().label().contains("HTS"), arrest.report().label());
    }

    @Test
    void aBodyNeverNamedIsNoSpeakerFromThatNoun() throws Exception {
        // no body whose name begins "هيئة" was named: the outlet still tells it
        List<Claim> cs = read("قصفت قوات النظام بلدة كفرنبل جنوبي إدلب صباح اليوم. وقالت الهيئة في بيان إن القصف طال منازل المدنيين.");
        assertEquals(0, TestArticles.statements(cs).size(), cs.toString());
    }
}
