package org.isnad.extract;

import static org.isnad.extract.OneClaimPerListedPlaceTest.onePerSite;

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
}
