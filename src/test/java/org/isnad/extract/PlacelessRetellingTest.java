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

    private static final Report SOURCE = new Report("military-source", ReportKind.SOURCE_REPORT, "speaker/military", null,
            "military source", "مصدر عسكري", null, null);
    private static final Report CORRESPONDENT = new Report("own-citing", ReportKind.OUTLET_REPORTING, "outlet/test", null,
            "Test, citing military source", null, null, SOURCE);

    private final ArticleClaims claims = new ArticleClaims(null, DAY);

    private static PlacelessRetelling sameReport() { return new PlacelessRetelling(new EventTypes(TestArticles.lexicon()), false); }

    private static PlacelessRetelling byOthers() { return new PlacelessRetelling(new EventTypes(TestArticles.lexicon()), true); }

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
        sameReport().apply(claims);
        assertEquals(List.of(placed), claims.events());
        assertEquals(2, placed.evidence().size(), "the retelling's words stay as evidence of the act");
    }

    @Test
    void anotherVoiceAnotherDayOrAnotherActStays() {
        event(LOCAL, EventTypes.ABDUCTION, "place/al-qurayya", DAY, 0, "خطف مسلحون ثلاثة شبان قرب بلدة القريا.");
        event(OUTLET, EventTypes.ABDUCTION, null, DAY, 60, "وكان مسلحون قد خطفوا الشبان.");
        event(LOCAL, EventTypes.ABDUCTION, null, DAY.minusDays(3), 100, "وخطف مسلحون شاباً آخر قبل ثلاثة أيام.");
        event(LOCAL, EventTypes.ARRESTS, null, DAY, 150, "واعتقلت قوات الأمن شاباً آخر.");
        sameReport().apply(claims);
        assertEquals(4, claims.events().size());
    }

    @Test
    void aBareAttackOnAnotherUnnamedTargetStays() {
        // "وأطلق المسلحون النار على سيارة" beside an abduction of three young men: another act, though a bare attack
        EventClaim placed = event(LOCAL, EventTypes.ABDUCTION, "place/al-qurayya", DAY, 0, "خطف مسلحون ثلاثة شبان قرب بلدة القريا.");
        placed.actorTexts().add(new ParticipantText("مسلحون", 4, 10));
        placed.targetTexts().add(new ParticipantText("ثلاثة شبان", 11, 21));
        EventClaim shot = event(LOCAL, EventTypes.ATTACK, null, DAY, 60, "وأطلق المسلحون النار على سيارة.");
        shot.actorTexts().add(new ParticipantText("المسلحون", 66, 74));
        shot.targetTexts().add(new ParticipantText("سيارة", 85, 90));
        sameReport().apply(claims);
        assertEquals(2, claims.events().size());
    }

    @Test
    void aBareAttackOnTheSameUnnamedTargetFolds() {
        EventClaim placed = event(LOCAL, EventTypes.ABDUCTION, "place/al-qurayya", DAY, 0, "خطف مسلحون ثلاثة شبان قرب بلدة القريا.");
        placed.targetTexts().add(new ParticipantText("ثلاثة شبان", 11, 21));
        EventClaim again = event(LOCAL, EventTypes.ATTACK, null, DAY, 60, "ولم تتبن أي جهة الهجوم على الشبان.");
        again.targetTexts().add(new ParticipantText("الشبان", 88, 94));
        sameReport().apply(claims);
        assertEquals(List.of(placed), claims.events());
    }

    @Test
    void aPlacelessActAloneIsStillAnEvent() {
        event(LOCAL, EventTypes.ATTACK, null, DAY, 0, "أطلق مسلحون مجهولون النار على سيارة مدنية مساء أمس.");
        sameReport().apply(claims);
        assertEquals(1, claims.events().size());
    }

    @Test
    void aBareAttackFoldsIntoThePlacedActOfItsKind() {
        EventClaim placed = event(LOCAL, EventTypes.IED, "place/khabab", DAY, 0,
                "انفجرت عبوة ناسفة بسيارة عسكرية على طريق زراعي قرب بلدة خبب صباح اليوم.");
        event(LOCAL, EventTypes.ATTACK, null, DAY, 90, "ولم تتبنّ أي جهة الهجوم حتى ساعة إعداد الخبر.");
        sameReport().apply(claims);
        assertEquals(List.of(placed), claims.events());
    }

    @Test
    void theQuotedSourcesPlacelessTollFoldsWithItsReporterKept() {
        EventClaim placed = event(CORRESPONDENT, EventTypes.IED, "place/khabab", DAY, 0,
                "نقل مراسلنا عن مصدر عسكري أن مسلحين فجروا عبوة ناسفة بسيارة عسكرية شرق بلدة خبب.");
        event(OUTLET, EventTypes.IED, "place/daraa", DAY, 100, "انفجار سيارة مفخخة في مدينة درعا");
        event(SOURCE, EventTypes.IED, null, DAY, 140, "وقال المصدر إن التفجير أسفر عن إصابة أربعة عسكريين.");
        sameReport().apply(claims);
        assertEquals(3, claims.events().size(), "the same-report pass leaves another report alone");
        byOthers().apply(claims);
        assertEquals(2, claims.events().size());
        assertEquals(CORRESPONDENT, placed.report(), "the report that placed the act stays its reporter");
        assertEquals(List.of(SOURCE), placed.alsoToldBy(), "\"the source\" is listed as a reporter too, not folded into the nearer act");
        assertEquals(2, placed.evidence().size());
    }

    @Test
    void anotherSpeakersPlacelessAccountFoldsWithTheSpeakerKept() {
        // one event per place, day and act: "وأشار المرصد إلى أن القصف أوقع …" is the shelling of Tall Rifaat told again
        EventClaim placed = event(LOCAL, EventTypes.SHELLING, "place/tall-rifat", DAY, 0,
                "قالت مصادر محلية إن ثلاث قذائف سقطت على مدينة تل رفعت.");
        event(OUTLET, EventTypes.SHELLING, null, DAY, 80, "وأشار المرصد إلى أن القصف أوقع ستة جرحى.");
        sameReport().apply(claims);
        assertEquals(2, claims.events().size(), "the same-report pass leaves another voice alone");
        byOthers().apply(claims);
        assertEquals(List.of(placed), claims.events());
        assertEquals(LOCAL, placed.report());
        assertEquals(List.of(OUTLET), placed.alsoToldBy());
    }

    @Test
    void anotherSpeakersPlacelessAccountOfAnotherDayStays() {
        event(LOCAL, EventTypes.SHELLING, "place/tall-rifat", DAY, 0, "قالت مصادر محلية إن ثلاث قذائف سقطت على مدينة تل رفعت.");
        event(OUTLET, EventTypes.SHELLING, null, DAY.minusDays(5), 80, "وأشار المرصد إلى قصف آخر قبل خمسة أيام.");
        byOthers().apply(claims);
        assertEquals(2, claims.events().size());
    }

    @Test
    void aDenialAnotherTargetOrAnotherDayNeverFolds() {
        EventClaim placed = event(LOCAL, EventTypes.ATTACK, "place/daraa", DAY, 0, "اغتال مسلحون مجهولون شاباً في مدينة درعا.");
        placed.targets().add("actor/civilians");
        EventClaim denied = event(LOCAL, EventTypes.ATTACK, null, DAY, 60, "ونفت السلطات محاولة اغتيال قائد الشرطة.");
        denied.modality(Modality.DENIED);
        EventClaim other = event(LOCAL, EventTypes.ATTACK, null, DAY, 120, "واستهدف مسلحون دورية للجيش.");
        other.targets().add("actor/syrian-army");
        event(LOCAL, EventTypes.ATTACK, null, DAY.minusDays(2), 180, "وقتل شاب آخر قبل يومين.");
        byOthers().apply(claims);
        assertEquals(4, claims.events().size());
    }

    @Test
    void aClaimOfResponsibilityIsReadFromTheClaimsWordsNotTheSpeakersCue() {
        // "عن مسؤولين أمنيين" holds "مسؤولي" and is no claim of responsibility: the officials' account folds;
        // "وتبنى تنظيم داعش القصف" is the doer's own account and stays apart, "ولم تتبنَّ أي جهة المسؤولية" folds
        ArticleClaims read = new ArticleClaims(new EvidenceWords(TestArticles.lexicon().matcher()), DAY);
        Report officials = new Report("officials", ReportKind.SOURCE_REPORT, "speaker/officials", null,
                "security officials", "مسؤولين أمنيين", null, null);
        Report isis = new Report("isis", ReportKind.SOURCE_REPORT, "actor/isis", null, "ISIS", "تبنى", null, null);
        EventClaim placed = add(read, LOCAL, "place/tall-rifat", 0, "قالت مصادر محلية إن ثلاث قذائف سقطت على مدينة تل رفعت.");
        add(read, officials, null, 80, "ونقلت الوكالة عن مسؤولين أمنيين أن القصف أوقع ستة جرحى.");
        EventClaim claimed = add(read, isis, null, 160, "وتبنى تنظيم داعش القصف في بيان له.");
        add(read, OUTLET, null, 200, "ولم تتبنَّ أي جهة المسؤولية عن القصف حتى الآن.");
        byOthers().apply(read);
        assertEquals(List.of(placed, claimed), read.events(), "no side claiming it is no doer's account");
    }

    private static EventClaim add(ArticleClaims to, Report r, String place, int at, String text) {
        EventClaim c = new EventClaim(to.nextKey(), r);
        c.type(EventTypes.SHELLING, true);
        if (place != null) c.places().add(place);
        c.time(TimeSpan.day(DAY));
        c.addEvidence(new Evidence(at, at + text.length(), text));
        to.add(c);
        return c;
    }
}
