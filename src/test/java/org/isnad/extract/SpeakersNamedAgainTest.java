package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A speaker introduced once and then named again by a bare name, or by the other word for spokesperson
 * (every sentence written here): what they go on to tell is still theirs.
 */
class SpeakersNamedAgainTest {

    @TempDir Path dir;

    private List<EventClaim> events(String outlet, String body) throws Exception {
        return TestArticles.events(TestArticles.byOutlet(dir, outlet, body));
    }

    private static final String SPOKESMAN = "وقال الناطق باسم الدفاع المدني في ريف دمشق، سالم أحمد لـ\"سمارت\"، إن قصفا "
            + "مدفعيا طال بلدة حمورية يوم الاثنين.";

    @Test
    void theSpokesmanOfAKnownBodySpeaksForIt() throws Exception {
        // "الناطق باسم" is "المتحدث باسم": the Civil Defence speaks, not an unknown person
        EventClaim e = events("Smart News", SPOKESMAN).get(0);
        assertTrue(e.report().label().contains("Civil Defence"), e.report().label());
    }

    @Test
    void aBareNameReferringBackIsTheSpeakerNamedBefore() throws Exception {
        // "وذكر “أحمد” أن …": the spokesman named before, and "وأشار إلى أن …" after him goes on in his voice
        // three acts at three towns (a shell on a town whose name is not read would be the same voice telling
        // the Hamouria shelling again, SameVoiceRetelling)
        List<EventClaim> es = events("Smart News", SPOKESMAN + "\n\nوذكر \"أحمد\" أن خمسة مدنيين جرحوا نتيجة سقوط قذيفة "
                + "مدفعية على بلدة زملكا.\n\nوأشار إلى أن بلدة مسرابا تعرضت لثلاث غارات جوية.");
        assertEquals(3, es.size(), es.toString());
        for (EventClaim e : es) assertTrue(e.report().label().contains("Civil Defence"), e.report().label());
    }

    @Test
    void aSpeakerNounFollowedByAQuotedNameIsNamedThere() throws Exception {
        // "قال الناشط الميداني “…”": a person named in quote marks, not the outlet; "واستبعد “أبو خالد” صحة
        // الأخبار …" names him again and rules the news out: a denial in his voice
        List<EventClaim> es = events("SY24", "قال الناشط الميداني “سالم أبو خالد” لمنصة SY24، إن انفجار عبوة ناسفة أسفر "
                + "عن إصابة خطيرة في مدينة الباب.\n\nواستبعد “أبو خالد” صحة الأخبار المتداولة التي تفيد بتفجير انتحاري "
                + "لنفسه عند أحد الحواجز وسط مدينة الباب.");
        assertEquals(2, es.size(), es.toString());
        for (EventClaim e : es) assertTrue(e.report().label().startsWith("activist"), e.report().label());
        assertEquals(Modality.DENIED, es.get(1).modality());
    }

    @Test
    void aSpeakersLaterShellAtAPlaceNoListResolvesIsAnotherEvent() throws Exception {
        // the same spokesman goes on: a shell between two towns the gazetteer does not hold is not the shelling
        // of the town he named before
        List<EventClaim> es = events("Smart News", "قتل ثلاثة مدنيين الاثنين بقصف لقوات النظام على الغوطة الشرقية "
                + "بريف دمشق.\n\nوقال الناطق باسم الدفاع المدني في ريف دمشق، سالم أحمد لـ\"سمارت\"، إن قصفا مدفعيا طال "
                + "مدينة عربين (9 كم شرق العاصمة دمشق)، أسفر عن مقتل مدنيين اثنين.\n\nوأضاف أن سبعة مدنيين جرحوا نتيجة "
                + "سقوط قذيفة مدفعية على الأحياء السكنية الواقعة بين بلدة حزة و مدينة كفربطنا.");
        assertEquals(3, es.size(), es.toString());
    }

    @Test
    void theStatementNamedBeforeGoesOn() throws Exception {
        // "وبحسب البيان، …": what the statement told before says, not the outlet
        List<EventClaim> es = events("Baladi News", "أعلنت الإدارة الذاتية في بيان، مقتل خمسة عناصر في قصف للطائرات "
                + "التركية استهدف قرية تل جهان.\n\nوبحسب البيان، استهدفت طائرات تركية ليلة أمس عدة نقاط في القحطانية والجوادية.");
        assertTrue(es.size() >= 2, es.toString());
        for (EventClaim e : es) assertEquals(ReportKind.OFFICIAL_STATEMENT, e.report().kind(), e.report().label());
    }
}
