package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who reports it (session 42; every sentence written here): the outlet's correspondent named after a media word
 * ("مراسل وكالة شفق نيوز", "مراسل موقعنا") or right after a verb that would carry the speaker before over
 * ("وأضاف مراسلنا"); speakers wire items name by a bare noun ("إعلام سوري", "تقارير صحفية", "بعض السكان"); and the
 * accused after "اتهم نشطاء", who is not the activists' body.
 */
class VoicesOfWireItemsTest {

    @TempDir Path dir;

    private List<EventClaim> events(String outlet, String body) throws Exception {
        return TestArticles.events(TestArticles.byOutlet(dir, outlet, body));
    }

    private EventClaim first(String outlet, String body) throws Exception {
        return events(outlet, body).get(0);
    }

    @Test
    void theAgencysCorrespondentAfterItsMediaWordIsTheOutlet() throws Exception {
        String body = "وقال مراسل وكالة شفق نيوز في الحسكة، إن عشرات الأشخاص تظاهروا أمام مبنى المحافظة ظهر الأربعاء.";
        assertEquals(ReportKind.OUTLET_REPORTING, first("Shafaq News", body).report().kind());
        // the header's short name is the same outlet
        assertEquals(ReportKind.OUTLET_REPORTING, first("Shafaq", body).report().kind());
    }

    @Test
    void anotherAgencysCorrespondentAfterItsMediaWordIsNoOwnVoice() throws Exception {
        EventClaim e = first("Enab Baladi",
                "وقال مراسل وكالة شفق نيوز في الحسكة، إن عشرات الأشخاص تظاهروا أمام مبنى المحافظة ظهر الأربعاء.");
        assertNotEquals(ReportKind.OUTLET_REPORTING, e.report().kind(), e.report().label());
    }

    @Test
    void theCorrespondentOfOurSiteIsTheOutlet() throws Exception {
        EventClaim e = first("Enab Baladi", "وأفاد مراسل موقعنا في ريف حلب أن طائرة مسيّرة قصفت سيارة قرب بلدة دير حافر صباح اليوم.");
        assertEquals(ReportKind.OUTLET_REPORTING, e.report().kind(), e.report().label());
    }

    @Test
    void ourCorrespondentAddingIsNotTheSpeakerBefore() throws Exception {
        List<EventClaim> es = events("North Press",
                "قال مصدر عسكري إن مسلحين هاجموا حاجزاً للأمن العام قرب قرية الغنطو في ريف حمص.\n\n"
                + "وأضاف مراسلنا في حمص أنه عقب الهجوم شنت القوات الأمنية حملة مداهمات واعتقلت أربعة شبان من القرية.");
        EventClaim arrest = es.stream().filter(e -> e.eventClass().endsWith("Arrests")).findFirst().orElseThrow();
        assertEquals(ReportKind.OUTLET_REPORTING, arrest.report().kind(), arrest.report().label());
    }

    @Test
    void bareMediaNounWithItsQualifiersSpeaks() throws Exception {
        EventClaim e = first("Zarab", "أفاد إعلام سوري رسمي، الجمعة، بتوغل قوة إسرائيلية في قرية بريف القنيطرة الجنوبي.");
        assertNotEquals(ReportKind.OUTLET_REPORTING, e.report().kind(), e.report().label());
        assertTrue(e.report().label().contains("media"), e.report().label());
        EventClaim o = first("Ean Libya", "وذكرت وسائل إعلام رسمية أن عبوة ناسفة انفجرت بسيارة في حي المزة بدمشق مساء الأربعاء.");
        assertTrue(o.report().label().startsWith("official media"), o.report().label());
    }

    @Test
    void residentsAfterTheNewsSpeakForIt() throws Exception {
        EventClaim e = first("Youm7", "أغلقت المحال أبوابها في مدينة حماة اليوم في إضراب عام حداداً على قتلى الجمعة، كما أفاد بعض السكان.");
        assertTrue(e.report().label().startsWith("residents"), e.report().label());
    }

    @Test
    void pressReportsSpeak() throws Exception {
        EventClaim e = first("Al-Raees News", "قالت تقارير صحفية إن مسلحين سيطروا فجر الخميس على معبر قرب جرابلس بعد اشتباكات مع فصيل محلي.");
        assertTrue(e.report().label().startsWith("press reports"), e.report().label());
    }

    @Test
    void theAccusedAfterActivistsIsNoBodyOfTheirs() throws Exception {
        EventClaim e = first("SOHR", "قُتل شاب برصاص قناص في بلدة مضايا، واتهم نشطاء قوات النظام بإطلاق النار عليه.");
        assertTrue(e.report().label().startsWith("Activists"), e.report().label());
    }

    @Test
    void aSpokespersonOfABodyNamedAfterSpeaks() throws Exception {
        EventClaim e = first("Albawaba", "قُتل خمسة أشخاص في انفجار سيارة مفخخة في حي سكني بمدينة حمص السبت، كما قال المتحدث باسم وزارة الداخلية.");
        assertTrue(e.report().label().startsWith("spokesperson"), e.report().label());
    }

    @Test
    void theBareArmyAfterAnArmyNamedBeforeIsThatArmy() throws Exception {
        List<EventClaim> es = events("Syrian Mirror",
                "أعلن “جيش سوريا الجديد” ظهر اليوم سيطرته على قرية الجلاء شرق مدينة البوكمال.\n\n"
                + "وأكد الجيش في بيان له أن مقاتليه اعتقلوا ثلاثة من عناصر التنظيم في قرية السويعية.");
        EventClaim arrest = es.stream().filter(e -> e.eventClass().endsWith("Arrests")).findFirst().orElseThrow();
        assertTrue(arrest.report().label().startsWith("New Syrian Army"), arrest.report().label());
    }

    @Test
    void oneOfTheWitnessesIsAWitness() throws Exception {
        EventClaim e = first("Enab Baladi", "وقال أحد الشهود إن دورية للأمن العسكري داهمت مدرسة في مدينة الكسوة واعتقلت عشرين شاباً.");
        assertTrue(e.report().label().startsWith("witness"), e.report().label());
    }
}
