package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An attack on a list of villages whose result, told in the next clause, is their capture is the capture of
 * each village, not an attack beside a capture (rdev28 page 06 gave six attacks and six captures for five
 * villages); a capture "right upon" another act ("فور سيطرتهم على …") dates the act told before it and does not
 * type it. Sentences written in the styles of the pages read.
 */
class CaptureSumsUpAttackTest {

    private static final String NS = "https://w3id.org/isnad/ns#";
    @TempDir Path dir;

    private static Set<String> typesOf(List<EventClaim> es) {
        return es.stream().map(e -> e.eventClass().substring(NS.length())).collect(Collectors.toSet());
    }

    @Test
    void anAttackThatEndedInTheCaptureOfThoseVillagesIsTheirCapture() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "شنّت فصائل موالية لأنقرة، اليوم، هجوماً واسعاً على قرى الرشيدية والقاسمية والمناخ شمالي الحسكة، أسفر عن سيطرتها على تلك القرى.");
        assertEquals(Set.of("NonStateActorOvertakesTerritory"), typesOf(es), es.toString());
        assertEquals(3, es.size(), es.toString());
        for (String v : List.of("الرشيدية", "القاسمية", "المناخ"))
            assertTrue(es.stream().anyMatch(e -> places(e).contains(v)), v + " " + es);
    }

    @Test
    void anAttackThatTookThemToldByAPronounIsTheirCapture() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "هاجم مقاتلو التنظيم، فجر اليوم، قريتي الرشيدية والقاسمية شمالي الحسكة، وتمكنوا من السيطرة عليهما.");
        assertEquals(Set.of("NonStateActorOvertakesTerritory"), typesOf(es), es.toString());
        assertEquals(2, es.size(), es.toString());
    }

    @Test
    void aCaptureOfAnotherVillageLeavesTheAttackItsOwn() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "شنّت الفصائل، اليوم، هجوماً على قرى الرشيدية والقاسمية شمالي الحسكة، وسيطرت على قرية تل طويل.");
        assertTrue(typesOf(es).contains("Attack") || typesOf(es).contains("ArmedClash"), es.toString());
    }

    @Test
    void anAttackRightUponACaptureKeepsItsType() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "شنّت الفصائل، اليوم، هجوماً عنيفاً على مزارع الدربو والكنيهر، وذلك فور سيطرتها على قرية الرشيدية.");
        assertTrue(es.stream().anyMatch(e -> places(e).contains("الدربو") && !e.eventClass().endsWith("Territory")), es.toString());
    }
}
