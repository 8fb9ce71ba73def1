package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lists written "X، وY، وZ" after a plural place noun, the fronts ("محاور") included (session 33, "its only
 * candidates went to other gold events" on rdev18: a clash on eight fronts of the western Suwayda countryside gave
 * one claim). The analysts code one event per village; so does isnad. Sentences written here.
 */
class FrontsListedWithCommasTest {

    private static final String NS = "https://w3id.org/isnad/ns#";
    @TempDir Path dir;

    private static void onePerSite(List<EventClaim> es, String type, String... sites) {
        TestArticles.onePerSite(es, NS + type, "2024-05-11", sites);
    }

    @Test
    void eachFrontOfACommaListIsAClashOfItsOwn() throws Exception {
        // "محاور": fronts named after villages, a plural that lists them as "قرى" does; "والنقل" is known to the
        // lexicon only as the verbal noun of "نقل" (relayed), "وعرى" reads as a past verb: both are villages here
        List<EventClaim> es = TestArticles.events(dir,
                "واندلعت اشتباكات عنيفة مساء أمس السبت بين مجموعات محلية وقوات الأمن على محاور الكفر، والنقل، وعرى، وعتيل في ريف السويداء الغربي.");
        onePerSite(es, "ArmedClash", "الكفر", "النقل", "عرى", "عتيل");
    }

    @Test
    void aNameReadAsAPastVerbBeforeTheListsNextCommaIsAVillage() throws Exception {
        // "وحاس" reads as a verb ("and he felt"); the list goes on after its comma with a name
        List<EventClaim> es = TestArticles.events(dir,
                "وشنت الطائرات الحربية أمس السبت غارات على بلدات معرة حرمة، وحاس، وكفرسجنة في ريف إدلب الجنوبي.");
        onePerSite(es, "AirDroneStrike", "معرة حرمة", "حاس", "كفرسجنة");
    }

    @Test
    void besidesAfterTheListsCommaIsNoVillage() throws Exception {
        // "، إضافة لمخيم …": the lead to one more site, with no "و" before it; it names no place itself
        List<EventClaim> es = TestArticles.events(dir,
                "واعتقلت قوات الأمن أمس السبت عشرات الشبان في بلدات سرمين وتفتناز وبنش، إضافة لمخيم أطمة.");
        assertFalse(es.stream().anyMatch(e -> places(e).stream().anyMatch(p -> p.contains("إضافة") || p.contains("اضافه"))), es.toString());
    }
}
