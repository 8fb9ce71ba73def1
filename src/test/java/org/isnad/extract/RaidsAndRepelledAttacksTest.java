package org.isnad.extract;

import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event types seen wrong on real pages (session 21, types round 2): a raid in which someone is shot dead and no
 * one taken is an attack; a position that fights off an attack or an infiltration is an armed clash; houses
 * blown up are property destroyed. Every sentence is written here.
 */
class RaidsAndRepelledAttacksTest {

    @TempDir Path dir;

    private List<String> typesOf(String body) throws Exception {
        return types(TestArticles.events(dir, body)).stream().sorted().toList();
    }

    @Test
    void aManShotDeadDuringARaidIsAnAttack() throws Exception {
        // (told over two clauses, "، خلال مداهمة" or "، وأطلقت النار", the raid is still read as an arrest of its own: not done yet)
        assertEquals(List.of("Attack"), typesOf(
                "قُتل رجل خمسيني برصاص عناصر دورية أمنية خلال مداهمة منزله في بلدة المسيفرة بريف درعا الشرقي، فجر أمس الأربعاء."));
        assertEquals(List.of("Attack"), typesOf(
                "داهمت دورية للأمن العسكري منزلاً في بلدة الصنمين وأطلقت النار على صاحبه فأردته قتيلاً أمس الاثنين."));
    }

    @Test
    void aRaidThatTookSomeoneStaysAnArrest() throws Exception {
        // someone taken: the arrest stands, shots or not
        assertEquals(List.of("Arrests"), typesOf(
                "داهمت دورية للأمن العسكري منزلاً في بلدة الصنمين، أمس الاثنين، واعتقلت شاباً بعد إطلاق النار عليه."));
        assertEquals(List.of("Arrests"), typesOf(
                "داهمت قوة أمنية منازل في بلدة الشحيل بريف دير الزور، أمس الأحد، واعتقلت ثلاثة شبان."));
    }

    @Test
    void anAttackFoughtOffIsAnArmedClash() throws Exception {
        assertEquals(List.of("ArmedClash"), typesOf(
                "تصدت فصائل المعارضة، ليل أمس الأحد، لمحاولة تسلل نفذتها قوات النظام على محور قرية كفرعويد بريف إدلب الجنوبي."));
        assertEquals(List.of("ArmedClash"), typesOf(
                "صد مقاتلو الجيش الوطني هجوماً لقوات النظام على نقطة لهم قرب بلدة تادف بريف حلب الشرقي، أمس الثلاثاء."));
    }

    @Test
    void aHouseBlownUpIsPropertyDestroyed() throws Exception {
        assertEquals(List.of("LootingPropertyDestruction"), typesOf(
                "نسفت القوات الإسرائيلية منزلاً في قرية الحميدية بريف القنيطرة، صباح أمس الجمعة، بعد إخلاء سكانه."));
    }
}
