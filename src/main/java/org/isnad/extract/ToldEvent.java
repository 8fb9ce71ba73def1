package org.isnad.extract;

/**
 * One event as a reader outside isnad's rules tells it (a language model's answer, {@code org.isnad.extract.llm}):
 * every part in the article's own words, nothing resolved yet. {@link ToldEventReader} resolves them with the
 * rules' own readers, so both extractors speak one vocabulary.
 *
 * @param type       an ACLED sub-event type label ("Air/drone strike"), as the ontology names them
 * @param evidence   a verbatim quote of the sentence that tells it
 * @param place      the place words as written, or ""
 * @param date       the date words as written, or ""
 * @param actor      who acted, as written, or ""
 * @param target     who or what was hit, as written, or ""
 * @param reportedBy the words naming who says so, or "" for the outlet itself
 * @param modality   asserted, denied, alleged, planned or foiled ("" is asserted)
 * @param killed     how many were killed, or null
 * @param wounded    how many were wounded, or null
 */
public record ToldEvent(String type, String evidence, String place, String date, String actor, String target,
                        String reportedBy, String modality, Integer killed, Integer wounded) {

    public ToldEvent {
        type = orEmpty(type);
        evidence = orEmpty(evidence);
        place = orEmpty(place);
        date = orEmpty(date);
        actor = orEmpty(actor);
        target = orEmpty(target);
        reportedBy = orEmpty(reportedBy);
        modality = orEmpty(modality);
    }

    private static String orEmpty(String s) { return s == null ? "" : s.strip(); }
}
