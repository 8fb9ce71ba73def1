package org.isnad.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One claim read out of an article: an event said to have happened (or denied, foiled, alleged, planned),
 * a statement, or the toll of an event (casualties; {@link #about()} is its event, {@link #mentions()} the victims), with who says so and the evidence. Built up by the extractor as it reads sentence after
 * sentence (a later sentence may add evidence, a date or a target), then handed on read-only.
 */
public final class Claim {

    public enum Kind { EVENT, STATEMENT, CASUALTIES }

    private final Kind kind;
    private String eventClass;          // IRI of the ACLED sub-event class; null for statements
    private boolean specificType;
    private final Set<String> actors = new LinkedHashSet<>();
    private final Set<String> targets = new LinkedHashSet<>();
    private final Set<String> directedBy = new LinkedHashSet<>();
    private final Set<String> places = new LinkedHashSet<>();
    private final Set<String> origins = new LinkedHashSet<>();
    private final Set<String> mentions = new LinkedHashSet<>();
    private TimeSpan time = TimeSpan.NONE;
    private final Report report;
    private final List<Evidence> evidence = new ArrayList<>();
    private double confidence;
    private String modality = "Asserted";
    private String text;                // statements: what is said
    private int about = -1;             // statements: index of the event claim they speak of
    private final Set<Integer> sameEventAs = new LinkedHashSet<>();
    private Integer killed, wounded;    // casualty claims: the toll, null when not given
    private boolean minimumCount;

    Claim(Kind kind, Report report) {
        this.kind = kind;
        this.report = report;
    }

    public Kind kind() { return kind; }
    public String eventClass() { return eventClass; }
    public boolean specificType() { return specificType; }
    public Set<String> actors() { return actors; }
    public Set<String> targets() { return targets; }
    public Set<String> directedBy() { return directedBy; }
    public Set<String> places() { return places; }
    public Set<String> origins() { return origins; }
    public Set<String> mentions() { return mentions; }
    public TimeSpan time() { return time; }
    public Report report() { return report; }
    public List<Evidence> evidence() { return evidence; }
    public double confidence() { return confidence; }
    public String modality() { return modality; }
    public String text() { return text; }
    public int about() { return about; }
    public Set<Integer> sameEventAs() { return sameEventAs; }
    public Integer killed() { return killed; }
    public Integer wounded() { return wounded; }
    public boolean minimumCount() { return minimumCount; }

    void casualties(Integer killed, Integer wounded, boolean minimum) {
        this.killed = killed;
        this.wounded = wounded;
        this.minimumCount = minimum;
    }

    void type(String eventClass, boolean specific) { this.eventClass = eventClass; this.specificType = specific; }
    void time(TimeSpan t) { this.time = t; }
    void confidence(double c) { this.confidence = c; }
    void modality(String m) { this.modality = m; }
    void text(String t) { this.text = t; }
    void about(int i) { this.about = i; }

    void addEvidence(Evidence e) {
        for (Evidence x : evidence) if (x.start() == e.start() && x.end() == e.end()) return;
        evidence.add(e);
        evidence.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }

    /** Where the claim's first evidence starts: part of its identity. */
    public int anchorOffset() {
        return evidence.isEmpty() ? 0 : evidence.get(0).start();
    }
}
