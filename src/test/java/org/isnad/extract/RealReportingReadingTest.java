package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reading rules learnt from real reporting, each on a short text written for it: lemmas cover every
 * inflection, tense tells an act from a habit, places the gazetteer lacks are kept, one event per place,
 * denials and fears make no event that happened.
 */
class RealReportingReadingTest {

    static final String ISNAD = "https://w3id.org/isnad/ns#";
    @TempDir Path dir;

    private List<EventClaim> events(String body) throws Exception {
        return TestArticles.events(dir, body);
    }

    private static Set<String> types(List<EventClaim> es) {
        return es.stream().map(e -> e.eventClass().substring(ISNAD.length())).collect(Collectors.toSet());
    }

    /** The entries a lexicon lemma finds in a word, by local name. */
    private static Set<String> entriesOf(String sentence) {
        List<Token> tokens = ArabicAnalysis.tokens(sentence, 0, sentence.length());
        return TestArticles.lexicon().matcher().match(tokens).stream().flatMap(m -> m.entries().stream())
                .map(e -> e.iri().substring(e.iri().lastIndexOf('/') + 1)).collect(Collectors.toSet());
    }

    @Test
    void oneVerbLemmaCoversEveryInflectionAndItsVerbalNoun() {
        for (String w : List.of("استهدفت", "استُهدفوا", "واستهدفتها", "يستهدف", "وباستهداف", "الاستهداف"))
            assertTrue(entriesOf(w).contains("targeted"), w + " → " + entriesOf(w));
        for (String w : List.of("اعتقلت", "واعتقلوا", "باعتقال", "الاعتقالات"))
            assertTrue(entriesOf(w).stream().anyMatch(e -> e.startsWith("arrest")), w + " → " + entriesOf(w));
    }

    @Test
    void aPastVerbTellsAnActAPresentOneAHabit() throws Exception {
        assertEquals(Set.of("PeacefulProtest"), types(events("تجمع المتظاهرون أمام مبنى المحافظة في مدينة السويداء.")));
        assertTrue(events("ولا تزال القوات التركية توجه ضربات بالطائرات المسيّرة إلى مناطق الإدارة الذاتية.").isEmpty(),
                "a habit is no event");
    }

    @Test
    void theMeansNamesTheEvent() throws Exception {
        assertEquals(Set.of("AirDroneStrike"), types(events("قصفت طائرات حربية روسية، فجر اليوم، أطراف بلدة كفرنبل جنوبي إدلب.")));
        assertEquals(Set.of("RemoteExplosiveLandmineIED"),
                types(events("قُتل خمسة عناصر من قوات النظام بانفجار لغم أرضي قرب مدينة تدمر، اليوم.")));
        assertEquals(Set.of("Arrests"), types(events("ألقت دورية للشرطة القبض على شابين في مدينة جبلة، اليوم.")));
    }

    @Test
    void anUnknownVillageIsKeptAsWrittenWithinTheAreaNamed() throws Exception {
        EventClaim e = events("قصفت قوات النظام بقذائف الهاون، فجر اليوم، قرية الجرذي في ريف دير الزور الشرقي.").get(0);
        PlaceText village = e.placeTexts().iterator().next();
        assertEquals("الجرذي", village.text());
        assertEquals("https://w3id.org/isnad/id/place/deir-ez-zor-eastern-countryside", village.within());
    }

    @Test
    void eachPlaceOfAListIsAnEventOfItsOwn() throws Exception {
        List<EventClaim> raids = events("داهمت قوات النظام، اليوم، منازل في بلدات نوى والشيخ مسكين وإبطع بريف درعا.");
        assertEquals(3, raids.size(), raids.toString());
        assertTrue(raids.stream().allMatch(r -> r.eventClass().endsWith("Arrests")));
    }

    @Test
    void denialsFearsAndCallsAreNoEventsThatHappened() throws Exception {
        EventClaim denied = events("ونفت وزارة الداخلية صحة الأنباء عن اعتقال ناشطين في مدينة الرستن.").get(0);
        assertEquals(Modality.DENIED, denied.modality());
        assertEquals(Modality.DENIED, events("ولم تستهدف الطائرات الروسية أي مواقع مدنية في ريف حمص، اليوم.").get(0).modality());
        assertTrue(events("وأغلق الأهالي محالهم خوفاً من استهدافها بالقصف، اليوم.").stream()
                .noneMatch(x -> x.eventClass().endsWith("ShellingArtilleryMissileAttack")), "a feared shelling");
        assertTrue(events("ودعا ناشطون إلى التظاهر في ساحة الكرامة يوم الجمعة المقبل.").isEmpty(), "a call to protest");
    }

    @Test
    void anEventToldInReportedSpeechIsAnEventOfThatSpeaker() throws Exception {
        List<EventClaim> es = events("وقالت الشرطة إن مجهولين أطلقوا النار على سيارة مدنية في حي الوعر بمدينة حمص، اليوم.");
        assertEquals(1, es.size());
        assertTrue(es.get(0).eventClass().endsWith("Attack"));
        assertFalse(es.get(0).report().kind() == ReportKind.OUTLET_REPORTING, "the police say so, not the outlet");
        assertNotNull(es.get(0).time().start());
    }

    @Test
    void twoIncidentsOfOneSentenceAreTwoEvents() throws Exception {
        List<EventClaim> es = events("رصد المرصد السوري حادثتي قتل في ريف دير الزور الشرقي؛ الأولى أمس، حين قتل مسلحون "
                + "مجهولون شاباً بإطلاق النار عليه في بلدة الشحيل، أما الحادثة الثانية فوقعت فجر اليوم، إذ عُثر على جثة رجل "
                + "مقتولاً بطلق ناري قرب قرية الطيانة.");
        assertEquals(2, es.size(), "الأولى … أما الحادثة الثانية");
        assertEquals("2024-05-11", String.valueOf(es.get(0).time().start()));
        assertEquals("2024-05-12", String.valueOf(es.get(1).time().start()));
    }

    @Test
    void aFrontedAfterPhraseTellsAnEventOfItsOwn() throws Exception {
        List<EventClaim> es = events("عقب مقتل شابين بغارة جوية على أطراف بلدة البصيرة، اليوم، خرج العشرات من أهالي البلدة في مظاهرة غاضبة.");
        assertEquals(Set.of("AirDroneStrike", "PeacefulProtest"), types(es));
        EventClaim protest = es.stream().filter(e -> e.eventClass().endsWith("PeacefulProtest")).findFirst().orElseThrow();
        assertTrue(protest.places().contains("https://w3id.org/isnad/id/place/al-busayrah"), "البلدة: the town just named");
    }

    @Test
    void aManWhoIsNamedClaimsNothing() throws Exception {
        // "يُدعى" (is named) is the passive of دعا, not "يدّعي" (claims): the outlet tells the killing, asserted
        List<EventClaim> es = events("اغتال مسلحون مجهولون، مساء أمس، عنصراً في قوات سوريا الديمقراطية يُدعى (م. ح) في بلدة أبو حردوب.");
        assertEquals(1, es.size());
        assertEquals(Modality.ASSERTED, es.get(0).modality());
        assertEquals(ReportKind.OUTLET_REPORTING, es.get(0).report().kind());
    }

    @Test
    void anAccusationInALaterClauseSpeaksOnlyForItsClause() throws Exception {
        List<EventClaim> es = events("انفجرت عبوة ناسفة، مساء أمس، عند باب منزل في حي طريق السد بمدينة درعا، "
                + "واتهم أهالي الحي عناصر خلية بزرعها.");
        assertEquals(1, es.size());
        assertEquals(Modality.ASSERTED, es.get(0).modality(), "the blast is told, not alleged");
        assertEquals(ReportKind.OUTLET_REPORTING, es.get(0).report().kind(), "by the outlet, not the residents");
    }
}
