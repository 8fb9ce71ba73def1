package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.extract.AttributionReader.Attribution;
import org.isnad.extract.TimeReader.SentenceTime;

/** What the reading of one sentence's clauses has gathered. */
final class SentenceState {
    final MatchedSentence s;
    final Attribution who;
    final List<Clause> clauses;
    final SentenceTime time;
    final List<EventMention> found = new ArrayList<>();
    final List<EventClaim> events = new ArrayList<>();
    boolean referential, anyEventive;
    Set<String> previousActors = Set.of(), previousPlaces = Set.of();
    Set<PlaceText> previousPlaceTexts = Set.of();
    TimeSpan previousTime;
    // a denial or an accusation (a verb of saying) governs the rest of its sentence, up to a participle
    // of saying that opens a proposition of the speaker's own ("نفى …، مؤكداً أن …"); "إحباط" only the
    // clause it stands in ("أحبطت … محاولة تفجير، وتفكيك العبوات": the defusing happened)
    Modality governing, cueModality;
    Clause governingClause;
    Evidence restatement;

    // the mentions whose modality counts: "انفجرت عبوة …، واتهم أهالي الحي عناصر خلية بزرعها" tells the
    // blast, the accusation speaks only for its own clause
    final List<Mention> cueMentions;
    // "نفت تل أبيب مسؤوليتها عن الانفجار": a denial of who did an act (read once, asked for each event)
    final boolean deniesWho;

    SentenceState(MatchedSentence s, Attribution who, List<Clause> clauses, SentenceTime time) {
        this.s = s;
        this.deniesWho = DeniedResponsibility.inSentence(s.mentions());
        this.who = who;
        this.cueMentions = s.mentions().stream().filter(m -> !who.asides().contains(m)).toList();
        this.clauses = clauses;
        this.time = time;
    }

    Report report() { return who.report(); }

    /**
     * "توغلت قوة إسرائيلية في أطراف قرية كودنة، واعتقلت راعيين": a clause that tells no event of its own may
     * still say where the (elided) subject of the next one is; known places of it carry over.
     */
    void movedTo(Clause cl, List<Mention> ms) {
        if (!previousPlaces.isEmpty()) return;
        Set<String> places = new java.util.LinkedHashSet<>();
        for (Mention m : ms) {
            if (cl.holds(m) && m.entry("Place") != null && !who.speakerWords().contains(m)) places.add(m.entry("Place").iri());
        }
        if (!places.isEmpty()) previousPlaces = places;
    }

    /**
     * An event told in passing has its own actor and place, or none; so has one of another time ("…، فيما
     * شهدت أواخر العام الماضي تصاعداً في هجمات التنظيم"). Else "كما أطلقت …": the subject is elided, and
     * "…بمدينة البوكمال، وحوّلتها…": so is the place.
     */
    void carryOver(Clause cl, EventMention em) {
        boolean sameTime = previousTime == null || previousTime.compatible(em.time);
        // "بحرق منازل في قرى …، بعد السيطرة عليها": a place taken told by its pronoun is the elided doer's too
        if (!cl.inPassing() || em.placeToldBefore) {
            // "قصفت قوات النظام …، بالإضافة إلى استهداف الفصائل مواقع قوات النظام": who is hit is not the elided doer
            if (em.actors.isEmpty()) previousActors.stream().filter(a -> !em.targets.contains(a)).forEach(em.actors::add);
            // "…، فيما قُتل مدني في بلدة ترملا": a town of its own, even one the gazetteer lacks, takes no other
            if (em.places.isEmpty() && em.placeTexts.isEmpty() && (sameTime || em.placeToldBefore) && !previousPlaces.isEmpty()) {
                em.places.addAll(previousPlaces);
                em.placesCarried = true;
            }
        }
        if (em.placeToldBefore && em.placeTexts.isEmpty()) em.placeTexts.addAll(previousPlaceTexts);
        previousActors = em.actors;
        previousPlaces = em.places;
        previousPlaceTexts = em.placeTexts;
        previousTime = em.time;
    }
}
