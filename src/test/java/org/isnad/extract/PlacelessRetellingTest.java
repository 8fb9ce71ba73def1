package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A placeless mention of an act that the same report places on the same day is that act told again
 * ("خطف مسلحون ثلاثة شبان قرب بلدة القريا …" then "وأوضحت المصادر أن المخطوفين هم …"): one claim, at its place.
 * The claims are built by hand, as the reading would leave them; the sentences are written here.
 */
class PlacelessRetellingTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 11);
    private static final Report LOCAL = new Report("local-sources", ReportKind.SOURCE_REPORT, "local", null,
            "Local sources", "مصادر محلية", null, null);
    private static final Report OUTLET = new Report("own", ReportKind.OUTLET_REPORTING, null, null,
            "Test (own reporting)", null, null, null);

    private final ArticleClaims claims = new ArticleClaims(null, DAY);

    private EventClaim event(Report r, String type, String place, LocalDate day, int at, String text) {
        EventClaim c = new EventClaim(claims.nextKey(), r);
        c.type(type, true);
        if (place != null) c.places().add(place);
        c.time(TimeSpan.day(day));
        c.addEvidence(new Evidence(at, at + text.length(), text));
        claims.add(c);
        return c;
    }

    @Test
    void aPlacelessRetellingFoldsIntoThePlacedAct() {
        EventClaim placed = event(LOCAL, EventTypes.ABDUCTION, "place/al-qurayya", DAY, 0,
                "قالت مصادر محلية إن مسلحين خطفوا ثلاثة شبان قرب بلدة القريا مساء أمس.");
        event(LOCAL, EventTypes.ABDUCTION, null, DAY, 80, "وأوضحت المصادر أن الشبان المخطوفين هم ثلاثة من أبناء البلدة.");
        new PlacelessRetelling().apply(claims);
        assertEquals(List.of(placed), claims.events());
        assertEquals(2, placed.evidence().size(), "the retelling's words stay as evidence of the act");
    }

    @Test
    void anotherVoiceAnotherDayOrAnotherActStays() {
        event(LOCAL, EventTypes.ABDUCTION, "place/al-qurayya", DAY, 0, "خطف مسلحون ثلاثة شبان قرب بلدة القريا.");
        event(OUTLET, EventTypes.ABDUCTION, null, DAY, 60, "وكان مسلحون قد خطفوا الشبان.");
        event(LOCAL, EventTypes.ABDUCTION, null, DAY.minusDays(3), 100, "وخطف مسلحون شاباً آخر قبل ثلاثة أيام.");
        event(LOCAL, EventTypes.ATTACK, null, DAY, 150, "وأطلق المسلحون النار على سيارة.");
        new PlacelessRetelling().apply(claims);
        assertEquals(4, claims.events().size());
    }

    @Test
    void aPlacelessActAloneIsStillAnEvent() {
        event(LOCAL, EventTypes.ATTACK, null, DAY, 0, "أطلق مسلحون مجهولون النار على سيارة مدنية مساء أمس.");
        new PlacelessRetelling().apply(claims);
        assertEquals(1, claims.events().size());
    }
}
