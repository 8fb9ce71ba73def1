package org.isnad.extract;

import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An attack the attacked fought back in the same sentence ("ردوا على مصدر النيران", "أصابوا أحد المهاجمين")
 * is one armed clash (ACLED), and the clash that tells how it went ("بعد الاشتباك معه") no second event.
 * Sentences written here, in the style of the real pages.
 */
class ResistedAttackTest {

    @TempDir Path dir;

    @Test
    void gunfireOnAPostReturnedByItsGuardsIsAnArmedClash() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "وقال مصدر أمني إن مسلحين يستقلون سيارة أطلقوا النار على نقطة "
                + "للشرطة في بلدة الصنمين بريف درعا، إلا أن عناصر النقطة ردوا على مصدر النيران وأصابوا أحد المهاجمين.");
        assertEquals(List.of("ArmedClash"), types(es), es.toString());
    }

    @Test
    void theClashWithTheAttackersIsTheAttacksCourseNotASecondEvent() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "أعلنت وزارة الداخلية، أمس السبت، مقتل عنصرين من الأمن العام "
                + "في هجوم نفذه مسلحون على حاجز في مدينة الميادين. وأوضحت الوزارة، في بيان، أن الهجوم استهدف حاجزاً "
                + "للأمن العام عند مدخل المدينة، ما أدى إلى مقتل عنصرين، مضيفة أن عناصر الحاجز تمكنوا من تحييد أحد "
                + "أفراد المجموعة المهاجمة بعد الاشتباك معه.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(EventTypes.ARMED_CLASH, es.get(0).eventClass());
    }

    @Test
    void gunfireWithNoResistanceStaysAnAttack() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "أطلق مسلحون مجهولون النار على شاب في بلدة الصنمين بريف درعا، "
                + "ما أدى إلى إصابته بجروح.");
        assertEquals(List.of("Attack"), types(es), es.toString());
    }
}
