package org.isnad.extract;

import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event types of what forces do besides fighting (session 21, from real pages): incursions, sieges and raids
 * that took no one are changes to group activity; property smashed during a raid is looting; a weapons cache
 * found is disrupted weapons use. Every sentence is written here.
 */
class ForceActivityTypesTest {

    @TempDir Path dir;

    private List<String> typesOf(String body) throws Exception {
        return types(TestArticles.events(dir, body)).stream().sorted().toList();
    }

    @Test
    void anIncursionWithNoOneTakenIsAChangeToGroupActivity() throws Exception {
        assertEquals(List.of("ChangeToGroupActivity"), typesOf(
                "توغلت قوة عسكرية إسرائيلية صباح أمس الأحد في قرية الرفيد بريف القنيطرة الجنوبي، وفتشت عدداً من المنازل قبل أن تنسحب."));
        // what the troops did there, told by its own word, names the event: one arrest, no second claim
        assertEquals(List.of("Arrests"), typesOf(
                "توغلت قوة إسرائيلية في بلدة جباتا الخشب بريف القنيطرة، أمس الأحد، واعتقلت شابين من أهالي البلدة."));
    }

    @Test
    void aSiegeIsAChangeToGroupActivity() throws Exception {
        assertEquals(List.of("ChangeToGroupActivity"), typesOf(
                "حاصرت قوات الفرقة الرابعة بلدة طفس بريف درعا الغربي، فجر أمس الثلاثاء، ومنعت الدخول إليها والخروج منها."));
    }

    @Test
    void aRaidThatTookNoOneIsNoArrest() throws Exception {
        assertEquals(List.of("ChangeToGroupActivity"), typesOf(
                "داهمت دورية للأمن العسكري منازل في بلدة اليادودة بريف درعا الغربي، أمس الاثنين، وفتشتها دون أن تعتقل أحداً."));
        // only the raid nearest the cue: the arrest told first stays one
        assertEquals(List.of("Arrests", "ChangeToGroupActivity"), typesOf(
                "اعتقلت دورية للأمن شابين في بلدة المزيريب بريف درعا أمس الاثنين، فيما داهمت دورية أخرى منازل في بلدة تل شهاب دون تسجيل أي اعتقالات."));
    }

    @Test
    void propertySmashedDuringARaidIsLootingOfItsOwn() throws Exception {
        assertEquals(List.of("Arrests", "LootingPropertyDestruction"), typesOf(
                "داهمت قوة أمنية بلدة الشحيل بريف دير الزور، أمس الأحد، واعتقلت خمسة شبان. "
                        + "وقال شهود إن العناصر المشاركين في المداهمة حطموا أثاث المنازل وسرقوا مصاغاً ذهبياً."));
    }

    @Test
    void theRaidingForcesAreNoRetoldRaid() throws Exception {
        // "الدورية المداهمة" describes the patrol; what it did is still the arrest the sentence tells
        assertEquals(List.of("Arrests"), typesOf(
                "وأفاد أهالٍ في بلدة الكرك الشرقي بريف درعا، اليوم الثلاثاء، بأن الدورية المداهمة اعتقلت ثلاثة شبان وحطمت أثاث منازلهم."));
    }

    @Test
    void anArrestToldWithTheDefiniteNounStaysAnArrestBesideAFoiledAttack() throws Exception {
        // "ألقت القبض" has a definite noun but retells no raid: the foiled attack told after it is no retyping
        assertTrue(typesOf("أعلنت الشرطة في بيان، اليوم السبت، أنها ألقت القبض على رجل كان يحمل حزاماً ناسفاً قرب "
                + "سوق مدينة منبج، وأحبطت هجوماً انتحارياً كان يستهدف المتسوقين.").contains("Arrests"));
    }

    @Test
    void aCordonAroundTheSiteOfAStrikeIsAChangeToActivityNotASiege() throws Exception {
        // "طوقاً" is written like the verb "طوّق" (encircled): the cordon thrown round a blast site is no siege. Since
        // session 40's convention (docs/real-page-sets.md) the cordon, told in the sentence after the act, is the
        // force's change to its activity
        assertEquals(List.of("ChangeToGroupActivity", "RemoteExplosiveLandmineIED"), typesOf(
                "انفجرت عبوة ناسفة بسيارة مدنية في حي الميدان بمدينة دير الزور، اليوم الجمعة. وقال شهود إن "
                        + "عناصر الأمن فرضوا طوقاً أمنياً حول المكان ومنعوا المارة من الاقتراب."));
    }

    @Test
    void aWeaponsCacheFoundIsDisruptedWeaponsUse() throws Exception {
        assertEquals(List.of("DisruptedWeaponsUse"), typesOf(
                "عثرت دورية للأمن العام على مستودع أسلحة وذخائر في مزرعة قرب مدينة الصنمين، أمس الخميس."));
    }
}
