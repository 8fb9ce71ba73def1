package org.isnad.extract;

import static org.isnad.extract.TestArticles.allPlaces;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closed-class words the dictionary misreads ("وهي" as a verbal noun, "ذات" and "كانت" unknown) gave claims of
 * their own at a "place" no reader would see (rdev27, rdev28, heldout6 extras): a list of names ends at them
 * (isnad:ListEndWord). Sentences written for each shape.
 */
class ClosedClassWordsNameNoPlaceTest {

    @TempDir Path dir;

    private void noPlace(String body, String word) throws Exception {
        Set<String> ps = allPlaces(dir, body);
        assertFalse(ps.contains(word), ps.toString());
    }

    @Test
    void thePronounOfNamelyIsNoVillage() throws Exception {
        noPlace("قصف الطيران الحربي، صباح اليوم، ثلاث قرى وهي (الطليسية، القاهر) بعشرات الغارات.", "وهي");
    }

    @Test
    void theSameVillageIsNoVillageCalledSame() throws Exception {
        noPlace("داهمت دورية أمنية، فجر اليوم، منزلاً في قرية الحجنة، فيما قالت صفحات محلية إن الدورية اعتقلت شاباً في ذات القرية.", "ذات");
    }

    @Test
    void beforeItEndsAListOfCapturedVillages() throws Exception {
        Set<String> ps = allPlaces(dir, "سيطرت الفصائل، اليوم، على قرى الرشيدية والقاسمية وقبله الداودية في ريف الحسكة.");
        assertFalse(ps.contains("قبله") || ps.contains("وقبله"), ps.toString());
        assertTrue(ps.contains("الرشيدية"), ps.toString());
    }

    @Test
    void aNearbyVillageNamesNone() throws Exception {
        noPlace("ألقت الشرطة، ظهر اليوم، القبض على ثلاثة لصوص خلال عملية دهم في قرية قريبة.", "قريبة");
    }

    @Test
    void aVerbOfBeingAfterTheCommaOpensAClause() throws Exception {
        noPlace("اندلعت اشتباكات، اليوم، بعدما حاول مسلحون تحرير شاب من أبناء بلدة عريقة، كانت عصابة قد خطفته قبل أسبوع.", "كانت");
    }
}
