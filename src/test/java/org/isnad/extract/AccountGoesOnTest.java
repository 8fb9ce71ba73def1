package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How far a source's voice carries (session 39): a sentence tied to the account before it by "then, in reply,
 * at the same time" (VoiceCarriedOn); a lead the first source to tell it again gives (LeadToldBySource). Every
 * sentence written here.
 */
class AccountGoesOnTest {

    @TempDir Path dir;

    private static final String SOURCE = "وقال مصدر عسكري لموقع “بلدي نيوز” إن عناصر من التنظيم هاجموا بالقذائف حاجزاً"
            + " للقوات الحكومية عند مدخل مدينة تدمر مساء الجمعة.\n\n";

    private EventClaim at(List<EventClaim> es, String word) {
        return es.stream().filter(e -> e.evidence().stream().anyMatch(x -> x.text().contains(word))).findFirst().orElseThrow();
    }

    @Test
    void aSentenceTiedToTheAccountGoesOnInTheSourcesVoice() throws Exception {
        List<EventClaim> es = TestArticles.events(TestArticles.byOutlet(dir, "Baladi News", SOURCE
                + "وبالتزامن، اعتقل عناصر من التنظيم خمسة جنود على طريق تدمر ودمشق.\n\n"));
        EventClaim arrest = at(es, "وبالتزامن");
        assertEquals(ReportKind.SOURCE_REPORT, arrest.report().kind(), arrest.report().label());
        assertTrue(arrest.report().label().startsWith("military source"), arrest.report().label());
    }

    @Test
    void aSentenceWithNoTieIsTheOutletsOwn() throws Exception {
        List<EventClaim> es = TestArticles.events(TestArticles.byOutlet(dir, "Baladi News", SOURCE
                + "واعتقل عناصر من التنظيم خمسة جنود على طريق تدمر ودمشق.\n\n"));
        EventClaim arrest = at(es, "واعتقل");
        assertEquals(ReportKind.OUTLET_REPORTING, arrest.report().kind(), arrest.report().label());
    }

    @Test
    void theLeadIsTheAccountOfTheFirstSourceToTellItAgain() throws Exception {
        // the announcement first is another matter; the security source retells the lead's attack
        String body = "استهدف مسلحون مجهولون، ليل الأربعاء، حاجزاً للأسايش في بلدة ذيبان بريف دير الزور الشرقي بقذيفة صاروخية.\n\n"
                + "وأعلنت قسد، يوم الخميس، عن تنفيذ عملية ضد خلايا التنظيم في ريف الحسكة.\n\n"
                + "وذكر مصدر أمني لموقع “بلدي نيوز” أن مسلحين مجهولين هاجموا حاجزاً للأسايش في بلدة ذيبان بقذيفة صاروخية.\n\n";
        EventClaim lead = TestArticles.events(TestArticles.byOutlet(dir, "Baladi News", body)).get(0);
        assertTrue(lead.report().label().startsWith("security source"), lead.report().label());
    }
}
