package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suwayda, Daraa and Afrin reporting tells a kidnapping by gunmen no one names as a raid and a seizure in two
 * clauses: "داهم مسلحون مزرعة …، وخطفوا حارسها". The raid is where the kidnapping happened, not an arrest of
 * its own; a force that raids and arrests still arrests. Sentences written for the rule, in the outlets' style.
 */
class RaidThatKidnapsTest {

    @TempDir Path dir;

    @Test
    void aRaidByUnnamedMenThatEndsInAKidnappingIsTheKidnapping() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "وقالت مصادر محلية إن مجموعة مسلحين يستقلون سيارتين، داهموا صباح اليوم منزلاً في قرية كناكر بريف السويداء الغربي، وخطفوا صاحبه.");
        assertTrue(types(es).stream().allMatch("AbductionForcedDisappearance"::equals), es.toString());
        assertTrue(es.stream().anyMatch(e -> places(e).contains("كناكر")), es.toString());
    }

    @Test
    void aPatrolThatRaidsAndTakesSomeoneStillArrests() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "داهمت دورية تابعة للأمن العام منزلاً في مدينة الصنمين بريف درعا الشمالي، واعتقلت شاباً مطلوباً.");
        assertEquals(List.of("Arrests"), types(es), es.toString());
    }
}
