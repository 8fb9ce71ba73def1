package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What goes on is no one act ("لا تزال القوات تقصف"), but a word of going on that describes something else,
 * such as what a protest is against, leaves the act told. Sentences written here.
 */
class WhatGoesOnTest {

    @TempDir Path dir;

    @Test
    void aProtestAgainstAbusesThatGoOnIsAProtest() throws Exception {
        EventClaim e = TestArticles.only(dir, "وخرج المئات من أبناء بلدة كفرتخاريم بريف إدلب الغربي، في مظاهرة حاشدة، "
                + "ضد الاعتقالات المتواصلة في صفوف الناشطين.");
        assertEquals(List.of("PeacefulProtest"), TestArticles.types(List.of(e)));
    }

    @Test
    void anActThatGoesOnIsNoEvent() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "ولا تزال قوات النظام تقصف قرى جبل الزاوية بالمدفعية الثقيلة.");
        assertTrue(es.isEmpty(), es.toString());
    }

    @Test
    void aTrendToldAfterAnIncidentIsNoSecondEvent() throws Exception {
        for (String trend : List.of("وتشهد أرياف درعا ارتفاعاً في عمليات الخطف التي ينفذها مسلحون مجهولون.",
                "وتتزايد في ريف درعا الغربي حوادث الاغتيال التي طالت عناصر سابقين في الفصائل.",
                "ويشار إلى أن مسلحين مجهولين ينفذون بشكل دوري عمليات اغتيال في ريف درعا.")) {
            List<EventClaim> es = TestArticles.events(dir, "اغتال مسلحون مجهولون شاباً أمس السبت في بلدة طفس بريف درعا الغربي. " + trend);
            assertEquals(1, es.size(), trend + " → " + es);
        }
    }

    @Test
    void clashesThatGrewFiercerYesterdayAreAnEvent() throws Exception {
        assertEquals(List.of("ArmedClash"), TestArticles.types(TestArticles.events(dir,
                "تصاعدت حدة الاشتباكات أمس السبت بين فصيلين في مدينة الباب بريف حلب الشرقي.")));
    }

    @Test
    void aTrendWithADateOfItsOwnIsAnAggregateOfThatPeriod() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "وشهد شهر آذار الماضي تصاعداً في عمليات الخطف بريف درعا الغربي، إذ وثّق المكتب سبع عمليات.");
        assertEquals(1, es.size(), es.toString());
    }

    @Test
    void theProtestersWhoThrowStonesInTheNextSentenceMakeThatProtestViolent() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "تظاهر العشرات من أهالي بلدة كفرتخاريم بريف إدلب الغربي، أمس السبت، "
                + "احتجاجاً على غلاء الأسعار. ورشق المحتجون مبنى المجلس المحلي بالحجارة.");
        assertEquals(List.of("ViolentDemonstration"), TestArticles.types(es));
        // tyres burned go on with the same protest, which stays peaceful (session 33: the analysts' convention)
        es = TestArticles.events(dir, "تظاهر العشرات من أهالي بلدة كفرتخاريم بريف إدلب الغربي، أمس السبت، "
                + "احتجاجاً على غلاء الأسعار. وأحرق المحتجون إطارات السيارات قرب مبنى المجلس المحلي.");
        assertEquals(List.of("PeacefulProtest"), TestArticles.types(es));
    }

    @Test
    void protestersInAnotherTownToldNextAreAnotherProtest() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "تظاهر العشرات في بلدة كفرتخاريم بريف إدلب الغربي، أمس السبت، "
                + "احتجاجاً على غلاء الأسعار. وفي مدينة سرمدا، أحرق المحتجون إطارات السيارات أمام مبنى المجلس المحلي.");
        assertEquals(2, es.size(), es.toString());
    }

    @Test
    void anActToldAfterTheNounOfGoingOnIsBackground() throws Exception {
        for (String background : List.of("وتعيش مدينة طفس توتراً أمنياً، في ظل استمرار قوات النظام بتنفيذ حملات الاعتقال في أحيائها.",
                "وتعيش قرى جبل الزاوية حالة نزوح، مع استمرار قوات النظام بقصف المنطقة بالمدفعية.")) {
            List<EventClaim> es = TestArticles.events(dir, background);
            assertTrue(es.isEmpty(), background + " → " + es);
        }
    }

    @Test
    void anActToldBeforeTheNounOfGoingOnIsStillTold() throws Exception {
        assertEquals(List.of("Arrests"), TestArticles.types(TestArticles.events(dir,
                "اعتقلت دورية أمنية ثلاثة شبان أمس السبت في بلدة طفس بريف درعا الغربي، مع استمرار التوتر في المنطقة.")));
    }
}
