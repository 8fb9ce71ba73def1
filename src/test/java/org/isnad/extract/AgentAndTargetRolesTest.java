package org.isnad.extract;

import static org.isnad.extract.TestArticles.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who did what to whom (ACLED's actor1 and actor2): an agent phrase ("برصاص مسلحين", "على يد", "بنيران")
 * names who acted wherever it stands, the subject of a passive verb is who was hit, and the common names
 * reporters give the forces resolve.
 */
class AgentAndTargetRolesTest {

    @TempDir Path dir;

    private static final String ACTOR = "https://w3id.org/isnad/id/actor/";
    private static final String GOVERNMENT = ACTOR + "syrian-government-forces", UNKNOWN = ACTOR + "unidentified-armed-group";

    private EventClaim only(String body) throws Exception {
        return TestArticles.only(dir, body);
    }

    @Test
    void gunmenWhoseBulletsKilledArePassiveActors() throws Exception {
        EventClaim e = only("قُتل رجل برصاص مسلحين مجهولين في بلدة الجيزة بريف درعا، مساء أمس.");
        assertEquals(Set.of(UNKNOWN), Set.copyOf(e.actors()), () -> "actors " + e.actors());
        assertTrue(e.targets().isEmpty(), () -> "targets " + e.targets());
        assertEquals(Set.of("رجل"), words(e.targetTexts()));
    }

    @Test
    void byTheHandOfNamesTheActorAndThePassiveSubjectIsHit() throws Exception {
        EventClaim e = only("قُتل جندي من قوات النظام على يد مسلحين مجهولين في مدينة نوى، أمس الجمعة.");
        assertEquals(Set.of(UNKNOWN), Set.copyOf(e.actors()), () -> "actors " + e.actors());
        assertEquals(Set.of(GOVERNMENT), Set.copyOf(e.targets()), () -> "targets " + e.targets());
    }

    @Test
    void underFireOfAForceNamesItsActor() throws Exception {
        EventClaim e = only("قُتلت امرأة بنيران قوات النظام في قرية الرامي بجبل الزاوية، صباح أمس.");
        assertEquals(Set.of(GOVERNMENT), Set.copyOf(e.actors()), () -> "actors " + e.actors());
        assertTrue(e.targets().isEmpty(), () -> "targets " + e.targets());
    }

    @Test
    void governmentForcesByTheirPlainName() throws Exception {
        EventClaim e = only("قصفت القوات الحكومية بالمدفعية قرية البارة في ريف إدلب، صباح أمس.");
        assertEquals(Set.of(GOVERNMENT), Set.copyOf(e.actors()), () -> "actors " + e.actors());
    }

    @Test
    void generalSecurityAndTheCellsOfTheOrganisationResolve() throws Exception {
        EventClaim arrest = only("اعتقل جهاز الأمن العام، أمس، ثلاثة شبان في مدينة جبلة.");
        assertEquals(Set.of(ACTOR + "general-security"), Set.copyOf(arrest.actors()), () -> "actors " + arrest.actors());
        EventClaim attack = only("هاجمت خلايا التنظيم، مساء أمس، حاجزاً لقوات سوريا الديمقراطية في بلدة الصور.");
        assertEquals(Set.of(ACTOR + "isis"), Set.copyOf(attack.actors()), () -> "actors " + attack.actors());
        assertEquals(Set.of(ACTOR + "sdf"), Set.copyOf(attack.targets()), () -> "targets " + attack.targets());
    }

    @Test
    void theSubjectShellsAndThePositionsAfterTheMeansAreHit() throws Exception {
        EventClaim e = only("استهدفت فصائل غرفة عمليات الفتح المبين بالمدفعية الثقيلة مواقع قوات النظام في ريف حلب الغربي، أمس.");
        assertEquals(Set.of(ACTOR + "al-fatah-al-mubin"), Set.copyOf(e.actors()), () -> "actors " + e.actors());
        assertEquals(Set.of(GOVERNMENT), Set.copyOf(e.targets()), () -> "targets " + e.targets());
    }

    @Test
    void theOutletOfADatelineDidNothing() throws Exception {
        EventClaim e = only("شفق نيوز/ قُتل عنصران من قوات النظام، صباح اليوم، بانفجار عبوة ناسفة على طريق مدينة الصنمين.");
        assertTrue(e.actors().stream().noneMatch(a -> a.contains("shafaq")), () -> "actors " + e.actors());
        assertEquals(Set.of(GOVERNMENT), Set.copyOf(e.targets()), () -> "targets " + e.targets());
    }
}
