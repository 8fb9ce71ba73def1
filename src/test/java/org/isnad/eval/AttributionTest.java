package org.isnad.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a predicted speaker is compared with the analyst's. */
class AttributionTest {

    private static PredictedClaim predicted(String label, String kind, String outlet) {
        return new PredictedClaim("c1", "event", null, List.of(), null, null, label, kind, null, outlet, "a.txt",
                List.of(), "asserted", List.of());
    }

    @Test
    void theOutletsOwnNameIsItsOwnVoice() {
        PredictedClaim own = predicted("SOHR (own reporting)", "OutletReporting", "SOHR");
        assertTrue(Attribution.agrees("SOHR", own, null, "SOHR"), "the observatory named in its own article");
        assertTrue(Attribution.agrees("SOHR (own voice)", own, null, "SOHR"));
        assertFalse(Attribution.agrees("SOHR's sources", own, null, "SOHR"), "its sources are not its own voice");
        assertFalse(Attribution.agrees("SOHR (citing local sources)", own, null, "SOHR"));
        assertFalse(Attribution.agrees("Syrian Ministry of Defence", own, null, "SOHR"), "someone else named");
    }
}
