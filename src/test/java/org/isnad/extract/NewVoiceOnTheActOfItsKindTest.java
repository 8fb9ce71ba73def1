package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new voice that tells an act of a kind the story told before ("وقال مسؤول إن الاعتقالات شملت …") speaks of
 * that act: it is dated as that act, not as the other act the story told last. Every sentence is written here
 * (published Sunday 12 May 2024).
 */
class NewVoiceOnTheActOfItsKindTest {

    @TempDir Path dir;

    @Test
    void theArrestsAnOfficialTellsAreOfTheCampaignsDay() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "شنت قوات الأمن اليوم الأحد حملة اعتقالات واسعة في مدينة الباب بريف حلب. "
                + "وفرقت القوات أمس السبت مظاهرة خرجت في المدينة ضد سياساتها. "
                + "وقال مسؤول أمني إن الاعتقالات شملت بلدة قباسين.");
        List<EventClaim> arrests = es.stream().filter(e -> e.eventClass().endsWith("#Arrests")).toList();
        assertFalse(arrests.isEmpty(), TestArticles.types(es).toString());
        for (EventClaim a : arrests) assertEquals("2024-05-12", a.time().start().toString(), TestArticles.types(es) + " " + a.time());
        // the protest keeps its own day
        assertEquals("2024-05-11", es.stream().filter(e -> !e.eventClass().endsWith("#Arrests")).findFirst().orElseThrow()
                .time().start().toString());
    }

    @Test
    void anActOfAnotherKindStillGoesOnAtTheLatestEvent() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "شنت قوات الأمن اليوم الأحد حملة اعتقالات واسعة في مدينة الباب بريف حلب. "
                + "وفرقت القوات أمس السبت مظاهرة خرجت في المدينة ضد سياساتها. "
                + "وقال مسؤول أمني إن مسلحين هاجموا حاجزاً للقوات في بلدة قباسين.");
        EventClaim attack = es.get(es.size() - 1);
        assertEquals("2024-05-11", attack.time().start().toString(), es.toString());
    }
}
