package org.isnad.extract;

import static org.isnad.extract.TestArticles.allPlaces;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words kept as villages the gazetteer lacks that are no places at all, as real pages wrote them (rdev9, rdev10,
 * rdev11, rdev12, rdev13, rdev16, rdev18, rdev19, rdev20): a verbal noun or a participle after the list's comma,
 * the adjective "مدني" after a victim or a car, a participle with its complement after a place noun, a pronoun
 * after a checkpoint's name, the detainees whose families protest; and a name's last word that is a direction
 * placing it from the next place ("الباب شرقي حلب", rdev6, rdev12, rdev15). The real villages beside them stay kept.
 * Sentences written for each rule.
 */
class WordsTakenForVillagesTest {

    @TempDir Path dir;

    @Test
    void aVerbalNounAfterTheListsCommaGoesOnWithTheAct() throws Exception {
        // "…، وانتشار عناصر …", "…، والتدقيق على …": the spreading, the checking: the act goes on, no village
        Set<String> ps = allPlaces(dir, "اندلعت اشتباكات في منطقة العكيرشي شرق الرقة، وانتشار عناصر الشرطة في المنطقة.");
        assertFalse(ps.contains("انتشار"), ps.toString());
        assertTrue(ps.contains("العكيرشي"), ps.toString());
        ps = allPlaces(dir, "نصبت الهيئة حواجز في قرى “الزيارة والعنكاوي”، والتدقيق على هويات المارة.");
        assertFalse(ps.contains("التدقيق"), ps.toString());
        assertTrue(ps.contains("الزيارة") && ps.contains("العنكاوي"), ps.toString());
    }

    @Test
    void aPluralNounAfterTheListsCommaIsStillAName() throws Exception {
        // "، وقبور …": graves, which the dictionary also reads as a verbal noun, but of no derived verb: a name
        Set<String> ps = allPlaces(dir, "قصفت المدفعية التركية قرى “الدردارة، العريشة، وقبور البيض، تل جمعة”، بريف تل تمر.");
        assertTrue(ps.stream().anyMatch(p -> p.startsWith("قبور")), ps.toString());
        assertTrue(ps.contains("العريشة"), ps.toString());
    }

    @Test
    void aDirectionAfterANameLocatesItFromTheNextPlace() throws Exception {
        // "مدينة الباب شرقي حلب": the town al-Bab east of Aleppo, not the Bab Sharqi quarter of Damascus
        Set<String> ps = allPlaces(dir, "انفجرت سيارة مفخخة صباح اليوم في مدينة الباب شرقي حلب، ما أدى لمقتل ثلاثة مدنيين.");
        assertTrue(ps.contains("al-bab"), ps.toString());
        assertFalse(ps.contains("damascus-bab-sharqi"), ps.toString());
        // the quarter itself, named as such, stays
        ps = allPlaces(dir, "انفجرت عبوة ناسفة صباح اليوم في حي باب شرقي بدمشق.");
        assertTrue(ps.contains("damascus-bab-sharqi"), ps.toString());
    }

    @Test
    void aParticipleAfterTheListsCommaTellsTheStateItLeft() throws Exception {
        // "…، محرومة السكان من …", "…، متسببة بإصابة …": what the strike did, not a further village
        Set<String> ps = allPlaces(dir, "قصفت طائرات حربية بلدة الزيارة في سهل الغاب، محرومة السكان من العودة إلى منازلهم.");
        assertFalse(ps.contains("محرومة"), ps.toString());
        assertTrue(ps.contains("الزيارة"), ps.toString());
        ps = allPlaces(dir, "قصفت طائرات روسية قرية الزيارة، متسببة بإصابة مدنيين.");
        assertFalse(ps.contains("متسببة"), ps.toString());
        assertTrue(ps.contains("الزيارة"), ps.toString());
    }

    @Test
    void theAdjectiveCivilianOpensNoPlaceName() throws Exception {
        // "مدنياً اسمه …", "سيارة مدنية كانت تقل …": "civilian" is made from "مدن" (cities) but names none
        Set<String> ps = allPlaces(dir, "قتل مسلحون مجهولون مدنياً اسمه أحمد في بلدة المزيريب.");
        assertFalse(ps.contains("اسمه"), ps.toString());
        assertTrue(ps.contains("al-muzayrib"), ps.toString());
        ps = allPlaces(dir, "استهدفت طائرة مسيرة تركية سيارة مدنية كانت تقل عمالاً قرب بلدة تل تمر.");
        assertFalse(ps.contains("كانت تقل"), ps.toString());
        assertTrue(ps.contains("tal-tamr"), ps.toString());
    }

    @Test
    void aParticipleWithItsComplementDescribesThePlaces() throws Exception {
        // "قرى تابعة لناحية …", "منطقة مكتظة بالسكان": which kind of places, not their names
        Set<String> ps = allPlaces(dir, "قصفت المدفعية التركية قرى تابعة لناحية تل تمر شمال الحسكة.");
        assertFalse(ps.contains("تابعة"), ps.toString());
        // before a name the dictionary lacks, its "ل" still opens the complement: "قرى تابعة لتل تمر"
        ps = allPlaces(dir, "قصفت المدفعية التركية قرى تابعة لتل تمر شمال الحسكة.");
        assertFalse(ps.contains("تابعة"), ps.toString());
        assertTrue(ps.contains("tal-tamr"), ps.toString());
        ps = allPlaces(dir, "انفجرت سيارة مفخخة في منطقة مكتظة بالسكان في مدينة الباب.");
        assertFalse(ps.contains("مكتظة"), ps.toString());
        assertTrue(ps.contains("al-bab"), ps.toString());
        // a village whose name reads as a plural participle, placed by the area after it, stays a village
        ps = allPlaces(dir, "داهمت قوات إسرائيلية منازل في قرية عابدين بمنطقة حوض اليرموك غربي درعا.");
        assertTrue(ps.contains("عابدين"), ps.toString());
        // a name after the place noun stays one: "بلدة جديدة بكارة"
        ps = allPlaces(dir, "قصفت قوات النظام بلدة جديدة بكارة بريف دير الزور.");
        assertTrue(ps.stream().anyMatch(p -> p.contains("جديدة")), ps.toString());
    }

    @Test
    void aPronounEndsTheName() throws Exception {
        // "الهجوم على حاجز … هو الثاني": the pronoun opens what is said of the attack
        Set<String> ps = allPlaces(dir, "قتل عنصر في هجوم على حاجز العكيرشي هو الثاني خلال يومين.");
        assertTrue(ps.contains("العكيرشي"), ps.toString());
        assertFalse(ps.contains("العكيرشي هو"), ps.toString());
    }

    @Test
    void theFamiliesOfTheDetainedAreNoPeopleOfAPlace() throws Exception {
        // "أهالي المعتقلين": the families of the detained; "أهالي قباسين" are the people of a town
        Set<String> ps = allPlaces(dir, "نظم أهالي المعتقلين وقفة احتجاجية في مدينة القامشلي.");
        assertFalse(ps.contains("المعتقلين"), ps.toString());
        assertTrue(ps.contains("qamishli"), ps.toString());
    }
}
