package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void aSourceDatingClashesTheLeadLeftUndatedIsLinked() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "اندلعت اشتباكات بين مجموعتين مسلحتين في مدينة شهبا بريف السويداء، بعد خلاف بين عائلتين. "
                + "وقالت صفحة “شهبا اليوم” المحلية إن المواجهات التي جرت أمس، السبت، أسفرت عن مقتل ثلاثة أشخاص.");
                assertEquals(2, es.size(), es.toString());
        assertTrue(es.get(1).sameEventAs().contains(es.get(0).key()), es.toString());
    }
}
