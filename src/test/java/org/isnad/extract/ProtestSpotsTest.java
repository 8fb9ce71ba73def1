package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Protests told spot by spot in one city: each spot a later sentence names for the first time is a gathering of
 * its own; the same spot told again, and a clause of the same sentence, stay one protest. Sentences written for
 * the tests, in the style of local reports.
 */
class ProtestSpotsTest {

    @TempDir Path dir;

    private List<EventClaim> events(String body) throws Exception {
        return TestArticles.events(dir, body);
    }

    @Test
    void aSquareAndAnEntranceToldAfterAProtestInTheCityAreGatheringsOfTheirOwn() throws Exception {
        List<EventClaim> es = events("تظاهر العشرات، اليوم، في مدينة السويداء مطالبين بالإفراج عن المعتقلين. "
                + "وشهدت ساحة الكرامة وسط السويداء وقفة شارك فيها وجهاء ورجال دين. "
                + "كما تجمع محتجون عند المدخل الغربي لمدينة السويداء ورفعوا لافتات.");
        assertEquals(3, es.size(), es.toString());
    }

    @Test
    void theSameSquareToldAgainIsTheSameProtest() throws Exception {
        List<EventClaim> es = events("تظاهر العشرات، اليوم، في ساحة الكرامة وسط مدينة السويداء. "
                + "وردد المتظاهرون في ساحة الكرامة هتافات تطالب بإسقاط النظام.");
        assertEquals(1, es.size(), es.toString());
    }

    @Test
    void aSpotNamedInTheSameSentenceStaysOneProtest() throws Exception {
        List<EventClaim> es = events("تظاهر العشرات، اليوم، في مدينة السويداء، وتجمعوا في ساحة الكرامة مطالبين بالإفراج عن المعتقلين.");
        assertEquals(1, es.size(), es.toString());
    }
}
