package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Named sources that retell, with no place of their own, the event the lead placed are that event: one claim
 * at its place, the sources kept as its further reporters (isnad:alsoReportedBy), so a reader sees one strike
 * told by three voices (PlacelessRetelling, as the analysts code one event per place, day and act). Every
 * sentence is written here.
 */
class PlacelessAccountsLinkedTest {

    @TempDir Path dir;

    @Test
    void twoSourcesInARowAreBothReportersOfThePlacedStrike() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "استهدفت طائرة مسيّرة تركية سيارة مدنية قرب مدينة القامشلي، اليوم الأحد. "
                + "وقالت شبكة “نبض الجزيرة” المحلية إن طائرة مسيّرة استهدفت السيارة بصاروخين اليوم. "
                + "وقال موقع “الحسكة الآن” إن طائرة مسيّرة قصفت السيارة وأصابت ثلاثة ركاب.");
        assertEquals(1, es.size(), es.toString());
        EventClaim lead = es.get(0);
        assertFalse(lead.places().isEmpty(), lead.toString());
        // the bare lead takes the voice of the network that tells it next (LeadToldBySource); the site is added
        String voices = lead.report() + " " + lead.alsoToldBy();
        assertTrue(voices.contains("نبض") && voices.contains("الحسكة"), voices);
    }

    @Test
    void aSourceDatingClashesTheLeadLeftUndatedIsThatClash() throws Exception {
        // the outlet's bare lead takes the voice of the page that tells it next (LeadToldBySource); the page's
        // placeless account is then the same report's and folds in (PlacelessRetelling): one clash, placed by
        // the lead, dated by the page ("أمس، السبت"), with the evidence of both sentences
        EventClaim clash = TestArticles.only(dir, "اندلعت اشتباكات بين مجموعتين مسلحتين في مدينة شهبا بريف السويداء، بعد خلاف بين عائلتين. "
                + "وقالت صفحة “شهبا اليوم” المحلية إن المواجهات التي جرت أمس، السبت، أسفرت عن مقتل ثلاثة أشخاص.");
        assertTrue(clash.time().resolved(), clash.time().toString());
        assertEquals(2, clash.evidence().size(), clash.evidence().toString());
        assertFalse(clash.places().isEmpty(), clash.toString());
        assertTrue(clash.report().isNamedSpeaker(), clash.report().toString());
    }
}
