package org.isnad.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Links claims that fit one event: compatible types, overlapping dates, compatible places, and a shared
 * place or participant. Claims tied by "in the same period"/"after that" are different events. Only claims
 * within {@link ArticleClaims#DISCOURSE_WINDOW} events of each other are compared, so a very long page
 * costs time in proportion to its length, not its square.
 */
final class SameEventLinks implements ClaimPass {

    private final EventTypes types;

    SameEventLinks(EventTypes types) { this.types = types; }

    @Override
    public void apply(ArticleClaims claims) {
        List<EventClaim> events = claims.events();
        for (int i = 0; i < events.size(); i++) {
            for (int j = i + 1; j < Math.min(events.size(), i + 1 + ArticleClaims.DISCOURSE_WINDOW); j++) {
                EventClaim a = events.get(i), b = events.get(j);
                if (fit(a, b)) ArticleClaims.sameEvent(a, b);
            }
        }
    }

    private boolean fit(EventClaim a, EventClaim b) {
        if (Objects.equals(a.time().anchor(), b.key()) || Objects.equals(b.time().anchor(), a.key())) return false;
        if (!types.compatible(a.eventClass(), b.eventClass()) || !a.time().overlaps(b.time())) return false;
        if (TimeReader.isPeriod(a.time()) != TimeReader.isPeriod(b.time())) return false;   // a count over months includes, not is, the incident
        if (!types.placesCompatible(a.places(), b.places())) return false;
        boolean sharedPlace = !a.places().isEmpty() && !b.places().isEmpty();
        Set<String> pa = new LinkedHashSet<>(a.actors());
        pa.addAll(a.targets());
        Set<String> pb = new LinkedHashSet<>(b.actors());
        pb.addAll(b.targets());
        pa.retainAll(pb);
        return sharedPlace || !pa.isEmpty();
    }
}
