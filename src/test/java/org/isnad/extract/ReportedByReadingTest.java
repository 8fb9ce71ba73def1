package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.ingest.Article;
import org.isnad.ingest.ArticleOverrides;
import org.isnad.ingest.TextArticleSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who reports each event: the rules of attribution read from how news prose tells its sources. */
class ReportedByReadingTest {

    static Lexicon lexicon;
    @TempDir Path dir;

    @BeforeAll
    static void load() throws Exception {
        lexicon = Lexicon.load(List.of(Path.of("ontology")));
    }

    /** The event claims of a body published by {@code outlet}. */
    private List<EventClaim> events(String outlet, String body) throws Exception {
        Path f = dir.resolve("article.txt");
        Files.writeString(f, "outlet: " + outlet + "\npublished: 2024-05-12\ntitle: خبر\n---\n" + body);
        Article a = new TextArticleSource(lexicon.boilerplateLines()).read(f, ArticleOverrides.NONE);
        return TestArticles.events(new ArabicClaimExtractor(lexicon).extract(a));
    }

    private static EventClaim toldIn(List<EventClaim> es, String words) {
        return es.stream().filter(e -> e.evidence().stream().anyMatch(ev -> ev.text().contains(words))).findFirst()
                .orElseThrow(() -> new AssertionError("no event told in «" + words + "»: " + es));
    }

    @Test
    void theSecondOfTwoIncidentsIsToldByWhoeverToldTheFirst() throws Exception {
        List<EventClaim> es = events("SY24", "قال مصدر محلي إن ريف المدينة شهد هجومين، الأول صباح اليوم حين أطلق مسلحون مجهولون "
                + "النار على حاجز في بلدة الشحيل. أما الهجوم الثاني فوقع مساء اليوم، إذ انفجرت عبوة ناسفة بسيارة مدنية في مدينة البصيرة.");
        Report first = toldIn(es, "الشحيل").report();
        Report second = toldIn(es, "البصيرة").report();
        assertEquals(ReportKind.SOURCE_REPORT, first.kind(), first.label());
        assertEquals(first.speaker(), second.speaker(), "the enumeration goes on in the same voice: " + second.label());
        es = events("SY24", "ذكرت شبكة محلية أن المدينة شهدت حادثتين، الأولى حين اختطف مسلحون مجهولون طفلاً في بلدة الشحيل. "
                + "وأما الحادثة الثانية فوقعت أمس، إذ اعتقلت دورية شاباً في مدينة البصيرة.");
        assertEquals(toldIn(es, "الشحيل").report().speaker(), toldIn(es, "البصيرة").report().speaker(), toldIn(es, "البصيرة").report().label());
    }

    @Test
    void theOutletsOwnSourcesAreItsAnonymousSources() throws Exception {
        Report r = events("SOHR", "قُتل شاب برصاص مسلحين مجهولين في بلدة الصبحة بريف دير الزور الشرقي، مساء أمس، وفقاً لمصادر المرصد.")
                .get(0).report();
        assertEquals(ReportKind.ANONYMOUS_SOURCES, r.kind(), r.label());
        assertEquals("SOHR's sources", r.label());
        // another outlet citing the observatory's sources does not speak of its own sources
        Report elsewhere = events("SY24", "قُتل شاب برصاص مسلحين مجهولين في بلدة الصبحة بريف دير الزور الشرقي، مساء أمس، "
                + "وفقاً لمصادر المرصد.").get(0).report();
        assertNotEquals("SY24's sources", elsewhere.label());
    }

    @Test
    void ourCorrespondentIsTheOutletsOwnReporting() throws Exception {
        List<EventClaim> es = events("SY24", "اعتقلت دورية للأمن العسكري ثلاثة شبان في بلدة الحراك بريف درعا، أمس، بحسب ما أفاد به "
                + "مراسلنا في المنطقة. وأوضح المراسل أن دورية أخرى داهمت منزلاً في مدينة إزرع واعتقلت صاحبه.");
        assertEquals(ReportKind.OUTLET_REPORTING, toldIn(es, "الحراك").report().kind(), toldIn(es, "الحراك").report().label());
        assertEquals(ReportKind.OUTLET_REPORTING, toldIn(es, "إزرع").report().kind(), "the correspondent named before");
    }

    @Test
    void aSecurityServiceSpeaksAndIsReferredToAsTheService() throws Exception {
        List<EventClaim> es = events("Syria TV", "أعلن “جهاز الأمن العام” التابع لـ“هيئة تحرير الشام”، اليوم، اعتقال ثلاثة أشخاص في مدينة الدانا "
                + "شمالي إدلب. وقال الجهاز في بيان إن عناصره قتلوا مسلحاً في اشتباك قرب بلدة سرمدا.");
        Report first = toldIn(es, "الدانا").report();
        assertNotEquals(ReportKind.OUTLET_REPORTING, first.kind(), first.label());
        // the service is a known actor now (actors.ttl), named by its English label
        assertTrue(first.label().contains("General Security"), first.label());
        assertEquals(first.speaker(), toldIn(es, "سرمدا").report().speaker(), "«الجهاز» is the service named before");
    }

    @Test
    void theNetworkIsTheOutletWhenNoOtherNetworkWasNamed() throws Exception {
        List<EventClaim> es = events("Suwayda 24", "قال مصدر محلي إن مسلحين مجهولين خطفوا شاباً في بلدة القريا، أمس. "
                + "وأشارت الشبكة إلى أن مسلحين آخرين اعتقلوا رجلاً في مدينة شهبا، اليوم.");
        assertEquals(ReportKind.SOURCE_REPORT, toldIn(es, "القريا").report().kind());
        assertEquals(ReportKind.OUTLET_REPORTING, toldIn(es, "شهبا").report().kind(), toldIn(es, "شهبا").report().label());
        // in another outlet's article "الشبكة" is the network it named
        es = events("Enab Baladi", "ذكرت شبكة “السويداء 24” المحلية أن مسلحين مجهولين خطفوا شاباً في بلدة القريا، أمس. "
                + "وأشارت الشبكة إلى أن مسلحين آخرين اعتقلوا رجلاً في مدينة شهبا، اليوم.");
        assertEquals(toldIn(es, "القريا").report().speaker(), toldIn(es, "شهبا").report().speaker());
    }

    @Test
    void aDefiniteSpeakerDescribedByWhatFollowsIsNamedThere() throws Exception {
        List<EventClaim> es = events("Syria TV", "قال الناشط الإعلامي (م. ع) لموقع تلفزيون سوريا إن قوات النظام قصفت بلدة البارة "
                + "بقذائف المدفعية، اليوم.");
        Report r = toldIn(es, "البارة").report();
        assertEquals(ReportKind.SOURCE_REPORT, r.kind(), r.label());
        assertEquals("media activist (الناشط الإعلامي)", r.label());
    }

    @Test
    void anAgencyRelayingASourceIsAChainOfTwo() throws Exception {
        Report r = events("Enab Baladi", "نقلت وكالة الأنباء السورية (سانا) عن مصدر عسكري قوله إن قوات النظام قصفت مواقع "
                + "للفصائل في بلدة كنصفرة جنوبي إدلب، اليوم.").get(0).report();
        assertTrue(r.speaker().endsWith("/sana"), r.label());
        assertTrue(r.quotes() != null, r.label());
        assertEquals("military source (مصدر عسكري)", r.quotes().label());
    }

    @Test
    void activistsOrSourcesOfANamedBodySpeakForThatBody() throws Exception {
        // another outlet relaying them names the observatory, by a verb of saying or by "according to"
        EventClaim e = events("North Press", "أفاد نشطاء المرصد السوري بإصابة رجل بجروح برصاص مسلحين مجهولين في بلدة الشحيل "
                + "بريف دير الزور الشرقي، مساء أمس.").get(0);
        assertTrue(e.report().speaker() != null && e.report().speaker().endsWith("/sohr"), e.report().label());
        Report relayed = events("Enab Baladi", "وقالت مصادر المرصد السوري إن مسلحين مجهولين أحرقوا سيارة في بلدة طفس "
                + "بريف درعا الغربي، اليوم.").get(0).report();
        assertTrue(relayed.speaker() != null && relayed.speaker().endsWith("/sohr"), relayed.label());
        Report according = events("Syria TV", "أطلق مسلحون مجهولون النار على حاجز في بلدة الحراك بريف درعا، فجر اليوم، "
                + "بحسب نشطاء المرصد السوري.").get(0).report();
        assertTrue(according.speaker() != null && according.speaker().endsWith("/sohr"), according.label());
        // the observatory's own sources in its own report stay its anonymous sources
        assertEquals("SOHR's sources", events("SOHR", "وقالت مصادر المرصد السوري إن مسلحين مجهولين أحرقوا سيارة في بلدة طفس "
                + "بريف درعا الغربي، اليوم.").get(0).report().label());
    }

    @Test
    void anAgencyDescribedThenNamedIsThatAgency() throws Exception {
        Report r = events("North Press", "قالت وكالة الأنباء الحكومية التابعة للنظام سانا إن قذيفة سقطت على حي سكني "
                + "في مدينة محردة بريف حماة أمس، ما أدى إلى إصابة طفلين.").get(0).report();
        assertTrue(r.label().contains("SANA"), r.label());
        r = events("North Press", "أصيب ثلاثة مدنيين بقصف مدفعي على بلدة محردة بريف حماة أمس، بحسب وكالة الأنباء الرسمية (سانا).")
                .get(0).report();
        assertTrue(r.label().contains("SANA"), r.label());
    }

    @Test
    void anotherOutletsCorrespondentIsThatOutlet() throws Exception {
        Report r = events("North Press", "أفاد مراسل عنب بلدي بأن دورية اعتقلت شابين في مدينة الميادين بريف دير الزور صباح اليوم.")
                .get(0).report();
        assertEquals(ReportKind.SOURCE_REPORT, r.kind(), r.label());
        assertTrue(r.label().contains("Enab"), r.label());
    }
}
