package org.isnad.extract;

import static org.isnad.extract.TestArticles.allPlaces;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Village names of two words that real pages name and the reader cut to their first word: a title before a
 * person's name ("الشيخ …"), a noun in construct whose second word the analyser may also read as an
 * adjective ("منجم الملح"), a name head whose second word looks like "ل" + a verb ("عين لاروز"). Sentences written for each rule.
 */
class TwoWordPlaceNamesTest {

    @TempDir Path dir;


    @Test
    void aTitleAndAPersonsNameAreOneVillageName() throws Exception {
        // "قرية الشيخ ياسين": a village named after a sheikh; "الشيخ" alone names nothing
        Set<String> ps = allPlaces(dir, "قصفت مدفعية النظام، صباح اليوم، قرية الشيخ ياسين بريف حماة الشمالي.");
        assertTrue(ps.contains("الشيخ ياسين"), ps.toString());
    }

    @Test
    void aSecondWordThatMayReadAsAnAdjectiveStillCompletesTheName() throws Exception {
        // "منجم الملح", "خراب الشحم": the analyser also reads "الملح", "الشحم" as adjectives, but after an
        // indefinite noun a word with the article that can be a noun is the name it is in construct with
        Set<String> ps = allPlaces(dir, "انفجر لغم أرضي بسيارة تقل عمالاً في منطقة منجم الملح شرقي حمص.");
        assertTrue(ps.contains("منجم الملح"), ps.toString());
        ps = allPlaces(dir, "عثر الأهالي على جثة شاب مقتولاً بالرصاص قرب بلدة خراب الشحم غربي درعا.");
        assertTrue(ps.contains("خراب الشحم"), ps.toString());
    }

    @Test
    void theSecondWordAfterANameHeadIsKeptThoughItReadsAsAPreposition() throws Exception {
        // "عين لاروز": after "عين" the analyser reads "لاروز" as "ل" + a verb; it is the village's second word
        Set<String> ps = allPlaces(dir, "قصفت قوات النظام براجمات الصواريخ قرى البارة وعين لاروز جنوبي إدلب.");
        assertTrue(ps.contains("عين لاروز"), ps.toString());
        assertFalse(ps.contains("عين"), ps.toString());
    }
}
