package org.isnad.extract;

import static org.isnad.extract.TestArticles.events;
import static org.isnad.extract.TestArticles.only;
import static org.isnad.extract.TestArticles.places;
import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words read as events that the real pages' analysts do not code (session 39, from the extras of the nine real
 * development sets): an alert an act set off (since session 40 a change of its own beside the act), a sweep told beside the arrests of its campaign, and the acts a
 * protest's slogans denounce. Every sentence is written here, in the styles of the reports read.
 */
class ExtrasNotEventsTest {

    @TempDir Path dir;

    @Test
    void anAlertAnActSetOffIsTheActAndTheForcesOwnChange() throws Exception {
        // the killing keeps its type (session 39: before, the alert's noun typed the clause as a change to the
        // group's activity and the killing was lost); the alert it set off is a change of its own beside it
        // (session 40's convention: DevelopmentBesideAct)
        List<EventClaim> es = events(dir, "قُتل شاب برصاص مسلحين مجهولين في مدينة جاسم بريف درعا أمس، مما أثار"
                + " استنفاراً أمنياً واسعاً في المدينة.");
        assertEquals(List.of("Attack", "ChangeToGroupActivity"), types(es));
        for (EventClaim e : es) assertTrue(places(e).contains("jasim"), places(e).toString());
        assertEquals(List.of("Attack", "ChangeToGroupActivity"), types(events(dir,
                "سُمع دوي إطلاق نار كثيف قرب ساحة المدينة في حمص أمس، في حادثة أثارت حالة من الاستنفار بين عناصر الأمن.")));
    }

    @Test
    void aForceThatRaisesItsAlertStillChangesItsActivity() throws Exception {
        assertEquals(List.of("ChangeToGroupActivity"), types(events(dir,
                "رفعت قوات الأمن الداخلي أمس حالة الاستنفار في مواقعها بمدينة البوكمال.")));
    }

    @Test
    void aSweepToldBesideTheArrestsOfItsCampaignIsThatCampaign() throws Exception {
        // another voice tells the sweep: before, a second arrest claim
        List<EventClaim> es = events(dir, "أكد مصدر أمني لقناة محلية، مساء أمس، اعتقال ثلاثة من أفراد خلية تابعة لتنظيم"
                + " داعش في مدينة الرقة. وقالت وزارة الداخلية في بيان إن قوى الأمن الداخلي تواصل حملة التمشيط في المدينة"
                + " لملاحقة بقية العناصر.");
        assertEquals(List.of("Arrests"), types(es));
        assertEquals(2, es.get(0).evidence().size(), es.get(0).evidence().toString());
        assertEquals(1, es.get(0).alsoToldBy().size(), es.get(0).alsoToldBy().toString());
        // the plural, with the article: a sweep alone takes no one
        assertEquals(List.of("ChangeToGroupActivity"), types(events(dir,
                "قام مقاتلو الفصيل أمس بعمليات التمشيط داخل حي الصباحية في مدينة الرقة.")));
    }

    @Test
    void theActsASlogansDenounceAreNoEvents() throws Exception {
        List<EventClaim> es = events(dir, "خرج المئات أمس في بلدة الشدادي تحت شعارات تندد بانتهاكات الأسايش مثل"
                + " الاعتقالات التعسفية والقنص.");
        assertEquals(List.of("PeacefulProtest"), types(es));
        assertTrue(places(es.get(0)).contains("al-shaddadi"), places(es.get(0)).toString());
        assertEquals(List.of("PeacefulProtest"), types(events(dir,
                "تظاهر العشرات أمس في مدينة سلقين، ورفعوا لافتات منددة بالقصف المدفعي على قرى جبل الزاوية.")));
    }
}
