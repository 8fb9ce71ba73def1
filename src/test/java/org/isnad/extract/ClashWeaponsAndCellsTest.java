package org.isnad.extract;

import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event types as an ACLED coder reads them where real reporting names the weapons of a fight or the cells
 * a force broke up (session 20, learnt from real clash and security-operation reports). Every sentence is
 * written here.
 */
class ClashWeaponsAndCellsTest {

    @TempDir Path dir;

    private List<String> typesOf(String body) throws Exception {
        return types(TestArticles.events(dir, body)).stream().sorted().toList();
    }

    @Test
    void clashesFoughtWithShellsStayClashes() throws Exception {
        assertEquals(List.of("ArmedClash"), typesOf(
                "دارت اشتباكات بالأسلحة المتوسطة والقذائف بين قوات الحكومة وقوات سوريا الديمقراطية في بلدة الكشمة بريف دير الزور، مساء أمس."));
        assertEquals(List.of("ArmedClash"), typesOf(
                "اندلعت مواجهات عنيفة بالرشاشات وقذائف الهاون بين فصيلين في مدينة الباب بريف حلب، أمس."));
        // shells fired on a village, with no fight told, stay shelling
        assertEquals(List.of("ShellingArtilleryMissileAttack"), typesOf(
                "استهدفت قوات الحكومة بقذائف المدفعية قرية الكشمة بريف دير الزور، أمس."));
    }

    @Test
    void fightingToldByItsNounIsAClash() throws Exception {
        // "قتال" between two armed sides, even beside gunfire, is the fight itself (ACLED: Armed clash)
        assertEquals(List.of("ArmedClash"), typesOf(
                "قال ناشطون إن قتالاً بالرصاص نشب بين عناصر فصيلين في مدينة الباب بريف حلب، مساء أمس."));
        assertEquals(List.of("ArmedClash"), typesOf(
                "دار قتال عنيف بين قوات الحكومة ومقاتلي العشائر في بلدة الكشمة بريف دير الزور، أمس."));
        // the adjective is no fight: "the combat operations grew fiercer" tells a trend, not an event
        assertEquals(List.of(), typesOf("زادت حدة العمليات القتالية في منطقة إدلب خلال الشهر الماضي."));
    }

    @Test
    void cellsBrokenUpOrSeizedAreArrests() throws Exception {
        assertEquals(List.of("Arrests"), typesOf(
                "أعلنت قوات الأمن الداخلي تفكيك خلية تابعة لتنظيم داعش في مدينة جبلة بريف اللاذقية، أمس."));
        assertEquals(List.of("Arrests"), typesOf(
                "ضبطت دورية للأمن العام خلية من خمسة أشخاص في حي الوعر بمدينة حمص، أمس."));
        assertEquals(List.of("Arrests"), typesOf(
                "فككت الأجهزة الأمنية خلايا إجرامية في مدينة طرطوس، أمس."));
        // weapons seized stay weapons kept from use
        assertEquals(List.of("DisruptedWeaponsUse"), typesOf(
                "ضبطت دورية للأمن العام أسلحة وذخائر في حي الوعر بمدينة حمص، أمس."));
    }
}
