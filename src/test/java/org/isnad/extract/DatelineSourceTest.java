package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dateline that names the source of the whole item ("إدلب، (مركز إدلب الإعلامي) –", "دمشق- (د ب أ)"): what
 * the item tells in no named voice is that source's account (DatelineSource); and a sentence opening with "كما"
 * adds to the account of the latest event told when the sentence before only gave a detail of it
 * (SentenceVoiceCues.accountAddedTo). Every sentence written here.
 */
class DatelineSourceTest {

    @TempDir Path dir;

    private List<EventClaim> events(String outlet, String body) throws Exception {
        return TestArticles.events(TestArticles.byOutlet(dir, outlet, body));
    }

    private static final String BODY = "قال الناطق باسم مركز حماة الإعلامي إن الطيران الحربي ألقى براميل متفجرة على قرية"
            + " الحواش في سهل الغاب.\n\nهذا وقد خرجت مظاهرات بعد صلاة الجمعة في بلدة كفرنبودة بريف حماة.";

    @Test
    void aMediaCentreInTheDatelineTellsTheWholeItem() throws Exception {
        List<EventClaim> es = events("Akhbar Al Aan", "حماة، سوريا، (مركز حماة الإعلامي) – " + BODY);
        EventClaim protest = es.stream().filter(e -> e.eventClass().endsWith("PeacefulProtest")).findFirst().orElseThrow();
        assertEquals(ReportKind.SOURCE_REPORT, protest.report().kind(), protest.report().label());
        assertTrue(protest.report().label().startsWith("Hama Media Center"), protest.report().label());
    }

    @Test
    void aWireAgencyOnALineOfItsOwn() throws Exception {
        List<EventClaim> es = events("Masrawy", "دمشق- (د ب أ)\n\nقُتل مدنيان بانفجار لغم أرضي قرب بلدة اللطامنة في ريف حماة الشمالي.");
        assertTrue(es.get(0).report().label().startsWith("dpa"), es.get(0).report().label());
    }

    @Test
    void theOutletsOwnNameOrAnItemWithoutDatelineKeepsItsVoice() throws Exception {
        List<EventClaim> own = events("Xinhua", "دمشق 3 مايو (شينخوا) قُتل مدنيان بانفجار لغم أرضي قرب بلدة اللطامنة في ريف حماة.");
        assertEquals(ReportKind.OUTLET_REPORTING, own.get(0).report().kind(), own.get(0).report().label());
        List<EventClaim> bare = events("Akhbar Al Aan", BODY);
        EventClaim protest = bare.stream().filter(e -> e.eventClass().endsWith("PeacefulProtest")).findFirst().orElseThrow();
        assertEquals(ReportKind.OUTLET_REPORTING, protest.report().kind(), protest.report().label());
    }

    @Test
    void alsoAddsToTheStrikeWhenTheSourceOnlyGaveADetailOfIt() throws Exception {
        List<EventClaim> es = events("Jisr TV", "قُتل عشرة مدنيين في غارات للطيران الروسي على حي الحميدية بمدينة دير الزور.\n\n"
                + "وأكدت مصادر محلية أن ثلاثة أطفال ما زالوا تحت الأنقاض.\n\n"
                + "كما تعرضت أحياء الحويقة والرشدية لغارات مماثلة أدت إلى دمار في المباني.");
        EventClaim later = es.stream().filter(e -> e.evidence().get(0).text().startsWith("كما")).findFirst().orElseThrow();
        assertEquals(ReportKind.OUTLET_REPORTING, later.report().kind(), later.report().label());
    }

    @Test
    void alsoGoesOnWithASourceThatToldAnEvent() throws Exception {
        List<EventClaim> es = events("Jisr TV", "قالت مصادر محلية إن طائرات روسية قصفت حي الحميدية بمدينة دير الزور.\n\n"
                + "كما تعرضت أحياء الحويقة والرشدية لغارات مماثلة أدت إلى دمار في المباني.");
        EventClaim later = es.stream().filter(e -> e.evidence().get(0).text().startsWith("كما")).findFirst().orElseThrow();
        assertEquals(ReportKind.SOURCE_REPORT, later.report().kind(), later.report().label());
    }

    private static org.isnad.ingest.Article article(String text, org.isnad.ingest.Article.Span title, List<org.isnad.ingest.Article.Span> ignored) {
        return new org.isnad.ingest.Article("t", null, "Akhbar Al Aan", java.time.LocalDate.of(2024, 5, 12), "خبر", title, text, ignored);
    }

    @Test
    void anAgencyNamedInTheSentenceAfterTheDashIsNoDateline() throws Exception {
        // "دمشق – ذكرت سانا أن …": SANA is the speaker of that sentence, not the source of the whole item
        List<EventClaim> es = events("Akhbar Al Aan", "دمشق – ذكرت سانا أن قوات الجيش قصفت مواقع المسلحين في بلدة"
                + " اللطامنة بريف حماة الشمالي.\n\nهذا وقد خرجت مظاهرات بعد صلاة الجمعة في بلدة كفرنبودة بريف حماة.");
        EventClaim protest = es.stream().filter(e -> e.eventClass().endsWith("PeacefulProtest")).findFirst().orElseThrow();
        assertEquals(ReportKind.OUTLET_REPORTING, protest.report().kind(), protest.report().label());
    }

    @Test
    void theHeadlineAndIgnoredLinesAreNoDateline() {
        String title = "حلب – قصف جديد على الأحياء الشرقية";
        String text = title + "\nقُتل مدنيان بانفجار لغم أرضي قرب بلدة اللطامنة في ريف حماة الشمالي اليوم.";
        assertEquals(null, DatelineSource.head(article(text, new org.isnad.ingest.Article.Span(0, title.length()), List.of())));
        assertEquals(null, DatelineSource.head(article(text, null, List.of(new org.isnad.ingest.Article.Span(0, title.length())))));
        assertEquals(title, DatelineSource.head(article(text, null, List.of())), "a short first line with a dash, read as one");
    }

    @Test
    void aTatweelInsideAWordIsNoDash() {
        assertTrue(!DatelineSource.isDash("وقـال ناشطون", 2));
        assertTrue(DatelineSource.isDash("حلب ـ رويترز", 4));
        assertEquals(null, DatelineSource.head(article("وقـال ناشطون إن الطيران الحربي ألقى براميل متفجرة على قرية الحواش في سهل الغاب.", null, List.of())));
    }
}
