package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who speaks on real pages, in words the lexicon did not hold (every sentence written here): what a speaker
 * deems ("اعتبر"), what accounts pass round ("تداولت حسابات"), a body that speaks for itself told before its
 * verb ("وكانت الشرطة العسكرية أعلنت"), and speakers glossed as analysts name them (member, teacher, centre).
 */
class SpeakersNamedAsAnalystsDoTest {

    @TempDir Path dir;

    /** Every claim of a body published by that outlet on Sunday 12 May 2024. */
    private List<Claim> claims(String outlet, String body) throws Exception {
        return TestArticles.byOutlet(dir, outlet, body);
    }

    private List<EventClaim> events(String outlet, String body) throws Exception {
        return claims(outlet, body).stream().filter(c -> c instanceof EventClaim).map(c -> (EventClaim) c).toList();
    }

    @Test
    void whatASpeakerDeemsIsTheirStatement() throws Exception {
        // "واعتبر الوزير أن …": a verb of deeming opens what the minister says, a statement of his
        List<Claim> cs = claims("Enab Baladi", "واعتبر وزير الخارجية التركي أن العملية العسكرية ضرورية لحماية الحدود الجنوبية لبلاده.");
        assertEquals(1, cs.size(), cs.toString());
        assertTrue(cs.get(0) instanceof StatementClaim);
        assertTrue(cs.get(0).report().label().startsWith("minister"), cs.get(0).report().label());
        // "ويعتبر هذا القصف الثالث": the present is the passive, the outlet's own word, no speaker
        List<Claim> own = claims("Enab Baladi", "قصفت قوات النظام بلدة كفرنبل بالمدفعية. ويعتبر هذا القصف الثالث من نوعه على البلدة خلال الشهر الجاري.");
        assertTrue(own.stream().allMatch(c -> c.report().kind() == ReportKind.OUTLET_REPORTING), own.toString());
    }

    @Test
    void whatAccountsPassRoundIsTheirs() throws Exception {
        EventClaim e = events("Syria TV", "وتداولت حسابات على مواقع التواصل الاجتماعي أنباء عن انفجار سيارة مفخخة في مدينة الباب.").get(0);
        assertNotEquals(ReportKind.OUTLET_REPORTING, e.report().kind());
        assertTrue(e.report().label().startsWith("social media accounts"), e.report().label());
    }

    @Test
    void aBodyThatSpeaksForItselfToldBeforeItsVerbSpeaks() throws Exception {
        // "وكانت الشرطة العسكرية أعلنت …": the military police announced the arrest, not the outlet
        EventClaim e = events("Halab Today", "وكانت الشرطة العسكرية أعلنت، الأحد الماضي، إلقاء القبض على عنصر متهم بقتل شاب في مدينة عفرين.").get(0);
        assertTrue(e.eventClass().endsWith("Arrests"), e.eventClass());
        assertNotEquals(ReportKind.OUTLET_REPORTING, e.report().kind());
        assertTrue(e.report().label().contains("police"), e.report().label());
    }

    @Test
    void speakersAreGlossedAsAnalystsNameThem() throws Exception {
        EventClaim member = events("Syria TV", "ونفى عضو في لجنة المصالحة بريف درعا الغربي صحة الأنباء عن اعتقال أحد الوجهاء في مدينة طفس.").get(0);
        assertTrue(member.report().label().startsWith("member"), member.report().label());
        EventClaim teacher = events("North Press", "وقالت معلمة مشاركة في الوقفة، لنورث برس، إن دورية للأسايش أوقفت اثنين من زملائها في مدينة الطبقة.").get(0);
        assertTrue(teacher.report().label().startsWith("teacher"), teacher.report().label());
        Claim centre = claims("Syria TV", "ووثق مركز توثيق الانتهاكات في شمالي سوريا مقتل 11 مدنياً برصاص حرس الحدود التركي منذ مطلع العام.").get(0);
        // (the northern centre is in the reference data since session 40: its own name, not "center (…)")
        assertTrue(centre.report().label().contains("Violations Documentation Center"), centre.report().label());
    }

    @Test
    void aSourceNamedInATrailingAccordingToGoesOnAfterAColon() throws Exception {
        // "…، حسبما قال سامر، أحد سكان البلدة": the resident tells the abduction; "وأضاف، “…”" is still him
        List<Claim> cs = claims("Enab Baladi", "اختطف مسلحون ثلاثة مزارعين في أثناء عملهم بأرضهم غربي البلدة، حسبما قال سامر، أحد سكان البلدة لعنب بلدي.\n\n"
                + "وأضاف، “حتى الآن لا نعرف من خطفهم ولا أين يحتجزونهم”.");
        assertTrue(cs.get(0).report().label().startsWith("a resident"), cs.get(0).report().label());
        Claim goesOn = cs.get(cs.size() - 1);
        assertTrue(goesOn instanceof StatementClaim, cs.toString());
        assertTrue(goesOn.report().label().startsWith("a resident"), goesOn.report().label());
        // "وأضاف: “الجيش الإسرائيلي يمنع …”": the army named inside the quote is what is said, not who says it
        List<Claim> quoted = claims("Enab Baladi", "صرح مدير الإعلام في محافظة القنيطرة اليوم بأن الغضب يسود بين الأهالي بسبب التوغل الإسرائيلي.\n\n"
                + "وأضاف: \"الجيش الإسرائيلي يمنع المزارعين من الوصول إلى أراضيهم\".");
        Claim last = quoted.get(quoted.size() - 1);
        assertTrue(last.report().label().startsWith("official"), last.report().label());
    }
}
