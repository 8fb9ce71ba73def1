package org.isnad.extract;

import static org.isnad.extract.TestArticles.events;
import static org.isnad.extract.TestArticles.first;
import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forms of strategic developments (session 40's convention) the readers missed on the real dev sets: a
 * deployment told by its accusative noun and adjective, a force stepping up its presence, a cordon told in the sentence after the act, drones
 * brought down told by the verbal noun, and a headline's present "تفكك عبوة". Sentences written here.
 */
class StrategicDevelopmentFormsTest {

    @TempDir Path dir;

    private static final String CHANGE = "ChangeToGroupActivity";

    @Test
    void aDeploymentToldByItsAccusativeNounAndAdjective() throws Exception {
        assertEquals(List.of(CHANGE), types(events(dir, "وقال مراسلنا إن مدينة الرستن شهدت صباح أمس انتشاراً أمنياً"
                + " لعناصر الأمن العسكري.")));
        assertEquals(List.of(CHANGE), types(events(dir, "شهدت بلدة الحراك مساء أمس انتشاراً عسكرياً كثيفاً.")));
    }

    @Test
    void aForceSteppingUpItsPresenceDeploys() throws Exception {
        assertEquals(List.of(CHANGE), types(events(dir, "وكثفت قوات الأمن انتشارها في مدينة جبلة صباح أمس.")));
    }

    @Test
    void aCordonToldInTheSentenceAfterTheAct() throws Exception {
        List<EventClaim> es = events(dir, "انفجرت عبوة ناسفة بسيارة مدنية في حي الجورة بمدينة دير الزور مساء أمس، ما"
                + " أدى إلى إصابة شخصين. وأوضح مصدر محلي أن قوة أمنية وصلت إلى المكان وفرضت طوقاً أمنياً حوله.");
        assertEquals(List.of(CHANGE, "RemoteExplosiveLandmineIED"), types(es), es.toString());
        EventClaim change = first(es, EventTypes.CHANGE_TO_GROUP_ACTIVITY);
        assertEquals(first(es, EventTypes.IED).places(), change.places());
        assertTrue(change.evidence().get(0).text().startsWith("وأوضح"), change.evidence().toString());
    }

    @Test
    void aSentenceAfterTheActThatTellsAnActOfItsOwnLendsNoCordon() throws Exception {
        List<EventClaim> es = events(dir, "انفجرت عبوة ناسفة بسيارة مدنية في حي الجورة بمدينة دير الزور مساء أمس. وفي"
                + " حادثة أخرى، قُتل شاب برصاص مجهولين في بلدة الشحيل، وفرضت قوة أمنية طوقاً حول المكان.");
        // the cordon is the shooting's (its own sentence), not the blast's
        assertEquals(1, es.stream().filter(e -> e.eventClass().endsWith(CHANGE)).count(), types(es).toString());
    }

    @Test
    void dronesBroughtDownToldByTheVerbalNoun() throws Exception {
        List<EventClaim> es = events(dir, "تمكنت الدفاعات الجوية الروسية من إسقاط طائرتين مسيرتين حاولتا استهداف مطار"
                + " حميميم في ريف جبلة مساء أمس.");
        assertNotNull(first(es, EventTypes.DISRUPTED), types(es).toString());
    }

    @Test
    void theOverthrowOfTheRegimeIsNoInterception() throws Exception {
        List<EventClaim> es = events(dir, "خرج المئات في مظاهرة في مدينة بنش أمس للمطالبة بإسقاط النظام.");
        assertEquals(List.of("PeacefulProtest"), types(es));
        assertFalse(es.get(0).modality() == Modality.FOILED);
    }

    @Test
    void aHeadlinesPresentDefusalIsNoBombing() throws Exception {
        List<EventClaim> es = events(dir, "فرق الهندسة تفكك عبوة ناسفة وسط مدينة الميادين");
        assertEquals(List.of("DisruptedWeaponsUse"), types(es), es.toString());
    }

    @Test
    void planesNamedFarAfterABringingDownAreNoInterception() throws Exception {
        // the 6-word gap of a lemma phrase read these as interceptions (session 41's review)
        for (String text : List.of(
                "تظاهر المئات في مدينة سراقب أمس للمطالبة بإسقاط النظام ووقف قصف الطائرات.",
                "قُتل أربعة مدنيين جراء إسقاط البراميل المتفجرة من الطائرات المروحية على بلدة داريا أمس.",
                "أعلن الجيش الإسرائيلي فجر اليوم استهداف الدفاعات الجوية السورية في محيط مدينة الكسوة.")) {
            List<EventClaim> es = events(dir, text);
            assertTrue(es.stream().noneMatch(e -> e.modality() == Modality.FOILED), es.toString());
        }
    }

    @Test
    void theAirDefencesFiringAtDronesIsAnInterception() throws Exception {
        List<EventClaim> es = events(dir, "سُمع دوي انفجارات في مدينة جبلة مساء أمس ناجمة عن استهداف الدفاعات الجوية"
                + " للطائرات المسيرة في سماء المدينة.");
        assertNotNull(first(es, EventTypes.DISRUPTED), types(es).toString());
    }

    @Test
    void newsSpreadingIsNoDeployment() throws Exception {
        List<EventClaim> es = events(dir, "كثفت قوات النظام قصفها بعد انتشار أنباء عن هجوم للفصائل على بلدة اللطامنة أمس.");
        assertTrue(es.stream().noneMatch(e -> e.eventClass().endsWith(CHANGE)), types(es).toString());
    }

    @Test
    void aCordonToldAtAnotherPlaceInTheNextSentenceIsNotTheBlasts() throws Exception {
        List<EventClaim> es = events(dir, "انفجرت عبوة ناسفة بسيارة مدنية في حي الجورة بمدينة دير الزور مساء أمس. وفي"
                + " حي الوعر بمدينة حمص، فرضت قوات الأمن طوقاً أمنياً.");
        EventClaim ied = first(es, EventTypes.IED);
        assertTrue(es.stream().noneMatch(e -> e.eventClass().endsWith(CHANGE) && e.places().equals(ied.places())), es.toString());
    }
}
