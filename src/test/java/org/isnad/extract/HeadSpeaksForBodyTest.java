package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The head of a body speaks for it (isnad:speaksForBody): "قال مدير المرصد السوري …" is the observatory, as
 * analysts credit it, not a bare "official". Every sentence written here.
 */
class HeadSpeaksForBodyTest {

    @TempDir Path dir;

    private EventClaim first(String body) throws Exception {
        return TestArticles.events(TestArticles.byOutlet(dir, "Al Jazeera", body)).get(0);
    }

    @Test
    void theDirectorOfANamedBodySpeaksForIt() throws Exception {
        EventClaim e = first("وقال مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن لوكالة الصحافة الفرنسية إن"
                + " طائرات حربية قصفت بلدة سرمين في ريف إدلب.");
        assertTrue(e.report().label().contains("SOHR"), e.report().label());
    }

    @Test
    void theDirectorOfTheBodyNamedBeforeSpeaksForIt() throws Exception {
        EventClaim e = first("وذكر المرصد السوري لحقوق الإنسان أن قوات النظام قصفت مدينة أريحا.\n\n"
                + "وقال مدير المرصد رامي عبد الرحمن إن طائرات حربية قصفت بلدة سرمين في ريف إدلب.");
        EventClaim second = TestArticles.events(TestArticles.byOutlet(dir, "Al Jazeera",
                "وذكر المرصد السوري لحقوق الإنسان أن قوات النظام قصفت مدينة أريحا.\n\n"
                + "وقال مدير المرصد رامي عبد الرحمن إن طائرات حربية قصفت بلدة سرمين في ريف إدلب.")).get(1);
        assertTrue(e.report().label().contains("SOHR"), e.report().label());
        assertTrue(second.report().label().contains("SOHR"), second.report().label());
    }
}
