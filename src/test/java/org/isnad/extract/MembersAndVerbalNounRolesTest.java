package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who acted and who was hit where real pages most often swapped them (learnt from real reporting, every
 * sentence written here): the members of a group named before a verb of being hit, or after a toll, were
 * hit; the group a verbal noun takes as its genitive, with an object after it, did the act; a group after
 * the men's noun on "ل" after an act's noun did it. Articles are published on 12 May 2024.
 */
class MembersAndVerbalNounRolesTest {

    private static final String ACTOR = "https://w3id.org/isnad/id/actor/";
    private static final String SDF = ACTOR + "sdf", ISIS = ACTOR + "isis", TURKEY = ACTOR + "turkish-forces",
            REGIME = ACTOR + "syrian-government-forces";

    @TempDir Path dir;

    private EventClaim only(String body) throws Exception {
        return TestArticles.only(dir, body);
    }

    private static void hit(EventClaim e, String group) {
        assertTrue(e.targets().contains(group), e.targets() + " " + e.actors());
        assertFalse(e.actors().contains(group), e.actors().toString());
    }

    private static void acted(EventClaim e, String group) {
        assertTrue(e.actors().contains(group), e.actors() + " " + e.targets());
        assertFalse(e.targets().contains(group), e.targets().toString());
    }

    @Test
    void membersNamedBeforeAVerbOfBeingHitWereHit() throws Exception {
        EventClaim e = only("وكان أربعة عناصر من قسد قد أُصيبوا مساء أمس بجروح جراء قصف مدفعي استهدف محيط بلدة عين عيسى.");
        assertEquals("https://w3id.org/isnad/ns#ShellingArtilleryMissileAttack", e.eventClass());
        hit(e, SDF);
        e = only("قيادي من قسد قُتل وأصيب مرافقه بجروح جراء استهداف طائرة مسيرة تركية لسيارته قرب بلدة عامودا.");
        assertEquals(EventTypes.DRONE_STRIKE, e.eventClass());
        hit(e, SDF);
        acted(e, TURKEY);
        // "خلية لداعش قتلت عنصرين": the verb has its object after it, so the cell killed
        e = only("خلية لداعش قتلت عنصرين من قسد قرب بلدة الشحيل أمس.");
        acted(e, ISIS);
        hit(e, SDF);
    }

    @Test
    void theGroupAfterATollAndFromWasHit() throws Exception {
        EventClaim e = only("سقط قتلى وجرحى من قسد جراء قصف تركي على قرية الدردارة أمس.");
        hit(e, SDF);
        acted(e, TURKEY);
    }

    @Test
    void theGenitiveOfAVerbalNounWithAnObjectDidTheAct() throws Exception {
        EventClaim e = only("وأفادت شبكة محلية باعتقال قوات النظام أربعة شبان من بلدة نمر أمس.");
        assertEquals(EventTypes.ARRESTS, e.eventClass());
        acted(e, REGIME);
        e = only("أفاد المرصد باستهداف عناصر من تنظيم داعش حاجزاً لقسد في بلدة الصبحة مساء أمس.");
        acted(e, ISIS);
        hit(e, SDF);
        // with no object after it, the genitive is who was taken or hit
        hit(only("أفاد المرصد باعتقال عناصر من قسد في بلدة الصبحة مساء أمس."), SDF);
    }

    @Test
    void theGroupOfTheMenOfAnActDidIt() throws Exception {
        EventClaim e = only("قتل جنديان من قوات النظام في كمين لعناصر تنظيم داعش في بادية السخنة أمس.");
        acted(e, ISIS);
        hit(e, REGIME);
        // a name the dictionary lacks written onto "ل": "لداعش"
        e = only("قتل عنصران من قوات النظام في هجوم لداعش على حاجز قرب السخنة أمس.");
        acted(e, ISIS);
        hit(e, REGIME);
    }
}
