package org.isnad.extract;

import static org.isnad.extract.TestArticles.only;
import static org.isnad.extract.TestArticles.places;
import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A curfew a force imposes is its activity (ACLED: Change to group/activity) however the noun is written:
 * "حظر تجوال", "حظراً للتجوّل", "حظراً مؤقتاً للتجوال" (session 32, learnt from real reports of curfews after
 * attacks in al-Hasakah and Homs). Every sentence is written here; published Sunday 12 May 2024.
 */
class CurfewTest {

    @TempDir Path dir;

    @Test
    void aCurfewWithItsNounApartIsTheForcesActivity() throws Exception {
        EventClaim e = only(dir,
                "فرضت قوى الأمن الداخلي، اليوم الأحد، حظراً مؤقتاً للتجوال في مدينة الميادين بريف دير الزور الشرقي.");
        assertEquals(List.of("ChangeToGroupActivity"), types(List.of(e)));
        assertTrue(places(e).contains("al-mayadin"), places(e).toString());
        assertEquals(LocalDate.of(2024, 5, 12), e.time().start());
        assertEquals(List.of("ChangeToGroupActivity"), types(List.of(only(dir,
                "أعلنت قيادة الأمن الداخلي حظراً للتجوّل في مدينة القصير بريف حمص، أمس السبت."))));
    }
}
