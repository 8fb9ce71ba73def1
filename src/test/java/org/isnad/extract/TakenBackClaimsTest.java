package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A claim taken back as the same event told again (a storming fought off, a blast a drone explains) leaves no
 * claim pointing at it: its links, tolls, statements and dates told against it move to the claim that stays.
 * A dangling key made the claims JSON and the RDF fail on the whole article. Sentences written here.
 */
class TakenBackClaimsTest {

    @TempDir Path dir;

    @Test
    void aDateToldAgainstAFoughtOffStormingHangsOnTheClashThatStays() throws Exception {
        List<Claim> claims = TestArticles.read(TestArticles.lexicon(), dir, "2024-03-12",
                "حاولت قوات النظام، فجر اليوم، اقتحام قرية الفطيرة بريف إدلب الجنوبي، وتصدى لها مقاتلون من أبناء القرية. "
                        + "وبعد ساعات من ذلك، قصفت قوات النظام بالمدفعية الثقيلة قرية الفطيرة وأطرافها.");
        assertNoDanglingKeys(claims);
        List<String> types = TestArticles.types(TestArticles.events(claims));
        assertTrue(types.contains("ArmedClash"), types.toString());
        assertTrue(types.contains("ShellingArtilleryMissileAttack"), types.toString());
        assertEquals(2, types.size(), types.toString());
    }

    @Test
    void aDateToldAgainstADroneStrikeThatExplainedABlastHangsOnTheBlast() throws Exception {
        List<Claim> claims = TestArticles.read(TestArticles.lexicon(), dir, "2023-10-05",
                "قتل عنصران من قسد، اليوم، جراء انفجار في سيارة عسكرية على طريق القامشلي. "
                        + "وتبين أن الانفجار ناجم عن قصف طائرة مسيرة تركية. "
                        + "وبعد ساعة من ذلك، استهدفت مسيرة ثانية دراجة نارية في قرية تل حميس.");
        assertNoDanglingKeys(claims);
        assertEquals(List.of("AirDroneStrike", "AirDroneStrike"), TestArticles.types(TestArticles.events(claims)));
    }

    /** Every key a claim names is a claim of the article. */
    static void assertNoDanglingKeys(List<Claim> claims) {
        Set<ClaimKey> keys = claims.stream().map(Claim::key).collect(Collectors.toSet());
        for (Claim c : claims) {
            if (c instanceof EventClaim e) {
                for (ClaimKey k : e.sameEventAs()) assertTrue(keys.contains(k), c.key() + " is linked to " + k);
                if (e.time().anchor() != null) assertTrue(keys.contains(e.time().anchor()), c.key() + " is timed against " + e.time().anchor());
            }
            if (c instanceof CasualtyClaim t) assertTrue(keys.contains(t.event()), c.key() + " is the toll of " + t.event());
            if (c instanceof StatementClaim s) s.about().ifPresent(k -> assertTrue(keys.contains(k), c.key() + " is about " + k));
        }
    }
}
