package org.isnad.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One claim read out of an article: an event said to have happened (or denied, foiled, alleged, planned),
 * a statement, or the toll of an event, with who says so and the evidence. Built up by the extractor as
 * it reads sentence after sentence (a later sentence may add evidence, a date or a target), then handed
 * on read-only: the setters are package-private.
 */
public sealed abstract class Claim permits EventClaim, StatementClaim, CasualtyClaim {

    private final ClaimKey key;
    private Report report;
    private final List<Evidence> evidence = new ArrayList<>();
    private final List<Report> alsoToldBy = new ArrayList<>();
    private double confidence;

    Claim(ClaimKey key, Report report) {
        this.key = key;
        this.report = report;
    }

    public ClaimKey key() { return key; }
    public Report report() { return report; }
    public List<Evidence> evidence() { return Collections.unmodifiableList(evidence); }

    /** Other reports whose retelling of this act was folded into it ({@link PlacelessRetelling}), in order. */
    public List<Report> alsoToldBy() { return Collections.unmodifiableList(alsoToldBy); }
    public double confidence() { return confidence; }

    /** How the claim holds what it says; only an event claim can be other than asserted. */
    public Modality modality() { return Modality.ASSERTED; }

    void confidence(double c) { this.confidence = c; }

    /** Told in another voice once the whole article is read (LeadToldBySource). */
    void voice(Report r) { this.report = r; }

    void alsoToldBy(Report r) {
        if (!r.sameAs(report) && alsoToldBy.stream().noneMatch(r::sameAs)) alsoToldBy.add(r);
    }

    void addEvidence(Evidence e) {
        for (Evidence x : evidence) if (x.start() == e.start() && x.end() == e.end()) return;
        evidence.add(e);
        evidence.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }

    /** The claim is told by this span alone: a development a copy of the act carries (DevelopmentBesideAct). */
    void onlyEvidence(Evidence e) {
        evidence.clear();
        evidence.add(e);
    }

    /** The last evidence, widened: a later clause extends the span of the sentence that told it. */
    void replaceLastEvidence(Evidence e) {
        evidence.set(evidence.size() - 1, e);
    }

    Evidence lastEvidence() { return evidence.get(evidence.size() - 1); }

    /** Where the claim's first evidence starts: part of its identity. */
    public int anchorOffset() {
        return evidence.isEmpty() ? 0 : evidence.get(0).start();
    }
}
