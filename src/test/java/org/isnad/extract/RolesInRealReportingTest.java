package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who acted and who was hit in the assassinations and shootings local outlets report most (learnt from real
 * pages, every sentence written here): the side the unknown attackers are believed to belong to is theirs,
 * and a group's name inside a village's name names no one. Articles are published on 12 May 2024.
 */
class RolesInRealReportingTest {

    private static final String ISIS = "https://w3id.org/isnad/id/actor/isis";
    private static final String SDF = "https://w3id.org/isnad/id/actor/sdf";
    private static final String BAGGARA = "https://w3id.org/isnad/id/actor/baggara-tribe";

    @TempDir Path dir;

    private EventClaim only(String body) throws Exception {
        return TestArticles.only(dir, body);
    }

    private static void attackBy(EventClaim e, String actor) {
        assertEquals(EventTypes.ATTACK, e.eventClass(), e.toString());
        assertTrue(e.actors().contains(actor), e.actors().toString());
        assertFalse(e.targets().contains(actor), e.targets().toString());
    }

    @Test
    void theSideTheAttackersAreBelievedToBelongToActed() throws Exception {
        attackBy(only("قتل رجل على يد مسلحين مجهولين يعتقد بارتباطهم بتنظيم داعش أمس في بلدة الشحيل."), ISIS);
        attackBy(only("قتل رجل برصاص مجهولين يشتبه بانتمائهم لخلايا داعش قرب منزله في بلدة الشحيل."), ISIS);
        attackBy(only("اغتال مسلحون يرجح أنهم من خلايا تنظيم داعش مدنيا في بلدة الشحيل."), ISIS);
        attackBy(only("أطلق مسلحون يعتقد أنهم تابعون لتنظيم داعش النار على شاب في بلدة الشحيل ما أدى لمقتله."), ISIS);
        // the phrase describes the participant it follows: here the young man who was hit
        EventClaim e = only("اغتال مسلحون مجهولون شابا يعتقد أنه من عناصر قوات سوريا الديمقراطية في بلدة الشحيل.");
        assertTrue(e.targets().contains(SDF), e.targets().toString());
        assertFalse(e.actors().contains(SDF), e.actors().toString());
    }

    @Test
    void anAffiliationSetOffByACommaOrToldWithTwoWordsIsStillTheAttackers() throws Exception {
        EventClaim e = only("قتل رجل برصاص مسلحين مجهولين، يعتقد أنهم يتبعون لتنظيم داعش في بلدة الشحيل.");
        assertTrue(e.actors().contains(ISIS), e.actors().toString());
        assertFalse(e.targets().contains(ISIS), e.targets().toString());
    }

    @Test
    void whoStandsBeforeAVerbWithAnAgentPhraseWasHit() throws Exception {
        // unvocalised "قتل" is passive when "برصاص" names the killers after it
        EventClaim e = only("وأفادت مصادر محلية بأن عنصرا من قوات سوريا الديمقراطية قتل برصاص مسلحين مجهولين في بلدة الشحيل.");
        assertTrue(e.targets().contains(SDF), e.targets().toString());
        assertFalse(e.actors().contains(SDF), e.actors().toString());
        // with no agent phrase the one before the verb still acted
        e = only("وأفادت مصادر محلية بأن قوات سوريا الديمقراطية قصفت بلدة الشحيل.");
        assertTrue(e.actors().contains(SDF), e.actors().toString());
    }

    @Test
    void whoFiredIsNamedAfterTheFire() throws Exception {
        // "تعرّض لإطلاق نار من …": the one exposed to the fire was hit, the ones after "من" fired
        EventClaim e = only("تعرض عنصر من قوات سوريا الديمقراطية لإطلاق نار من مسلحين مجهولين في بلدة الشحيل.");
        assertTrue(e.targets().contains(SDF), e.targets().toString());
        assertFalse(e.actors().contains(SDF), e.actors().toString());
        e = only("قتل عنصر من قوات سوريا الديمقراطية بعد تعرضه لإطلاق رصاص من ملثمين على دراجة نارية في بلدة الشحيل.");
        assertEquals(java.util.Set.of("ملثمين"), TestArticles.words(e.actorTexts()), e.actorTexts().toString());
    }

    @Test
    void aGroupNameInsideAVillageNameIsNoParticipant() throws Exception {
        EventClaim e = only("استهدف مسلحون مجهولون شابا في بلدة جديدة بكارة بريف دير الزور ما أدى لمقتله.");
        assertEquals(EventTypes.ATTACK, e.eventClass(), e.toString());
        assertFalse(e.targets().contains(BAGGARA), e.targets().toString());
        assertFalse(e.actors().contains(BAGGARA), e.actors().toString());
        // the tribe itself, named as such, still takes part
        e = only("هاجم مسلحون من البكارة حاجزا لقوات سوريا الديمقراطية في بلدة الشحيل.");
        assertTrue(e.actors().contains(BAGGARA), e.actors().toString());
    }
}
