package org.isnad.extract;

import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Frames that real pages use for what a region goes through, what a side is trying to do and what a danger
 * is, read as no event (learnt from real reporting, every sentence written here): the present "تشهد", the
 * present "يحاول" / "تسعى", "تشكّل تهديداً". Their past forms still tell one act. Published 12 May 2024.
 */
class BackgroundFramesTest {

    @TempDir Path dir;

    private List<EventClaim> events(String body) throws Exception {
        return TestArticles.events(dir, body);
    }

    @Test
    void whatARegionGoesThroughIsNoEvent() throws Exception {
        assertEquals(List.of(), types(events("وتشهد مناطق ريف درعا الغربي حوادث خطف متكررة لمدنيين وعسكريين.")));
        assertEquals(List.of(), types(events("وتشهد محافظة القنيطرة عمليات اغتيال تطال عناصر سابقين في فصائل المعارضة.")));
        // the past tells one act
        assertEquals(List.of("ArmedClash"), types(events("شهدت بلدة الصنمين اشتباكات عنيفة أمس بين مسلحين محليين وقوات النظام.")));
    }

    @Test
    void whatASideIsTryingToDoIsNoEvent() throws Exception {
        assertEquals(List.of(), types(events(
                "وقال ناشط محلي إن قوات النظام تحاول من خلال حملات الاعتقال فرض سيطرتها الكاملة على المنطقة.")));
        assertEquals(List.of(), types(events("وأضاف أن الأجهزة الأمنية تسعى عبر حملات المداهمة إلى فرض واقع جديد في البلدة.")));
        // an arrest campaign told in the past, in the same voice, is one
        assertEquals(List.of("Arrests"), types(events("وقال ناشط محلي إن قوات النظام شنت حملة اعتقالات في بلدة نوى أمس.")));
    }

    @Test
    void aStandingDangerIsNoThreatAndNoBlast() throws Exception {
        List<EventClaim> es = events("وأكد الدفاع المدني أن مخلفات الحرب تشكل تهديداً دائماً لحياة المزارعين في ريف حماة الشرقي.");
        assertEquals(List.of(), types(es), es.toString());
        // a blast told before it stays, asserted
        es = events("قتل مزارع بانفجار لغم أرضي في قرية عقيربات أمس. وأكد الدفاع المدني أن مخلفات الحرب تشكل تهديداً دائماً لحياة المزارعين.");
        assertEquals(List.of("RemoteExplosiveLandmineIED"), types(es), es.toString());
        assertTrue(es.get(0).modality() == Modality.ASSERTED, es.get(0).modality().toString());
    }
}
