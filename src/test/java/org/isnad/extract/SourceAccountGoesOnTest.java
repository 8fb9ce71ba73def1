package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 43: who reports what a page tells after its source was named. Sentences written for these tests, in
 * the styles of pages that carry an agency's item and of wire items that name their source once.
 */
class SourceAccountGoesOnTest {

    @TempDir Path dir;

    private static EventClaim toldIn(List<Claim> cs, String words) {
        return TestArticles.events(cs).stream().filter(e -> e.evidence().stream().anyMatch(ev -> ev.text().contains(words)))
                .findFirst().orElseThrow(() -> new AssertionError("no event told in «" + words + "»: " + cs));
    }

    private static void toldBy(List<Claim> cs, String words, String speakerSlug) {
        Report r = toldIn(cs, words).report();
        assertEquals(ReportKind.SOURCE_REPORT, r.kind(), r.label());
        assertTrue(r.speaker() != null && r.speaker().endsWith("/" + speakerSlug), r.speaker() + " " + r.label());
    }

    @Test
    void theCorrespondentReferredBackIsTheAgencysNamedBefore() throws Exception {
        // a page that carries an agency's item: "المراسل" is the agency's correspondent named in the lead
        List<Claim> cs = TestArticles.byOutlet(dir, "MicroSyria",
                "جرح ثلاثة مدنيين بقصف مدفعي لقوات النظام على مدينة الرستن شمال حمص، اليوم الأحد، بحسب مراسل \"سمارت\".\n"
                + "وقال المراسل، إن قوات النظام قصفت بلدة تلبيسة بقذائف الهاون من حاجز ملوك، دون وقوع إصابات.");
        toldBy(cs, "تلبيسة", "smart");
        // with no other correspondent named, "المراسل" is still the outlet's own
        cs = TestArticles.byOutlet(dir, "MicroSyria",
                "وقال المراسل، إن قوات النظام قصفت بلدة تلبيسة بقذائف الهاون من حاجز ملوك، دون وقوع إصابات.");
        assertEquals(ReportKind.OUTLET_REPORTING, toldIn(cs, "تلبيسة").report().kind());
    }
}
