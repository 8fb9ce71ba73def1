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
}
