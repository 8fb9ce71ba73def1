package org.isnad.extract;

import java.util.LinkedHashSet;
import java.util.Set;

/** An event said to have happened, or denied, foiled, alleged or planned. */
public final class EventClaim extends Claim {

    private String eventClass;          // IRI of the ACLED sub-event class
    private boolean specificType;
    private final Set<String> actors = new LinkedHashSet<>();
    private final Set<String> targets = new LinkedHashSet<>();
    private final Set<String> directedBy = new LinkedHashSet<>();
    private final Set<String> places = new LinkedHashSet<>();
    private final Set<String> origins = new LinkedHashSet<>();
    private final Set<ClaimKey> sameEventAs = new LinkedHashSet<>();
    private final Set<PlaceText> placeTexts = new LinkedHashSet<>();
    private final Set<ParticipantText> actorTexts = new LinkedHashSet<>();
    private final Set<ParticipantText> targetTexts = new LinkedHashSet<>();
    private final java.util.Map<String, String> placeWords = new java.util.LinkedHashMap<>();
    private TimeSpan time = TimeSpan.NONE;
    private Modality modality = Modality.ASSERTED;
    private String splitPlace;          // the place this claim was split off for, part of its identity

    EventClaim(ClaimKey key, Report report) { super(key, report); }

    public String eventClass() { return eventClass; }
    public boolean specificType() { return specificType; }
    public Set<String> actors() { return actors; }
    public Set<String> targets() { return targets; }
    public Set<String> directedBy() { return directedBy; }
    public Set<String> places() { return places; }
    public Set<String> origins() { return origins; }
    /** Places the reference data lacks, kept as written, each within the nearest area the text names. */
    public Set<PlaceText> placeTexts() { return placeTexts; }
    /** Actors no reference list names, kept as written ("مسلحون مجهولون"); empty when a known actor is named. */
    public Set<ParticipantText> actorTexts() { return actorTexts; }
    /** Targets no reference list names, kept as written ("ثلاثة شبان"); empty when a known target is named. */
    public Set<ParticipantText> targetTexts() { return targetTexts; }
    /** Nothing is said of who or where, even in unresolved words. */
    public boolean participantsUnknown() {
        return actors.isEmpty() && targets.isEmpty() && places.isEmpty() && placeTexts.isEmpty()
                && actorTexts.isEmpty() && targetTexts.isEmpty();
    }
    /** The words a known place was named with in the article, or null when it was only referred to. */
    public String placeWords(String place) { return placeWords.get(place); }
    java.util.Map<String, String> placeWordsMap() { return placeWords; }
    /** Other reports' claims of the same event: linked, never merged. */
    public Set<ClaimKey> sameEventAs() { return sameEventAs; }
    public TimeSpan time() { return time; }
    @Override public Modality modality() { return modality; }
    /** One of several places of one report's words, each an event of its own (null: not split). */
    public String splitPlace() { return splitPlace; }
    void splitPlace(String p) { this.splitPlace = p; }

    void type(String eventClass, boolean specific) { this.eventClass = eventClass; this.specificType = specific; }
    void time(TimeSpan t) { this.time = t; }

    // "جراء قصف سابق", "عمليات الاغتيال المتكررة": told with no time, and to take none from the account
    private boolean timeless;
    boolean timeless() { return timeless; }
    void timeless(boolean b) { this.timeless = b; }
    void modality(Modality m) { this.modality = m; }

    // "وكانت عبوة ناسفة قد انفجرت …": told as what had happened before the report's acts (PluperfectBackground)
    private boolean background;
    boolean background() { return background; }
    void background(boolean b) { this.background = b; }

    // "أعلنت وزارة الداخلية، اليوم الأحد، القبض على …": its only date is the announcement's (AnnouncedArrest)
    private boolean announcedDay;
    boolean announcedDay() { return announcedDay; }
    void announcedDay(boolean b) { this.announcedDay = b; }

    /**
     * The same report of the same event, under another key: what it says, where, when and with what
     * evidence; not its links to other claims, nor the place it was split off for.
     */
    EventClaim copyAs(ClaimKey key) {
        EventClaim x = new EventClaim(key, report());
        x.type(eventClass, specificType);
        x.actors.addAll(actors);
        x.targets.addAll(targets);
        x.directedBy.addAll(directedBy);
        x.places.addAll(places);
        x.origins.addAll(origins);
        x.placeTexts.addAll(placeTexts);
        x.actorTexts.addAll(actorTexts);
        x.targetTexts.addAll(targetTexts);
        x.placeWords.putAll(placeWords);
        x.time = time;
        x.modality = modality;
        x.timeless = timeless;
        x.background = background;
        x.announcedDay = announcedDay;
        x.confidence(confidence());
        for (Evidence e : evidence()) x.addEvidence(e);
        return x;
    }

    /** Nothing has happened yet: no toll, time or "after that" hangs on a threat. */
    boolean planned() { return modality == Modality.PLANNED; }
}
