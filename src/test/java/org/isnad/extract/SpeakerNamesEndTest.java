package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a speaker the reference data lacks ends (sentences written here): a name given in quote marks ends
 * where they close, so the time told after it ("يوم …") is not part of the name a researcher reads.
 */
class SpeakerNamesEndTest {

    @TempDir Path dir;

    @Test
    void aQuotedNameEndsWhereItsQuoteMarksClose() throws Exception {
        List<EventClaim> es = TestArticles.events(TestArticles.byOutlet(dir, "Enab Baladi",
                "أكدت “رابطة المهجرين في ريف حمص” يوم أول أمس الجمعة، أن عناصر من فصيل مسلح اعتقلوا ثلاثة شبان في بلدة تلبيسة."));
        assertEquals(1, es.size(), es.toString());
        String label = es.get(0).report().label();
        assertTrue(label.contains("رابطة المهجرين في ريف حمص"), label);
        assertFalse(label.contains("يوم"), label);
    }
}
