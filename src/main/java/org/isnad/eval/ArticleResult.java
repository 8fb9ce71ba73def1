package org.isnad.eval;

import java.util.ArrayList;
import java.util.List;

/** The evaluation of one article: its counts, and which events matched, were missed or were extra. */
public final class ArticleResult {

    /**
     * A matched pair and what was scored on it (null: not scored). {@code goldVoice} is the gold's reported_by
     * (several joined by " / "; null when it names none), {@code predictedVoice} the prediction's report label,
     * kind and speaker: what a wrong "reported by" compared.
     */
    public record Match(String gold, String predicted, String goldText, String predictedText, boolean typeExact,
                        String places, Boolean reportedBy, Boolean date, boolean modality, String goldVoice,
                        String predictedVoice) {}

    /** A gold event nothing matched, and why. */
    public record Miss(String gold, String goldText, String reason) {}

    /**
     * A second speaker's claim of a matched gold event: the gold lists that speaker among the event's
     * reporters, and the prediction links the claim to the matched one (sameEventAs). isnad keeps one claim
     * per report; the gold folds reporters into one event. Neither a match nor an extra.
     */
    public record FurtherReport(String gold, String predicted, String text) {}

    /** A predicted event that matched no gold event. */
    public record Extra(String predicted, String text) {}

    public final String file;
    public final Score score = new Score();
    public final List<Match> matches = new ArrayList<>();
    public final List<Miss> missed = new ArrayList<>();
    public final List<Extra> spurious = new ArrayList<>();
    public final List<FurtherReport> furtherReports = new ArrayList<>();
    public final List<String> missedStatements = new ArrayList<>();

    public ArticleResult(String file) { this.file = file; }
}
