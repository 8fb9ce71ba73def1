package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Governorates told as a list after a plural or dual governorate noun are sites, one event each, as the
 * analysts of the real sets code them (session 37: "محافظات اللاذقية ودير الزور والرقة" and "محافظتا طرطوس
 * واللاذقية" were one claim each). A capital told alone, or as the area of a town, is no site. Sentences written
 * here.
 */
class GovernoratesListedAsSitesTest {

    @TempDir Path dir;

    @Test
    void threeGovernoratesAfterThePluralNounAreThreeAttacks() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "شهدت محافظات اللاذقية ودير الزور والرقة، فجر أمس السبت، اشتباكات بين مسلحين مجهولين وعناصر حواجز الأمن الداخلي.");
        OneClaimPerListedPlaceTest.onePerSite(es, "ArmedClash", "latakia", "deir-ez-zor", "raqqa");
    }

    @Test
    void twoGovernoratesAfterTheDualAreTwoProtests() throws Exception {
        // the dual in the nominative, as some outlets write it after "في"
        List<EventClaim> es = TestArticles.events(dir,
                "وخرج المئات في محافظتا طرطوس وحماة، أمس السبت، في مظاهرات طالبت بالإفراج عن المعتقلين.");
        OneClaimPerListedPlaceTest.onePerSite(es, "PeacefulProtest", "tartus", "hama");
    }

    @Test
    void bracketedDirectionsDoNotEndTheList() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "ونفذت طائرات حربية روسية، أمس السبت، غارات على مواقع للتنظيم في مناطق صحراوية ضمن محافظتي الرقة (شرق) وحماة (وسط).");
        OneClaimPerListedPlaceTest.onePerSite(es, "AirDroneStrike", "raqqa", "hama");
    }

    @Test
    void capitalsToldWithoutTheGovernorateNounStayOneClaim() throws Exception {
        // "بريف حماة": the area a town lies in, no site of its own; the one town is the one strike
        List<EventClaim> es = TestArticles.events(dir,
                "وقصفت طائرات حربية، أمس السبت، بلدة كفرزيتا بريف حماة الشمالي.");
        assertEquals(1, es.size(), es.stream().map(TestArticles::places).toList().toString());
    }

    @Test
    void aTallySinceADateOverTwoGovernoratesIsOneAggregate() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "ووثّق المرصد منذ مطلع العام الجاري 40 هجوماً مسلحاً على حواجز الأمن الداخلي في محافظتي الرقة ودير الزور.");
        assertEquals(1, es.stream().filter(e -> places(e).contains("raqqa") || places(e).contains("deir-ez-zor")).count(),
                es.stream().map(TestArticles::places).toList().toString());
    }

    @Test
    void aTrendOverTwoGovernoratesIsOneAggregate() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "وشهدت المنطقة الشرقية، خلال اليومين الماضيين، تصاعداً ملحوظاً في هجمات مسلحين على دوريات الجيش في محافظتي الرقة ودير الزور.");
        assertTrue(es.stream().filter(e -> places(e).contains("raqqa") || places(e).contains("deir-ez-zor")).count() <= 1,
                es.stream().map(TestArticles::places).toList().toString());
    }
}
