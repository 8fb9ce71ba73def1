package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A raid told with its reason (every sentence written here): the killing named after "على خلفية" is why the
 * forces raided, so the raid stays a raid (ACLED: Arrests), not the attack it answers.
 */
class RaidForAReasonTest {

    @TempDir Path dir;

    @Test
    void theKillingARaidAnswersDoesNotMakeItAnAttack() throws Exception {
        EventClaim raid = TestArticles.only(dir, "داهمت دوريات للأجهزة الأمنية منازل في بلدة عتمان بريف درعا، صباح اليوم، "
                + "على خلفية اغتيال رئيس البلدية فيها ليلة أمس.");
        assertEquals(EventTypes.ARRESTS, raid.eventClass());
        assertEquals(java.util.Set.of("عتمان", "daraa-countryside"), TestArticles.places(raid));
        // a raid in which someone was shot, with no reason given, is still that shooting
        EventClaim shot = TestArticles.only(dir, "قُتل شاب برصاص دورية أمنية خلال مداهمة منزله في بلدة عتمان بريف درعا، صباح اليوم.");
        assertEquals(EventTypes.ATTACK, shot.eventClass());
    }
}
