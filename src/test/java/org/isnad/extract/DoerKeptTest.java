package org.isnad.extract;

import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The doer of an act kept (session 41): a time or the doer's allies between it and the act's noun, and a capture
 * dated "منذ أيام" before the side it was taken from. Every sentence is written here.
 */
class DoerKeptTest {

    private static final String ARMY = "https://w3id.org/isnad/id/actor/syrian-government-forces";

    @TempDir Path dir;

    private List<String> typesOf(String body) throws Exception {
        return types(TestArticles.events(dir, body)).stream().sorted().toList();
    }

    @Test
    void aTimeBetweenTheDoerAndTheActKeepsTheDoer() throws Exception {
        // three words of time stood between the army and "اشتباكات": it was read as merely mentioned
        assertTrue(TestArticles.only(dir, "خاضت عناصر من الجيش السوري، خلال الساعات الماضية، معارك عنيفة مع مسلحين قرب بلدة السخنة.")
                .actors().contains(ARMY));
        assertTrue(TestArticles.only(dir, "خاض الجيش خلال اليومين الماضيين اشتباكات مع مسلحين في محيط بلدة مورك.")
                .actors().contains(ARMY));
        assertTrue(TestArticles.only(dir, "خاضت وحدات الجيش مساء أمس مواجهات مع مسلحين في محيط بلدة اللطامنة.")
                .actors().contains(ARMY));
        // those who suffer, a time before the act's noun, are not made its doers
        assertTrue(TestArticles.only(dir, "قضى عدد من المدنيين، أواخر شهر آذار الفائت، بانفجار استهدف حافلة قرب بلدة صوران.")
                .actors().isEmpty());
    }

    @Test
    void theClashOfTheStateSideEndsInItsRegainingThePlace() throws Exception {
        // the clash had no state side, so the capture it ended in was a non-state one
        assertEquals(List.of("GovernmentRegainsTerritory"), typesOf(
                "خاضت وحدات الجيش خلال الساعات الماضية اشتباكات مع مسلحي جبهة النصرة في بلدة مورك بريف حماة الشمالي. "
                + "وأفادت مصادر محلية بأن الاشتباكات انتهت بدحر جبهة النصرة من بلدة مورك بريف حماة الشمالي."));
    }

    @Test
    void aForceWhoseNameRunsOnBeforeItsAlliesIsTheDoer() throws Exception {
        // "قوات نظام" is the name found; "الأسد" stood between it and the "و" of its allies
        assertEquals(List.of("GovernmentRegainsTerritory"), typesOf(
                "قوات نظام الأسد والميليشيات الموالية لها تمكنت من السيطرة على قرية الحماميات أمس."));
        assertEquals(List.of("GovernmentRegainsTerritory"), typesOf(
                "قوات نظام الأسد والمليشيات المساندة لها سيطرت أمس على تلة السيرياتيل شمال حماة."));
    }

    @Test
    void aFewDaysAgoBeforeTheSideItWasTakenFromIsARecentCapture() throws Exception {
        // "منذ أيام من قوات النظام" read as counted back from an event ("قبل يومين من الهجوم"): no date, so
        // the "since" of the capture made it a place held long since
        assertEquals(List.of("NonStateActorOvertakesTerritory"), typesOf(
                "استعادت الفصائل السيطرة على قرية تل ملح منذ أيام من قوات النظام."));
        assertEquals(List.of("NonStateActorOvertakesTerritory"), typesOf(
                "وسيطر التنظيم على بلدة الشعفة، وكان قد انتزع السيطرة عليها منذ يومين من قسد."));
        // months back is still a place held since
        assertEquals(List.of(), typesOf("وتسيطر الفصائل على القرية، وكانت قد انتزعت السيطرة عليها منذ أشهر من قوات النظام."));
    }
}
