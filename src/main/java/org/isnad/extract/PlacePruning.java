package org.isnad.extract;

import java.util.Set;

/** Places: keep the most precise; "Deir ez-Zor, Syria" is Deir ez-Zor. */
final class PlacePruning implements ClaimPass {

    private final Lexicon lexicon;

    PlacePruning(Lexicon lexicon) { this.lexicon = lexicon; }

    @Override
    public void apply(ArticleClaims claims) {
        for (EventClaim c : claims.events()) prune(c.places());
    }

    /** Drops a place when a more precise place within it is named too. */
    private void prune(Set<String> places) {
        places.removeIf(p -> places.stream().anyMatch(q -> !q.equals(p) && lexicon.isWithin(q, p)));
    }
}
