package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Protests met with force, and raids that "target" homes (every sentence written here, in the outlets' style).
 * ACLED: a protest dispersed with no one killed is a protest with intervention; one its dispersal left dead is
 * excessive force against protesters, and the killing is that event's toll, not an attack of its own.
 */
class ProtestTollTest {

    @TempDir Path dir;

    @Test
    void aKillingToldAfterADispersalIsItsToll() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "أطلقت قوات الأمن الرصاص الحي لتفريق المعتصمين أمام مبنى "
                + "المحافظة في مدينة السويداء، اليوم الأحد. وأضاف المصدر أن إطلاق النار أدى لمقتل شاب من أبناء المدينة "
                + "وإصابة ثلاثة آخرين.");
        assertEquals(List.of("ExcessiveForceAgainstProtesters"), TestArticles.types(es));
        assertEquals(java.util.Set.of("suwayda"), TestArticles.places(es.get(0)));
    }

    @Test
    void aDispersalThatKilledNoOneStaysAnIntervention() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "أطلقت قوات الأمن الرصاص الحي لتفريق المعتصمين أمام مبنى "
                + "المحافظة في مدينة السويداء، اليوم الأحد، ما أسفر عن إصابة متظاهر بجروح طفيفة.");
        assertEquals(List.of("ProtestWithIntervention"), TestArticles.types(es));
    }

    @Test
    void aDispersalThatKilledInItsClauseIsExcessiveForce() throws Exception {
        EventClaim e = TestArticles.only(dir, "فرّقت قوات الأمن المعتصمين أمام مبنى المحافظة في مدينة السويداء "
                + "بالرصاص الحي، اليوم الأحد، ما أدى لمقتل متظاهر.");
        assertEquals(ProtestTyping.EXCESSIVE_FORCE, e.eventClass());
    }

    @Test
    void aRaidCampaignThatTargetsHomesIsAnArrestCampaign() throws Exception {
        EventClaim e = TestArticles.only(dir, "تشهد مدينة جاسم بريف درعا، منذ صباح اليوم، توتراً أمنياً نتيجة "
                + "حملة مداهمات استهدفت منازل المطلوبين والمحال التجارية.");
        assertEquals(EventTypes.ARRESTS, e.eventClass());
    }
}
