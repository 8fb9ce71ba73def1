package org.isnad.extract;

import static org.isnad.extract.TestArticles.events;
import static org.isnad.extract.TestArticles.first;
import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a comma, "وكان/وكانت … قد" tells what had happened before: a clause of its own, whose act neither
 * takes the places of the clause before it nor types it (sentences written here, in the outlets' style).
 */
class PluperfectClauseTest {

    @TempDir Path dir;

    @Test
    void aSiegeBeforeAPluperfectShootingIsTheForcesOwnChange() throws Exception {
        List<EventClaim> es = events(dir, "وقال مسؤول محلي إن قوات الأمن حاصرت مجموعة من المسلحين في قرية الدالية"
                + " بريف اللاذقية، وكان مسلحون قد أطلقوا النار على سيارة للشرطة في بلدة القرداحة.");
        EventClaim siege = first(es, EventTypes.CHANGE_TO_GROUP_ACTIVITY);
        assertNotNull(siege, es::toString);
        EventClaim shooting = first(es, EventTypes.ATTACK);
        assertNotNull(shooting, es::toString);
        assertEquals(2, es.size(), types(es).toString());
    }
}
