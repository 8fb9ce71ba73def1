package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The means of the air and of the ground joined by "و" in one phrase tell two events, an air strike and a
 * shelling, at the same place and time (every sentence written here, in the way real pages tell them).
 */
class AirAndGroundFireTest {

    @TempDir Path dir;

    private static boolean air(EventClaim e) { return e.eventClass().endsWith("AirDroneStrike"); }

    private static boolean shelling(EventClaim e) { return e.eventClass().endsWith("ShellingArtilleryMissileAttack"); }

    private static final String KAFRANBEL = "https://w3id.org/isnad/id/place/kafranbel";

    private void airAndShellingAtKafranbel(String body) throws Exception {
        List<EventClaim> es = TestArticles.events(dir, body);
        assertEquals(2, es.size(), es.toString());
        assertTrue(es.stream().anyMatch(AirAndGroundFireTest::air), es.toString());
        assertTrue(es.stream().anyMatch(AirAndGroundFireTest::shelling), es.toString());
        for (EventClaim e : es) {
            assertTrue(e.places().contains(KAFRANBEL), es.toString());
            assertEquals(es.get(0).time().start(), e.time().start(), es.toString());
        }
    }

    @Test
    void twoMeansOfOneBombardmentAreTwoEvents() throws Exception {
        // adjectives: air then artillery, rockets then air
        airAndShellingAtKafranbel("تعرضت بلدة كفرنبل جنوبي إدلب، يوم أمس، لقصف جوي ومدفعي من قبل قوات النظام.");
        airAndShellingAtKafranbel("أصيبت امرأتان بقصف صاروخي وجوي استهدف بلدة كفرنبل جنوبي إدلب يوم أمس.");
        // a nationality between them: "قصف جوي روسي ومدفعي"
        airAndShellingAtKafranbel("تعرضت بلدة كفرنبل يوم أمس لقصف جوي روسي ومدفعي لقوات النظام.");
        // nouns: "غارات جوية وقصف مدفعي", "بالطائرات المسيرة والمدفعية"
        airAndShellingAtKafranbel("تعرضت بلدة كفرنبل جنوبي إدلب لغارات جوية وقصف مدفعي، يوم أمس.");
        airAndShellingAtKafranbel("استهدفت قوات النظام بالطائرات المسيرة والمدفعية الثقيلة بلدة كفرنبل يوم أمس.");
    }

    @Test
    void oneMeansOrTheOtherToldApartStaysAsTold() throws Exception {
        // two ground means are one shelling
        List<EventClaim> es = TestArticles.events(dir, "قصفت قوات النظام بصواريخ ومدفعية بلدة كفرنبل جنوبي إدلب يوم أمس.");
        assertEquals(1, es.size(), es.toString());
        es = TestArticles.events(dir, "استهدفت قوات النظام بقصف صاروخي ومدفعي بلدة كفرنبل يوم أمس.");
        assertEquals(1, es.size(), es.toString());
        assertTrue(shelling(es.get(0)), es.toString());
        // a lead over an area, then each bombardment at its town: the lead makes no shelling of its own
        es = TestArticles.events(dir, "تعرضت بلدات في ريف إدلب الجنوبي لقصف جوي ومدفعي، يوم أمس. وشنت الطائرات الحربية "
                + "الروسية غارات على بلدة البارة، فيما قصفت قوات النظام بالمدفعية بلدة كفرنبل.");
        assertEquals(1, es.stream().filter(AirAndGroundFireTest::shelling).count(), es.toString());
        // the headline's words tell nothing of their own
        java.nio.file.Path f = dir.resolve("headline.txt");
        java.nio.file.Files.writeString(f, "published: 2024-03-10\ntitle: قصف جوي ومدفعي على ريف إدلب\n---\n"
                + "شنت طائرات حربية روسية غارات على بلدة كفرنبل، يوم أمس.");
        Lexicon lexicon = TestArticles.lexicon();
        es = TestArticles.events(new ArabicClaimExtractor(lexicon).extract(new org.isnad.ingest.TextArticleSource(
                lexicon.boilerplateLines()).read(f, org.isnad.ingest.ArticleOverrides.NONE)));
        assertEquals(1, es.size(), es.toString());
    }

    private static final String RUSSIA = "https://w3id.org/isnad/id/actor/russian-forces";
    private static final String REGIME = "https://w3id.org/isnad/id/actor/syrian-government-forces";

    @Test
    void aListOfTownsHitFromTheAirAndFromTheGroundIsBothActsAtEachTown() throws Exception {
        // a village shelled that belongs to one of the towns, then the list: that shelling is not the list's,
        // told town by town, so each town gets an air strike (Russia's) and a shelling (the regime's)
        List<EventClaim> es = TestArticles.events(dir, "قتل مدني اليوم بقصف مدفعي لقوات النظام على قرية ترملا "
                + "التابعة لمدينة كفرنبل. كما تعرضت بلدات كفرنبل ومحمبل وأحسم في ريف إدلب الجنوبي لغارات شنتها طائرات "
                + "حربية روسية، وقصف مدفعي وصاروخي لقوات النظام.");
        for (String town : List.of("kafranbel", "muhambal", "ihsim")) {
            List<EventClaim> air = es.stream().filter(e -> air(e) && TestArticles.places(e).contains(town)).toList();
            List<EventClaim> ground = es.stream().filter(e -> shelling(e) && TestArticles.places(e).contains(town)
                    && !TestArticles.places(e).contains("ترملا")).toList();
            assertEquals(1, air.size(), town + " " + es);
            assertEquals(1, ground.size(), town + " " + es);
            assertEquals(java.util.Set.of(RUSSIA), air.get(0).actors(), es.toString());
            assertEquals(java.util.Set.of(REGIME), ground.get(0).actors(), es.toString());
        }
    }

    @Test
    void aDoerToldOnceForBothMeansStaysWithBoth() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "تعرضت بلدة كفرنبل يوم أمس لقصف جوي ومدفعي من قبل قوات النظام "
                + "والطائرات الحربية الروسية.");
        assertEquals(2, es.size(), es.toString());
        for (EventClaim e : es) assertEquals(java.util.Set.of(RUSSIA, REGIME), e.actors(), es.toString());
    }
}
