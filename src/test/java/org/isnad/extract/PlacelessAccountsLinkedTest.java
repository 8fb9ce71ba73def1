package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Named sources that retell, with no place of their own, the event the lead placed are linked to that
 * event (sameEventAs), so a reader sees one strike told by three voices. Every sentence is written here.
 */
class PlacelessAccountsLinkedTest {

    @TempDir Path dir;

    @Test
    void twoSourcesInARowAreBothLinkedToThePlacedStrike() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "استهدفت طائرة مسيّرة تركية سيارة مدنية قرب مدينة القامشلي، اليوم الأحد. "
                + "وقالت شبكة “نبض الجزيرة” المحلية إن طائرة مسيّرة استهدفت السيارة بصاروخين اليوم. "
                + "وقال موقع “الحسكة الآن” إن طائرة مسيّرة قصفت السيارة وأصابت ثلاثة ركاب.");
                EventClaim lead = es.get(0);
        assertTrue(es.size() >= 2, es.toString());
        for (EventClaim c : es.subList(1, es.size())) assertTrue(c.sameEventAs().contains(lead.key()), es.toString());
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
