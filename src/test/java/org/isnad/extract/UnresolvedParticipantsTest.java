package org.isnad.extract;

import static org.isnad.extract.TestArticles.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who acted and who was hit, when no reference list names them, are kept as written, as places the
 * gazetteer lacks are: "خطفت مجموعة مسلحة مجهولة شاباً" tells an abduction by someone and of someone.
 */
class UnresolvedParticipantsTest {

    @TempDir Path dir;

    private EventClaim only(String body) throws Exception {
        return TestArticles.only(dir, body);
    }

    @Test
    void anUnnamedGroupActsAndUnnamedPeopleAreHit() throws Exception {
        EventClaim e = only("خطفت مجموعة مسلحة مجهولة، أمس السبت، شاباً من أبناء بلدة القريا.");
        assertEquals(Set.of("مجموعة مسلحة مجهولة"), words(e.actorTexts()));
        assertEquals(Set.of("شاباً"), words(e.targetTexts()));
    }

    @Test
    void aCountBelongsToThePeopleItCounts() throws Exception {
        EventClaim e = only("اعتقلت الأجهزة الأمنية، مساء أمس، ثلاثة شبان في مدينة الميادين.");
        assertEquals(Set.of("الأجهزة الأمنية"), words(e.actorTexts()));
        assertEquals(Set.of("ثلاثة شبان"), words(e.targetTexts()));
    }

    @Test
    void peopleWhoProtestAreItsActors() throws Exception {
        EventClaim e = only("تظاهر عشرات المعلمين، أمس الأحد، أمام مبنى مديرية التربية في مدينة السويداء.");
        assertEquals(Set.of("عشرات المعلمين"), words(e.actorTexts()));
        assertTrue(e.targetTexts().isEmpty());
    }

    @Test
    void aKnownNameLeavesNoWordsBehind() throws Exception {
        EventClaim e = only("اعتقلت عناصر من قوات النظام، أمس، شاباً في مدينة درعا.");
        assertTrue(e.actorTexts().isEmpty(), () -> "known actor, yet " + e.actorTexts());
        assertTrue(!e.actors().isEmpty());
    }

    @Test
    void peopleSpokenOfAfterAPrepositionTakeNoPart() throws Exception {
        EventClaim e = only("أحرق محتجون، مساء أمس، إطارات في مدينة اعزاز، منددين بالإساءة للاجئين السوريين.");
        assertTrue(words(e.actorTexts()).stream().noneMatch(w -> w.contains("لاجئ")), () -> "" + e.actorTexts());
    }

    @Test
    void anEventThatNamesNoOneAndNowhereSaysSo() throws Exception {
        EventClaim e = only("استهدفت طائرات مسيرة مجهولة مطلع العام الجاري.");
        assertTrue(e.participantsUnknown(), "nothing known of who or where, said so");
    }
}
