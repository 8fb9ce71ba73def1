package org.isnad.extract;

import static org.isnad.extract.TestArticles.allPlaces;
import static org.isnad.extract.TestArticles.places;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words after a place noun that name no place, as real pages use them: a quantifier ("مخيمات عدة"), the
 * adjective of a noun that carries a pronoun ("سكانها العزل"), and a camp named after the people of a town
 * ("مخيم أهل …"), whose first word alone is no place. Sentences written for each rule.
 */
class PlaceWordsNotNamesTest {

    @TempDir Path dir;


    @Test
    void anAdjectiveWithItsComplementIsNoPartOfTheName() throws Exception {
        // "بلدة … الحدودية مع …", "… المكتظة بالنازحين", "… القريبة من …": the adjective describes the village
        // the gazetteer lacks; the village keeps its own name, and the event keeps the village
        EventClaim e = TestArticles.only(dir, "قصفت المدفعية الإسرائيلية، صباح اليوم، بلدة الرفيعة الحدودية مع الجولان المحتل.");
        assertTrue(places(e).contains("الرفيعة"), places(e).toString());
        assertFalse(places(e).contains("الرفيعة الحدودية"), places(e).toString());
        e = TestArticles.only(dir, "شنت طائرات حربية روسية، فجر اليوم، غارات على بلدة كفرعويد المكتظة بالنازحين.");
        assertTrue(places(e).contains("كفرعويد"), places(e).toString());
        Set<String> ps = allPlaces(dir, "استهدفت القوات التركية بالمدفعية، مساء أمس، قرية أم الخراب القريبة من الطريق الدولي.");
        assertTrue(ps.contains("أم الخراب"), ps.toString());
        assertFalse(ps.contains("أم الخراب القريبة"), ps.toString());
    }

    @Test
    void aDirectionOrAWordAfterANameHeadStaysInTheName() throws Exception {
        // "… الشرقي بريف درعا": a direction names the village; "تل الحمدية المطلة على …": after "تل" the
        // definite word is the name itself, whatever follows it
        Set<String> ps = allPlaces(dir, "قصفت قوات النظام، صباح اليوم، قرية الكرك الشرقي بريف درعا.");
        assertTrue(ps.contains("الكرك الشرقي"), ps.toString());
        ps = allPlaces(dir, "قصفت قوات النظام، صباح اليوم، قرية تل الحمدية المطلة على الطريق.");
        assertTrue(ps.contains("تل الحمدية"), ps.toString());
    }

    @Test
    void quartersWithAPronounAfterInNameNoPlace() throws Exception {
        // "في أحيائها": "in its quarters" refers back to the town the sentence named; the hamza sits on a seat
        // before the pronoun, and the word is no village the dictionary lacks
        Set<String> ps = allPlaces(dir, "خرج مئات المحتجين، يوم الجمعة، في مظاهرة بمدينة سرمدا رفضاً لانتشار الحواجز الأمنية في أحيائها.");
        assertFalse(ps.contains("أحيائها"), ps.toString());
        assertTrue(ps.contains("sarmada"), ps.toString());
    }

    @Test
    void aQuantifierAfterAPluralPlaceNounNamesNoPlace() throws Exception {
        // "في مخيمات عدة", "في قرى كثيرة": how many camps, not which one
        Set<String> ps = allPlaces(dir, "قصفت قوات النظام البلدة أمس، فنزح أهلها إلى مخيمات عدة قرب الحدود.");
        assertFalse(ps.contains("عدة"), ps.toString());
        ps = allPlaces(dir, "داهمت دوريات أمنية، صباح اليوم، قرى كثيرة في ريف حمص واعتقلت شباناً.");
        assertFalse(ps.contains("كثيرة"), ps.toString());
    }

    @Test
    void theAdjectiveOfAPlaceNounWithAPronounNamesNoPlace() throws Exception {
        // "قتلوا سكانها العزل": "its defenceless people"; a noun with a pronoun is not followed by a name
        Set<String> ps = allPlaces(dir, "اقتحم المسلحون القرية وقتلوا سكانها العزل بالرصاص.");
        assertFalse(ps.contains("العزل"), ps.toString());
        ps = allPlaces(dir, "قصفت المدفعية بلدتهم الصغيرة في ريف حماة الشمالي.");
        assertFalse(ps.contains("الصغيرة"), ps.toString());
    }

    @Test
    void aCampNamedAfterThePeopleOfATownIsOnePlace() throws Exception {
        // "مخيم أهل طيبة": the camp of the people of Tayba; "أهل" alone is no place, nor a second strike
        List<EventClaim> es = TestArticles.events(dir, "استهدفت طائرة حربية، صباح اليوم، خيمة قرب مخيم أهل مورك في ريف إدلب الشمالي.");
        assertEquals(1, es.size(), es.toString());
        Set<String> ps = places(es.get(0));
        assertFalse(ps.contains("أهل"), ps.toString());
        assertTrue(ps.contains("أهل مورك"), ps.toString());
    }

    @Test
    void aBodyPartAfterAPlaceNounIsWhereTheBulletsStruck() throws Exception {
        // "في منطقتي الرأس والبطن": the head and the abdomen, not two villages split into two more killings
        List<EventClaim> es = TestArticles.events(dir, "عثر أهالي بلدة داعل بريف درعا، صباح اليوم، على جثة شاب مقتولاً، "
                + "وقد تعرّض لإطلاق نار في منطقتي الرأس والبطن على يد مجهولين.");
        assertEquals(1, es.size(), es.toString());
        assertTrue(places(es.get(0)).contains("dail"), es.toString());
        assertFalse(places(es.get(0)).contains("الرأس"), es.toString());
        // "في منطقة رأس العين": a town's name that starts like the word for the head stays a place
        Set<String> ps = allPlaces(dir, "قصفت المدفعية التركية، صباح اليوم، قرى في منطقة رأس العين شمالي الحسكة.");
        assertFalse(ps.isEmpty(), ps.toString());
    }
}
