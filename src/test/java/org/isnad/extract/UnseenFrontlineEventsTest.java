package org.isnad.extract;

import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events of the front line that real pages tell and isnad read no event at all in (session 23, issue 10): an
 * infiltration or advance attempt, told by the attempt itself or far from the words that repel it; a clash
 * told only as bursts of machine-gun fire exchanged. Every sentence is written here.
 */
class UnseenFrontlineEventsTest {

    @TempDir Path dir;

    private List<String> typesOf(String body) throws Exception {
        return types(TestArticles.events(dir, body));
    }

    @Test
    void anInfiltrationAttemptIsAnArmedClash() throws Exception {
        // the attempt told by its verb, repelled in the next clause
        EventClaim tried = TestArticles.only(dir,
                "حاولت مجموعة من قوات النظام التسلل إلى نقاط الفصائل على محور قرية الفطيرة جنوبي إدلب، فتصدت لها الفصائل.");
        assertEquals("ArmedClash", types(List.of(tried)).get(0));
        assertEquals(Modality.FOILED, tried.modality());
        // the repelling verb seven words before the attempt
        assertEquals(List.of("ArmedClash"), typesOf(
                "تصدت فصائل المعارضة المنتشرة على جبهات جبل الزاوية جنوبي إدلب لمحاولة تسلل قامت بها قوات النظام ليل الأحد."));
        // an advance that failed
        assertEquals(List.of("ArmedClash"), typesOf(
                "قامت قوات النظام بمحاولة تقدم فاشلة على محور كبانة بريف اللاذقية فجر أمس السبت."));
    }

    @Test
    void aMigrantShotWhileCrossingStaysAnAttack() throws Exception {
        // "محاولته التسلل" is someone crossing a border, not a force on a front line
        assertEquals(List.of("Attack"), typesOf(
                "قتل شاب برصاص حرس الحدود التركي أثناء محاولته التسلل إلى الأراضي التركية قرب دركوش، أمس الخميس."));
    }

    @Test
    void machineGunBurstsExchangedAreAnArmedClash() throws Exception {
        assertEquals(List.of("ArmedClash"), typesOf(
                "شهد محور قرية الدندنية بريف منبج رشقات رشاشة متبادلة بين قسد والجيش الوطني مساء الأحد."));
        assertEquals(List.of("ArmedClash"), typesOf(
                "تبادلت قسد والجيش الوطني رشقات رشاشة على محور قرية الدندنية بريف منبج مساء الأحد."));
    }
}
