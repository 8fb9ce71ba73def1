package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A denial of who did an act (issue 10; every sentence written here): "ونفت تل أبيب مسؤوليتها عن الانفجار"
 * after the article told the blast. The blast stays told once, as done, by whoever told it; the denier's
 * words are its statement about it, in its own name.
 */
class DeniedResponsibilityTest {

    @TempDir Path dir;

    private List<Claim> read(String body) throws Exception {
        return TestArticles.read(TestArticles.lexicon(), dir, "2024-05-12", body);
    }

    @Test
    void theDeniersWordsAreItsStatementAboutTheBlastToldBefore() throws Exception {
        List<Claim> cs = read("أصيب مدنيان بانفجار في حي المزة بدمشق صباح اليوم. ونفت تل أبيب مسؤوليتها عن الانفجار.");
        List<EventClaim> es = TestArticles.events(cs);
        // one blast, as the outlet told it, not told again in Israel's voice
        assertEquals(1, es.size(), es.toString());
        assertEquals(Modality.ASSERTED, es.get(0).modality());
        assertEquals(ReportKind.OUTLET_REPORTING, es.get(0).report().kind());
        List<StatementClaim> st = TestArticles.statements(cs);
        assertEquals(1, st.size(), cs.toString());
        assertTrue(st.get(0).report().label().contains("Israel"), st.get(0).report().label());
        assertEquals(es.get(0).key(), st.get(0).about().orElseThrow());
    }

    @Test
    void aTieDeniedIsWhoDidItToo() throws Exception {
        // "أي صلة لها", "علاقته": the tie to the act is denied, not the act
        List<Claim> cs = read("قتل عنصران بغارة جوية على مستودع قرب مطار دمشق الدولي فجر اليوم. "
                + "ونفت إسرائيل أي صلة لها بالغارة، مؤكدة أنها لا تعلق على التقارير الأجنبية.");
        List<EventClaim> es = TestArticles.events(cs);
        assertEquals(1, es.size(), es.toString());
        assertEquals(Modality.ASSERTED, es.get(0).modality());
        assertEquals(1, TestArticles.statements(cs).size(), cs.toString());
    }

    @Test
    void aBlastToldOnlyInTheDenialIsTheOutletsToTell() throws Exception {
        // the denier does not say the blast happened; the page does, by naming it
        List<Claim> cs = read("نفت تل أبيب مسؤوليتها عن الانفجار الذي هز حي المزة في دمشق مساء أمس، وأسفر عن إصابات.");
        List<EventClaim> es = TestArticles.events(cs);
        assertEquals(1, es.size(), es.toString());
        assertEquals(ReportKind.OUTLET_REPORTING, es.get(0).report().kind());
        assertEquals(Modality.ASSERTED, es.get(0).modality());
        assertEquals(1, TestArticles.statements(cs).size(), cs.toString());
    }

    @Test
    void aDenialOfTheActItselfIsNoStatement() throws Exception {
        // "نفت … وقوع انفجار": the act is what is denied; a denied claim, as before
        List<Claim> cs = read("نفت إسرائيل وقوع انفجار في حي المزة بدمشق اليوم.");
        assertEquals(Modality.DENIED, TestArticles.events(cs).get(0).modality());
        assertEquals(0, TestArticles.statements(cs).size(), cs.toString());
    }
}
