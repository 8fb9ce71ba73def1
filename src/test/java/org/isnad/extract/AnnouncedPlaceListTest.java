package org.isnad.extract;

import static org.isnad.extract.OneClaimPerListedPlaceTest.onePerSite;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names a plural place noun announces a few words on (session 41, "place disagree" on real pages: one claim at
 * the list's first known town): "مناطق … ومنها", "قرى … منها", "القرى … وهي". One claim per village. Sentences
 * written here.
 */
class AnnouncedPlaceListTest {

    @TempDir Path dir;

    @Test
    void namesAfterAmongThemAreTheAreasShelled() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "وتعرّضت مناطق كثيرة لقصف بالمدفعية الثقيلة أمس السبت، ومنها داعل والطيبة وعلما والجيزة.");
        onePerSite(es, "ShellingArtilleryMissileAttack", "dail", "الطيبة", "علما", "الجيزة");
    }

    @Test
    void aKnownVillagesDirectionEndsItsNameAndTheListGoesOn() throws Exception {
        // "الغارية الشرقية": the direction is the end of the known village's name, not of the list
        List<EventClaim> es = TestArticles.events(dir,
                "وتعرّضت مناطق كثيرة لقصف بالمدفعية الثقيلة أمس السبت، ومنها داعل والغارية الشرقية وعلما والجيزة.");
        onePerSite(es, "ShellingArtilleryMissileAttack", "dail", "al-ghariyah", "علما", "الجيزة");
    }

    @Test
    void namesAfterACommaAndAmongThemAreTheVillagesFoughtIn() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "ودارت اشتباكات عنيفة أمس السبت في قرى بريف دير الزور الغربي، منها الخريطة والمسرب وجزرة البوحميد.");
        onePerSite(es, "ArmedClash", "الخريطة", "المسرب", "جزرة البوحميد");
    }

    @Test
    void namesAfterTheyAreFollowTheVillagesNearby() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "وسيطر التنظيم أمس السبت على القرى القريبة منها وهي تل جبين، ومعرستة، وحردتنين في ريف حلب الشمالي.");
        onePerSite(es, "NonStateActorOvertakesTerritory", "تل جبين", "معرستة", "حردتنين");
    }

    @Test
    void itIsAfterTheTownsNamesNoPlace() throws Exception {
        // "وهي المرة الثالثة", "وهي تحت سيطرة الفصائل": "وهي" tells of the towns, it names none
        List<EventClaim> es = TestArticles.events(dir,
                "وشنّ الطيران الحربي أمس السبت غارات على بلدات ريف إدلب، وهي المرة الثالثة خلال أسبوع.");
        assertTrue(es.stream().noneMatch(e -> e.placeTexts().stream().anyMatch(p -> p.text().contains("المرة"))), es.toString());
        es = TestArticles.events(dir, "وقصفت قوات النظام أمس السبت قرى جبل الزاوية، وهي تحت سيطرة الفصائل منذ سنوات.");
        assertTrue(es.stream().noneMatch(e -> e.placeTexts().stream().anyMatch(p -> p.text().contains("تحت") || p.text().contains("سيطرة"))), es.toString());
    }

    @Test
    void withoutAndOrACommaNearItIsNoAnnouncer() {
        List<Token> near = ArabicAnalysis.tokens("القرى القريبة منها الطيبة");
        assertTrue(!AnnouncedPlaceList.announcerEndsAt(near, 3));
        List<Token> among = ArabicAnalysis.tokens("مناطق عديدة، ومنها الطيبة");
        assertTrue(AnnouncedPlaceList.announcerEndsAt(among, 3));
    }
}
