package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several acts told in one sentence or in a lead and its items (issue 10): acts that differ in place, target or
 * kind are claims of their own; the same act told twice stays one. Every sentence is written here.
 */
class ActsToldTogetherTest {

    private static final LocalDate YESTERDAY = LocalDate.of(2024, 5, 11);

    @TempDir Path dir;

    private List<EventClaim> events(String body) throws Exception {
        return TestArticles.events(dir, body);
    }

    @Test
    void theSecondIncidentOfACountedPairToldByItsNounIsAnEventOfItsOwn() throws Exception {
        // "فكانت اعتقال …": the item is told by a verbal noun after "كان", with no act verb and no town of its own
        List<EventClaim> es = events("شهدت مدينة حمص، أمس السبت، حادثتي اعتقال منفصلتين، الأولى حين اعتقلت دورية أمنية "
                + "رجلاً عند حاجز على مدخل المدينة الجنوبي. أما الحادثة الثانية فكانت اعتقال طالب من أمام مبنى كلية الهندسة.");
        assertEquals(List.of("Arrests", "Arrests"), types(es), es.toString());
        es.forEach(e -> assertEquals(YESTERDAY, e.time().start(), e.toString()));
        assertEquals(List.of("homs"), List.copyOf(places(es.get(0))), es.toString());
    }

    @Test
    void aBlastToldAsTheSecondMineAtTheSamePlaceStaysOneEvent() throws Exception {
        // the opposite error: items of weapons, not incidents, at one place are one act, as ACLED codes them
        List<EventClaim> es = events("قُتل راعيان بانفجار لغمين أرضيين في محيط بلدة الصنمين بريف درعا الشمالي، أمس السبت، "
                + "إذ انفجر اللغم الأول بقطيع أغنام، ثم انفجر اللغم الثاني في المكان ذاته.");
        assertEquals(List.of("RemoteExplosiveLandmineIED"), types(es), es.toString());
    }
}
