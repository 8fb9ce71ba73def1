package org.isnad.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A killing told by its toll word alone ("أفادت مصادر بمقتل عنصرين من قوات النظام في ريف حماة", "لقي شاب
 * مصرعه في بلدة …"). As an ACLED coder reads it, it is an attack of its own when it names its own place,
 * and only the toll of an act already told when:
 * <ul>
 *   <li>a toll cue stands before it ("أسفر القصف عن مقتل", "ما أدى إلى مقتل", "ارتفعت حصيلة");</li>
 *   <li>the death was by accident or illness ("لقي مصرعه بحادث سير", "غرقاً");</li>
 *   <li>it names no place, or only a place of the event told last, after the article told an event.</li>
 * </ul>
 */
final class KillingAsToll {

    private KillingAsToll() {}

    /** True when the clause's only triggers are toll words and the killing is a toll, not an act. */
    static boolean tollOnly(Reading r, MatchedSentence s, Clause cl) {
        Mention killing = null;
        for (Mention m : s.mentions()) {
            if (!cl.holds(m) || !m.is("Trigger")) continue;
            if (!m.entry("Trigger").flag("tollWord")) return false;     // another word says what happened
            if (killing == null) killing = m;
        }
        if (killing == null) return false;
        Set<String> places = new HashSet<>();
        boolean placeWords = false;
        for (Mention m : s.mentions()) {
            if (!cl.holds(m)) continue;
            if (m.is("TollCue") && m.firstToken() < killing.firstToken()) return true;
            if (m.is("NonViolentDeathCue")) return true;
            if (m.entry("Place") != null) places.add(m.entry("Place").iri());
            if (m.is("PlaceReference")) placeWords = true;
        }
        List<EventClaim> told = r.claims.events();
        if (told.isEmpty()) return false;       // the article's first event: the killing is what it tells
        // "البلدة" names the place told before; no place words at all, none of its own
        if (places.isEmpty()) return placeWords || PlaceTextReader.read(r.text, s.tokens(), s.mentions(), cl.from(), cl.to()).isEmpty();
        // "قصفت قوات النظام بلدة كفرنبل. وأفاد ناشطون بمقتل مدنيين في كفرنبل": the shelling's toll
        return told.get(told.size() - 1).places().containsAll(places);
    }
}
