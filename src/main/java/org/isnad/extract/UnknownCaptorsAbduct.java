package org.isnad.extract;

import java.util.regex.Pattern;
import org.isnad.vocab.Vocab;

/**
 * "اقتاد مسلحون مجهولون شاباً من منزله", "احتجز ملثمون سائقاً": only an authority arrests; men no one names
 * who seize someone abduct him, as ACLED codes it. An arrest whose only takers are unidentified gunmen is
 * an abduction; other reports of the same event follow.
 */
final class UnknownCaptorsAbduct implements ClaimPass {

    private static final String UNIDENTIFIED = Vocab.ID + "actor/unidentified-armed-group";
    /** Words for gunmen no one names: "مسلحون", "مجهولين", "ملثمون" (any clitic or ending). */
    private static final Pattern GUNMEN_WORDS = Pattern.compile(".*(مسلح|مجهول|ملثم).*");

    @Override
    public void apply(ArticleClaims claims) {
        for (Claim c : claims.all()) {
            if (!(c instanceof EventClaim e) || !EventTypes.ARRESTS.equals(e.eventClass()) || !takenByUnknownGunmen(e)) continue;
            claims.retypeWithItsReports(e, EventTypes.ABDUCTION, o -> EventTypes.ARRESTS.equals(o.eventClass()));
        }
    }

    private static boolean takenByUnknownGunmen(EventClaim e) {
        if (!e.actors().isEmpty()) return e.actors().stream().allMatch(UNIDENTIFIED::equals);
        return !e.actorTexts().isEmpty() && e.actorTexts().stream().allMatch(t -> GUNMEN_WORDS.matcher(t.text()).matches());
    }
}
