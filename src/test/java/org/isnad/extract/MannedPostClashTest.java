package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An attack told as hitting a post armed men hold (a checkpoint, barracks, a security point: isnad:manned) is an
 * attack on armed men, an armed clash as ACLED codes it; a checkpoint whose men fired, or a bare "نقطة", is not.
 * Every sentence is written here, in the style of reports of attacks on checkpoints in Daraa, Deir ez-Zor,
 * Raqqa and Rif Dimashq (2024-26).
 */
class MannedPostClashTest {

    @TempDir Path dir;

    @Test
    void gunmenWhoAttackACheckpointClash() throws Exception {
        assertEquals(EventTypes.ARMED_CLASH, TestArticles.only(dir,
                "هاجمت مجموعة مسلحة حاجزاً على أطراف مدينة جاسم بريف درعا مساء اليوم.").eventClass());
        assertEquals(EventTypes.ARMED_CLASH, TestArticles.only(dir,
                "وهاجم مسلحون مجهولون نقاطاً أمنية على أطراف بلدة صحنايا بريف دمشق فجر اليوم.").eventClass());
    }

    @Test
    void aCheckpointThatCameUnderAttackClashes() throws Exception {
        assertEquals(EventTypes.ARMED_CLASH, TestArticles.only(dir,
                "تعرض حاجز عسكري في مدينة الصنمين لهجوم مسلح نفذه مجهولون مساء اليوم.").eventClass());
    }

    @Test
    void fireOnACheckpointClashes() throws Exception {
        assertEquals(EventTypes.ARMED_CLASH, TestArticles.only(dir,
                "أطلق مسلحان يستقلان دراجة نارية النار على حاجز عسكري في بلدة البحرة بريف دير الزور اليوم.").eventClass());
    }

    @Test
    void theTargetingOfACheckpointToldByItsNounClashes() throws Exception {
        assertEquals(EventTypes.ARMED_CLASH, TestArticles.only(dir,
                "شهدت بلدة الحراك بريف درعا اليوم استهداف حاجز للأمن العسكري بالرصاص من قبل مسلحين مجهولين.").eventClass());
    }

    @Test
    void aManShotByTheCheckpointsMenIsAnAttack() throws Exception {
        assertEquals(EventTypes.ATTACK, TestArticles.only(dir,
                "قتل شاب برصاص حاجز عسكري عند مدخل مدينة الصنمين اليوم.").eventClass());
    }

    @Test
    void aBarePointIsNoPostOfArmedMen() throws Exception {
        assertEquals(EventTypes.ATTACK, TestArticles.only(dir,
                "هاجم مسلحون نقطة طبية في بلدة البحرة بريف دير الزور اليوم.").eventClass());
    }
}
