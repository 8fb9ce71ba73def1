package org.isnad.extract;

/**
 * Who says so: the report a claim came through. Two claims of one article with the same speaker and kind
 * share one report ("the CENTCOM statement").
 *
 * @param slug       a stable name within the article, e.g. "centcom-statement"
 * @param kind       what kind of report: an official statement, a source's report, anonymous sources, or
 *                   the outlet's own reporting
 * @param speaker    IRI of the actor or outlet it is attributed to, or null for anonymous sources
 * @param relayedBy  IRI of the outlet whose own sources these are, or null
 * @param label      English label, e.g. "US Central Command (CENTCOM) statement"
 * @param cueText    the words that attribute it, as in the text, or null when nothing does (the outlet's voice)
 * @param speakerName the speaker's name in the text's own words, when the reference data does not know it
 *                   (then {@code speaker} is minted under id:speaker/), else null
 * @param quotes     the report this one passes on ("ذكر المرصد نقلاً عن مصادر محلية": SOHR quotes local
 *                   sources), or null: the chain of transmission, one link per report
 */
public record Report(String slug, ReportKind kind, String speaker, String relayedBy, String label, String cueText,
                     String speakerName, Report quotes) {

    /** This report, passing on {@code inner}. */
    public Report citing(Report inner) {
        return new Report(slug + "-citing-" + inner.slug(), kind, speaker, relayedBy, label + ", citing " + inner.label(),
                cueText, speakerName, inner);
    }

    /** The same report as {@code other}: within an article one slug names one report ({@link Reports}). */
    public boolean sameAs(Report other) {
        return other != null && java.util.Objects.equals(slug, other.slug);
    }

    public boolean isNamedSpeaker() {
        return speaker != null && (kind == ReportKind.OFFICIAL_STATEMENT || kind == ReportKind.SOURCE_REPORT);
    }
}
