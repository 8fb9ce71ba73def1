package org.isnad.extract;

import java.util.regex.Pattern;
import org.isnad.vocab.Vocab;

/**
 * "اقتاد مسلحون مجهولون شاباً من منزله", "احتجز ملثمون سائقاً": only an authority arrests; men no one names
 * who seize someone abduct him, as ACLED codes it. An arrest whose only takers are unidentified gunmen is
 * an abduction; other reports of the same event follow. So is a raid by no one named whose next clause tells
 * the kidnapping it was for: "داهم مسلحون يستقلون سيارتين مزرعة قرب القرية، وخطفوا حارسها", "قدمت عصابة …
 * وداهمت خياماً للبدو، واختطفت طفلين" (Suwayda 24, Halab Today, VDC on Afrin): the raid is the kidnapping's
 * place and act, not an arrest of its own.
 */
final class UnknownCaptorsAbduct implements ClaimPass {

    private static final String UNIDENTIFIED = Vocab.ID + "actor/unidentified-armed-group";
    /** Words for gunmen no one names: "مسلحون", "مجهولين", "ملثمون" (any clitic or ending). */
    private static final Pattern GUNMEN_WORDS = Pattern.compile(".*(مسلح|مجهول|ملثم).*");
    /** The raid words ("داهموا", "دهمت", "مداهمة"): an arrest read from a raid. */
    private static final Pattern RAID_WORDS = Pattern.compile(".*(داهم|دهم).*", Pattern.DOTALL);
    /** ", " between the raid's clause and the kidnapping's. */
    private static final int NEXT_CLAUSE = 3;

    @Override
    public void apply(ArticleClaims claims) {
        for (Claim c : claims.all()) {
            if (!(c instanceof EventClaim e) || !EventTypes.ARRESTS.equals(e.eventClass())
                    || !takenByUnknownGunmen(e) && !raidBeforeAKidnapping(e, claims)) continue;
            claims.retypeWithItsReports(e, EventTypes.ABDUCTION, o -> EventTypes.ARRESTS.equals(o.eventClass()));
        }
    }

    /** A raid by no one the text names, and the next clause an abduction. */
    private static boolean raidBeforeAKidnapping(EventClaim e, ArticleClaims claims) {
        if (!e.actors().isEmpty() || e.evidence().isEmpty()) return false;
        Evidence raid = e.evidence().get(e.evidence().size() - 1);
        if (!RAID_WORDS.matcher(raid.text()).matches()) return false;
        for (EventClaim o : claims.events()) {
            if (o == e || !EventTypes.ABDUCTION.equals(o.eventClass())) continue;
            for (Evidence k : o.evidence()) if (k.start() >= raid.end() && k.start() - raid.end() <= NEXT_CLAUSE) return true;
        }
        return false;
    }

    private static boolean takenByUnknownGunmen(EventClaim e) {
        if (!e.actors().isEmpty()) return e.actors().stream().allMatch(UNIDENTIFIED::equals);
        return !e.actorTexts().isEmpty() && e.actorTexts().stream().allMatch(t -> GUNMEN_WORDS.matcher(t.text()).matches());
    }
}
