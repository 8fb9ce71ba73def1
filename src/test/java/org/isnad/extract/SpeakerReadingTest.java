package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who speaks, as real reporting names its speakers: the outlet naming itself, people the reference data
 * cannot list ("معلمة", "والد الشاب"), "بحسب ما أفادت المصادر". Sentences written for these tests.
 */
class SpeakerReadingTest {

    @TempDir Path dir;

    private List<Claim> claims(String outlet, String body) throws Exception {
        return TestArticles.byOutlet(dir, outlet, body);
    }

    private static EventClaim toldIn(List<Claim> cs, String words) {
        return TestArticles.events(cs).stream().filter(e -> e.evidence().stream().anyMatch(ev -> ev.text().contains(words)))
                .findFirst().orElseThrow(() -> new AssertionError("no event told in «" + words + "»: " + cs));
    }

    @Test
    void theOutletNamingItselfSpeaksInItsOwnVoice() throws Exception {
        // the observatory's own round-up names the observatory: its own reporting, not a source it cites
        List<Claim> cs = claims("SOHR", "محافظة درعا: رصد المرصد السوري لحقوق الإنسان اعتقال دورية أمنية شاباً في بلدة الصنمين "
                + "مساء أمس. وكان المرصد السوري قد أشار صباح اليوم إلى أن مسلحين اغتالوا رجلاً في بلدة طفس.");
        assertEquals(ReportKind.OUTLET_REPORTING, toldIn(cs, "الصنمين").report().kind(), toldIn(cs, "الصنمين").report().label());
        assertEquals(ReportKind.OUTLET_REPORTING, toldIn(cs, "طفس").report().kind(), toldIn(cs, "طفس").report().label());
        // another outlet quoting the observatory still cites it
        cs = claims("North Press", "رصد المرصد السوري لحقوق الإنسان اعتقال دورية أمنية شاباً في بلدة الصنمين مساء أمس.");
        assertEquals(ReportKind.SOURCE_REPORT, toldIn(cs, "الصنمين").report().kind(), toldIn(cs, "الصنمين").report().label());
    }
    @Test
    void aPersonNoListKnowsSpeaksForWhatFollows() throws Exception {
        // a noun the speaker list lacks, described, then "إن": the teacher tells the arrest, not the outlet
        List<Claim> cs = claims("North Press", "وقالت ممرضة تعمل في المستوصف، لنورث برس، إن دورية للأسايش اعتقلت "
                + "زميلين لها في مدينة الطبقة مساء أمس.");
        Report r = toldIn(cs, "الطبقة").report();
        assertEquals(ReportKind.SOURCE_REPORT, r.kind(), r.label());
        assertTrue(r.label().contains("ممرضة"), r.label());
        // "والد" is no article: the father of the young man is described here
        cs = claims("Syria TV", "وقال والد الشاب لموقع تلفزيون سوريا إن عناصر الأمن اعتقلوا ابنه من منزله في بلدة الصنمين مساء أمس.");
        r = toldIn(cs, "الصنمين").report();
        assertEquals(ReportKind.SOURCE_REPORT, r.kind(), r.label());
        // what such a person says of prices is their statement
        cs = claims("Enab Baladi", "وقال سائق يعمل على خط المزة لعنب بلدي إن أجرة الراكب تضاعفت خلال أسبوع واحد.");
        assertTrue(cs.stream().anyMatch(c -> c instanceof StatementClaim), cs.toString());
        // the outlet's own correspondent and its own sources keep their readings
        cs = claims("Step News", "وأضاف مراسلنا أن قذيفة أطلقتها قوات النظام أصابت منزلاً في بلدة قسطون أمس.");
        assertEquals(ReportKind.OUTLET_REPORTING, toldIn(cs, "قسطون").report().kind(), toldIn(cs, "قسطون").report().label());
        cs = claims("Step News", "قالت مصادر خاصة لوكالة ستيب الإخبارية إن قوات النظام قصفت بلدة قسطون أمس.");
        assertEquals(ReportKind.ANONYMOUS_SOURCES, toldIn(cs, "قسطون").report().kind(), toldIn(cs, "قسطون").report().label());
        // a particle after the verb opens what is said: the speaker is the one named before
        cs = claims("SY24", "قال مصدر محلي لمنصة SY24 إن دورية اعتقلت شاباً في بلدة الحراك أمس. "
                + "وأشار إلى أن دورية أخرى داهمت منزلاً في مدينة إزرع.");
        assertEquals(toldIn(cs, "الحراك").report(), toldIn(cs, "إزرع").report(), toldIn(cs, "إزرع").report().label());
    }

    @Test
    void aSpeakerSpeakingOfTheEventToldIsAStatementToo() throws Exception {
        List<Claim> cs = claims("North Press", "اعتصم عشرات الممرضين، اليوم الاثنين، أمام مبنى مديرية الصحة في مدينة الحسكة. "
                + "وقالت إحدى الممرضات لنورث برس إن الاعتصام سيتواصل حتى تُصرف الرواتب المتأخرة.");
        assertTrue(cs.stream().anyMatch(c -> c instanceof StatementClaim st && st.evidence().stream()
                .anyMatch(e -> e.text().contains("الاعتصام سيتواصل"))), cs.toString());
    }
}
