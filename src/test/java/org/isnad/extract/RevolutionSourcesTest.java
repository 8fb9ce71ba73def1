package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reporting bodies of the revolution's first years, quoted by the outlets of 2011–2016 as the source of
 * protests, raids and shelling (actors.ttl): the claim is theirs, not the outlet's, and "الهيئة" is not an armed
 * group. Every sentence written here, in the style of the wire reports of those years.
 */
class RevolutionSourcesTest {

    @TempDir Path dir;

    private static final String ACTOR = "https://w3id.org/isnad/id/actor/";

    private EventClaim first(String body) throws Exception {
        return TestArticles.events(TestArticles.read(TestArticles.lexicon(), dir, "2012-06-15", body)).get(0);
    }

    @Test
    void theLocalCoordinationCommitteesReportTheShelling() throws Exception {
        EventClaim e = first("قصفت قوات النظام بلدة الحراك بريف درعا اليوم بقذائف الهاون، بحسب لجان التنسيق المحلية.");
        assertEquals(ACTOR + "lcc", e.report().speaker(), e.report().label());
    }

    @Test
    void theGeneralCommissionReportsTheRaidNotAnArmedGroup() throws Exception {
        EventClaim e = first("أفادت الهيئة العامة للثورة السورية أن قوات الأمن داهمت منازل في حي القصور بمدينة حماة"
                + " واعتقلت عشرة شبان.");
        assertEquals(ACTOR + "srgc", e.report().speaker(), e.report().label());
    }

    @Test
    void aCityMediaCentreReportsTheStrike() throws Exception {
        EventClaim e = first("وقال مركز حماة الإعلامي إن الطيران المروحي ألقى براميل متفجرة على بلدة كفرزيتا بريف حماة.");
        assertEquals(ACTOR + "hama-media-center", e.report().speaker(), e.report().label());
    }

    @Test
    void theNorthernDocumentationCentreIsNotAPlaceInSyria() throws Exception {
        EventClaim e = first("قتل شاب برصاص مسلحين مجهولين في مدينة الباب أمس، ووثّق “مركز توثيق الانتهاكات في شمالي"
                + " سوريا” الحادثة.");
        assertEquals(false, TestArticles.places(e).contains("syria"), TestArticles.places(e).toString());
    }

    @Test
    void aTownsMediaUnionSpeaksNotTheOutlet() throws Exception {
        EventClaim e = first("وبحسب اتحاد إعلاميي مدينة درعا، قصفت قوات النظام حي طريق السد بقذائف الهاون.");
        assertEquals(ReportKind.SOURCE_REPORT, e.report().kind(), e.report().label());
    }
}
