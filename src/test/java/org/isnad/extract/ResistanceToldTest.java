package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An attack on armed men is an Armed clash (ACLED) only when the account tells they fought back, in its own
 * sentence or the next ones, or that the attack hit a position they hold; told alone, an attack on men, a patrol or a car stays an Attack. Every
 * sentence is written here, in the style of reports of attacks on patrols and checkpoints in Daraa, Deir
 * ez-Zor and Tartus (2014-25).
 */
class ResistanceToldTest {

    @TempDir Path dir;

    private static final String SHOT = "أطلق مسلحون مجهولون النار على دورية عسكرية في بلدة نوى بريف درعا الغربي "
            + "اليوم، ما أدى إلى مقتل عنصرين.\n";

    private List<String> types(String body) throws Exception {
        return TestArticles.events(dir, body).stream().map(EventClaim::eventClass).sorted().toList();
    }

    @Test
    void anAttackOnAPatrolWithNoResistanceToldStaysAnAttack() throws Exception {
        assertEquals(List.of(EventTypes.ATTACK), types(SHOT + "ولاذ المهاجمون بالفرار إلى جهة مجهولة.\n"));
    }

    @Test
    void fireReturnedInTheNextSentenceMakesAClash() throws Exception {
        assertEquals(List.of(EventTypes.ARMED_CLASH), types(SHOT + "وردّت الدورية على مصادر النيران.\n"));
        assertEquals(List.of(EventTypes.ARMED_CLASH), types(SHOT + "فبادلتهم الدورية إطلاق النار حتى فروا.\n"));
        assertEquals(List.of(EventTypes.ARMED_CLASH), types(SHOT + "ووقع إطلاق نار متبادل بين الطرفين.\n"));
    }

    @Test
    void clashesThatBrokeOutAfterTheAttackMakeItAClash() throws Exception {
        List<String> ts = types(SHOT + "واندلعت اشتباكات بين الطرفين على إثر ذلك.\n");
        assertTrue(ts.contains(EventTypes.ARMED_CLASH) && !ts.contains(EventTypes.ATTACK), ts.toString());
    }

    @Test
    void clashesOfAnotherMatterDoNot() throws Exception {
        List<String> ts = types(SHOT + "وفي سياق آخر، اندلعت اشتباكات بين فصيلين في بلدة طفس.\n");
        assertTrue(ts.contains(EventTypes.ATTACK), ts.toString());
    }

    @Test
    void aGroundAttackOnAPositionClashesAsTold() throws Exception {
        assertEquals(List.of(EventTypes.ARMED_CLASH), types(
                "هاجم مسلحون مجهولون حاجزاً للأمن العسكري في مدينة جاسم اليوم، ما أدى إلى مقتل عنصرين.\n"
                + "ولاذ المهاجمون بالفرار إلى جهة مجهولة.\n"));
    }

    @Test
    void aCarOfTheSecurityForcesShotAtStaysAnAttack() throws Exception {
        assertEquals(List.of(EventTypes.ATTACK), types(
                "استهدف مسلحون يستقلون دراجة نارية سيارة تابعة لقوى الأمن الداخلي في بلدة الكشكية بسلاح رشاش اليوم، "
                + "ما أدى إلى مقتل عنصر.\nوفرضت القوات طوقاً حول المكان.\n"));
    }
}
