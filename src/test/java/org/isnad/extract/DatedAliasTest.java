package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bare body name that names an actor only from a date on (isnad:datedAltLabel, isnad:aliasFrom): after
 * December 2024 "وزارة الداخلية" is the Damascus government's ministry; before it the name stays unresolved.
 * Every sentence written here.
 */
class DatedAliasTest {

    @TempDir Path dir;

    private static final String INTERIOR = "https://w3id.org/isnad/id/actor/syrian-interior-ministry";
    private static final String DEFENCE = "https://w3id.org/isnad/id/actor/syrian-defence-ministry";

    private EventClaim first(String published, String body) throws Exception {
        return TestArticles.events(TestArticles.read(TestArticles.lexicon(), dir, published, body)).get(0);
    }

    @Test
    void theBareMinistryIsDamascusAfterDecember2024() throws Exception {
        EventClaim e = first("2025-05-03", "أعلنت وزارة الداخلية في بيان أن قوى الأمن ألقت القبض على خمسة أشخاص"
                + " في مدينة بانياس بريف طرطوس.");
        assertEquals(INTERIOR, e.report().speaker(), e.report().label());
    }

    @Test
    void theBareDefenceMinistryIsDamascusAfterDecember2024() throws Exception {
        EventClaim e = first("2025-03-07", "وأعلنت وزارة الدفاع أن قواتها اشتبكت مع مسلحين في مدينة جبلة بريف اللاذقية.");
        assertEquals(DEFENCE, e.report().speaker(), e.report().label());
    }

    @Test
    void theBareMinistryBeforeDecember2024StaysUnresolved() throws Exception {
        EventClaim e = first("2023-05-03", "أعلنت وزارة الداخلية في بيان أن قوى الأمن ألقت القبض على خمسة أشخاص"
                + " في مدينة سرمدا بريف إدلب.");
        assertNotEquals(INTERIOR, e.report().speaker(), e.report().label());
    }

    @Test
    void anotherCountrysMinistryIsNotDamascus() throws Exception {
        EventClaim e = first("2025-05-03", "أعلنت وزارة الداخلية العراقية أن قواتها ألقت القبض على ثلاثة أشخاص"
                + " قرب مدينة القائم.");
        assertNotEquals(INTERIOR, e.report().speaker(), e.report().label());
    }
}
