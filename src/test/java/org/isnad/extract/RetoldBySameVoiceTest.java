package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One act told twice by one voice is one claim (issue 10): a later sentence of the same report that tells an
 * act of the kind of its latest event, with no place, time or new target of its own, is more evidence of that
 * event. Every sentence is written here.
 */
class RetoldBySameVoiceTest {

    @TempDir Path dir;

    private static long by(List<EventClaim> es, String label) {
        return es.stream().filter(e -> e.report().label().equals(label)).count();
    }

    @Test
    void theSourcesTellingTheKillingAgainAddNoSecondClaim() throws Exception {
        // the outlet's lead, the local sources' account, and "وذكرت المصادر" retelling that account
        List<EventClaim> es = TestArticles.events(dir, "قُتل شاب برصاص مجهولين في بلدة الجيزة بريف درعا الشرقي، اليوم الأحد. "
                + "وقالت مصادر محلية إن مجهولين هاجموا الشاب بالأسلحة الرشاشة خلال مروره من البلدة. "
                + "وذكرت المصادر أن مسلحين مجهولين أطلقوا النار على الشاب أثناء عودته إلى منزله.");
        // the lead is the local sources' account too (LeadToldBySource): two claims in their voice, not three
        assertEquals(2, by(es, "Local sources"), es.toString());
        assertEquals(2, es.size(), es.toString());
        EventClaim sources = es.stream().filter(e -> e.report().label().equals("Local sources")).reduce((a, b) -> b).orElseThrow();
        assertEquals("2024-05-12", sources.time().start().toString());
        assertTrue(sources.placeTexts().stream().anyMatch(p -> p.text().contains("الجيزة")), sources.placeTexts().toString());
    }

    @Test
    void anAttackToldAfterTheAmbushIsTheAmbush() throws Exception {
        // "المهاجمين استهدفوا": the generic attack of the ambush already told, where no place is named again
        List<EventClaim> es = TestArticles.events(dir, "قالت مصادر محلية إن عناصر من ميليشيا الدفاع الوطني وقعوا في كمين نصبه مجهولون "
                + "في بادية مدينة معدان بريف دير الزور. "
                + "وذكرت المصادر أن المهاجمين استهدفوا عناصر الميليشيا بالأسلحة الرشاشة خلال مرورهم من المنطقة.");
        assertEquals(List.of("ArmedClash"), TestArticles.types(es));
    }

    @Test
    void aRetellingWithNoPlaceOnEitherSideIsOneClaim() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "قُتل شاب برصاص مجهولين مساء اليوم. "
                + "وأطلق مسلحون مجهولون النار على الشاب أثناء عودته إلى منزله، ما أدى إلى مقتله على الفور.");
        assertEquals(1, es.size(), es.toString());
        assertEquals("2024-05-12", es.get(0).time().start().toString());
        // undated on both sides: one claim still
        es = TestArticles.events(dir, "قالت مصادر محلية إن مجهولين اغتالوا شاباً في بلدة الجيزة. "
                + "وذكرت المصادر أن مسلحين مجهولين أطلقوا النار على الشاب أثناء عودته إلى منزله.");
        assertEquals(1, es.size(), es.toString());
    }

    @Test
    void anotherMatterAnotherDayOrAnotherTargetStaysAnotherAct() throws Exception {
        assertEquals(2, TestArticles.events(dir, "قُتل شاب برصاص مجهولين مساء اليوم. "
                + "وفي سياق منفصل، قُتل رجل برصاص مسلحين مجهولين.").size());
        assertEquals(2, TestArticles.events(dir, "قُتل شاب برصاص مجهولين مساء اليوم. "
                + "وكان مسلحون مجهولون قد أطلقوا النار على رجل أمس، ما أدى إلى مقتله.").size());
        // a checkpoint of the forces is not the young man assassinated
        List<EventClaim> es = TestArticles.events(dir, "قالت مصادر محلية إن مجهولين اغتالوا شاباً في بلدة الجيزة. "
                + "وذكرت المصادر أن مسلحين مجهولين هاجموا حاجزاً لقوات النظام.");
        assertEquals(2, es.size(), es.toString());
        // the same sources telling an arrest tell another act
        assertEquals(java.util.Set.of("Attack", "Arrests"), new java.util.HashSet<>(TestArticles.types(TestArticles.events(dir,
                "قالت مصادر محلية إن مجهولين اغتالوا شاباً في بلدة الجيزة. وذكرت المصادر أن قوات النظام اعتقلت شقيقه."))));
    }
}
