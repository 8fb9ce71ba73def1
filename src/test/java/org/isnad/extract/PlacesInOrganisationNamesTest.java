package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * North-east Syria reporting names units and bodies after places: "مجلس تل تمر العسكري", "مجلس دير الزور وهجين
 * العسكريين" (rdev8), "المجلس العسكري لمنبج", "المجلس المحلي لمدينة …". The place inside such a name is not where
 * the act was; read as one, the split by place made it a claim of its own. A hospital is a site, though: what
 * struck "مشفى جبلة الوطني" struck Jableh. Sentences written for the rule, in the outlets' style.
 */
class PlacesInOrganisationNamesTest {

    @TempDir Path dir;

    @Test
    void twoCouncilsSideBySideAreOneSideOfTheClash() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "واندلعت اشتباكات عنيفة مساء أمس بين قوات مجلس منبج وجرابلس العسكريين من جهة، ومسلحين من جهة أخرى في محيط قرية ذيبان.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(Set.of("dhiban"), places(es.get(0)));
    }

    @Test
    void theCouncilThatFiredIsNotWhereItsShellsFell() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "استهدف مجلس منبج العسكري بقذائف الهاون، مساء أمس، مواقع للفصائل الموالية لتركيا في قرية الهوشرية.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(Set.of("الهوشرية"), places(es.get(0)));
    }

    @Test
    void theLocalCouncilOfATownNamesTheVictimsBodyNotTheSite() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "اغتال مسلحون مجهولون، مساء أمس، عضواً في المجلس المحلي لمدينة داعل بإطلاق النار عليه في بلدة طفس.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(Set.of("tafas"), places(es.get(0)));
    }

    @Test
    void theCouncilForTheTownAfterItsAdjectiveIsNoPlaceOfItsOwn() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "أعلن المجلس العسكري لمدينة منبج، اليوم الأحد، مقتل عنصرين من مقاتليه بقصف مدفعي تركي استهدف قرية الهوشرية.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(Set.of("الهوشرية"), places(es.get(0)));
    }

    @Test
    void theHospitalsDirectorWasHurtWhereTheBombWent() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "أصيب مدير مشفى حلب الجامعي بجروح، اليوم الاثنين، جراء انفجار عبوة ناسفة بسيارته في مدينة إعزاز.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(Set.of("azaz"), places(es.get(0)));
    }

    @Test
    void aHospitalStruckIsASiteInItsTown() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "استهدفت غارة جوية روسية، صباح اليوم، مشفى جبلة الوطني، ما أدى إلى مقتل ثلاثة مدنيين وإصابة آخرين.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(Set.of("jablah"), places(es.get(0)));
    }

    @Test
    void theGovernmentOfTheCapitalFoughtInDeirHaferNotInDamascus() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "تجددت الاشتباكات، مساء اليوم الأحد، بين قوات حكومة دمشق وقوات سوريا الديمقراطية في منطقة دير حافر بريف حلب الشرقي.");
        assertEquals(1, es.size(), es.toString());
        org.junit.jupiter.api.Assertions.assertFalse(places(es.get(0)).contains("damascus"), es.toString());
    }

    @Test
    void protestersWhoRejectTheCapitalsAuthorityProtestAtHome() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "تظاهر العشرات، اليوم السبت، في ساحة الكرامة بمدينة السويداء، وجدد المحتجون رفضهم لسلطة دمشق مطالبين بالإفراج عن المخطوفين.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(Set.of("suwayda"), places(es.get(0)), es.toString());
    }
}
