package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lists of villages the place reader used to stop in (session 30, "its only candidates went to other gold
 * events" on rdev10 and rdev12): a comma list's item told as the outskirts of a village with no "و" ("، أطراف
 * …"), an item ending like a plural adjective of relation ("بليون") or reading as a body part ("كتف") between
 * the list's commas, and a first name whose "ل" reads as a preposition ("بلدات لطمين ولحايا"). The analysts code
 * one event per village; so does isnad. Sentences written here.
 */
class ListsThePlaceReaderStopsInTest {

    private static final String NS = "https://w3id.org/isnad/ns#";
    @TempDir Path dir;

    /** Each site in exactly one claim of that type, dated Saturday 11 May 2024, which holds no other of the sites. */
    private static void onePerSite(List<EventClaim> es, String type, String... sites) {
        TestArticles.onePerSite(es, NS + type, "2024-05-11", sites);
    }

    @Test
    void theOutskirtsOfAVillageInACommaListAreThatVillagesShelling() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "واستهدفت مدفعية قوات النظام أمس السبت عدة قرى، أريحا، أطراف مرعيان، أطراف البارة، شنان.");
        onePerSite(es, "ShellingArtilleryMissileAttack", "ariha", "مرعيان", "al-bara", "شنان");
    }

    @Test
    void aNameEndingLikeAnAdjectiveBetweenTheListsCommasIsAVillage() throws Exception {
        // "بليون" ends like "عسكريين"; between the commas of a list of villages it is one of them
        List<EventClaim> es = TestArticles.events(dir,
                "وقصفت قوات النظام أمس السبت بالمدفعية الثقيلة عدة قرى، أريحا، بليون، شنان.");
        onePerSite(es, "ShellingArtilleryMissileAttack", "ariha", "بليون", "شنان");
    }

    @Test
    void aNameReadAsABodyPartInAQuotedCommaListIsAVillage() throws Exception {
        // "كتف" is also "shoulder", where a wound is; after the list's first village it is the next one
        List<EventClaim> es = TestArticles.events(dir,
                "وقصفت قوات النظام براجمات الصواريخ أمس السبت قرى “بداما، كتف، سندو” قرب جسر الشغور.");
        onePerSite(es, "ShellingArtilleryMissileAttack", "bdama", "كتف", "سندو");
    }

    @Test
    void aFirstNameWhoseLetterReadsAsAPrepositionOpensTheList() throws Exception {
        // "لطمين" read as "ل" + a noun; at the head of "بلدات … و… و…" it is the first town struck
        List<EventClaim> es = TestArticles.events(dir,
                "وشنت الطائرات الحربية أمس السبت غارات على بلدات لطمين ولحايا ومعردس في ريف حماة الشمالي.");
        onePerSite(es, "AirDroneStrike", "لطمين", "لحايا", "معردس");
    }

    @Test
    void campsForTheDisplacedKeepTheirPreposition() throws Exception {
        // "مخيمات للنازحين": "لل" is "for the", no camp's name
        List<EventClaim> es = TestArticles.events(dir,
                "وداهمت قوات الأمن أمس السبت مخيمات للنازحين، واعتقلت خمسة شبان في بلدة سرمدا شمالي إدلب.");
        assertFalse(es.stream().anyMatch(e -> places(e).stream().anyMatch(p -> p.contains("نازحين"))), es.toString());
    }
}
