package org.isnad.eval;

import java.util.List;

/**
 * One claim of a gold file: what an analyst reads out of the article.
 *
 * @param id          E1…, S1… (unique within the file)
 * @param kind        "event" or "statement"
 * @param eventType   an ACLED sub-event label, or "Attack" for any violent sub-type; null for statements
 * @param places      where, as the text says it; empty when the sentence names no place
 * @param date        the resolved date; null for statements
 * @param reportedBy  who says so (any one of them may agree)
 * @param modality    asserted | foiled | denied | alleged | planned
 * @param sameEventAs the id of another claim reporting the same event, or null
 * @param evidence    opening words of the sentences the claim comes from
 */
public record GoldClaim(String id, String kind, String eventType, List<GoldPlace> places, GoldDate date,
                        List<String> reportedBy, String modality, String sameEventAs, List<String> evidence) {

    public boolean isEvent() { return "event".equals(kind); }

    /** A gold place: the Arabic words of the text and an English gloss (either may be empty). */
    public record GoldPlace(String ar, String en) {}
}
