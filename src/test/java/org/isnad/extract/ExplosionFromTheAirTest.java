package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An explosion in a car that the next sentence explains by a drone (every sentence written here) is that
 * drone strike, not a bomb; a bomb named as such stays one.
 */
class ExplosionFromTheAirTest {

    @TempDir Path dir;

    @Test
    void anExplosionExplainedByADroneIsADroneStrike() throws Exception {
        EventClaim same = TestArticles.only(dir, "قُتل عنصران من قوى الأمن الداخلي جراء انفجار في سيارة عسكرية على طريق "
                + "القامشلي عامودا صباح اليوم.\nوتبين لاحقاً أن الانفجار ناجم عن قصف طائرة مسيرة تركية.");
        assertEquals(EventTypes.DRONE_STRIKE, same.eventClass());
        // told again by local sources, whose voice the bare lead takes: one drone strike, told in both sentences
        EventClaim told = TestArticles.only(dir, "انفجرت سيارة مدنية في قرية تل كوجر بريف اليعربية مساء اليوم، "
                + "ما أدى إلى مقتل سائقها.\nوقالت مصادر محلية إن السيارة استهدفت بطائرة مسيرة تركية.");
        assertEquals(EventTypes.DRONE_STRIKE, told.eventClass());
        assertEquals(2, told.evidence().size(), told.evidence().toString());
        // a car bomb is a bomb, whatever flies after it
        List<EventClaim> bomb = TestArticles.events(dir, "انفجرت سيارة مفخخة في مدينة الباب مساء اليوم.\nوقالت مصادر "
                + "محلية إن طائرة مسيرة استهدفت سيارة في المدينة.");
        assertEquals(org.isnad.vocab.Vocab.ISNAD + "RemoteExplosiveLandmineIED", bomb.get(0).eventClass());
    }
}
