package org.isnad.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.isnad.ingest.Article;
import org.isnad.vocab.Vocab;

/**
 * Makes claims of the events another reader tells ({@link ToldEvent}), by the rules' own readers, so that two
 * extractors agree on vocabulary: the type label to the ontology's event class, the evidence to its offsets in
 * the text, places, dates, participants and speakers as {@link ToldWords} resolves them. What cannot be kept
 * honestly is dropped and counted: an unknown type, evidence the text does not hold (evidence with offsets is
 * a promise), a second event of the same type told by the same quote. The same events give the same claims.
 */
public final class ToldEventReader {

    /** The claims made, and how many told events were dropped, by reason (in a stable order). */
    public record Result(List<Claim> claims, Map<String, Integer> dropped) {
        public int droppedTotal() { return dropped.values().stream().mapToInt(Integer::intValue).sum(); }
    }

    public static final String UNKNOWN_TYPE = "unknown type", EVIDENCE_NOT_IN_TEXT = "evidence not in the text",
            DUPLICATE = "same type and evidence as another";

    private final Lexicon lexicon;
    private final Map<String, String> classByLabel = new TreeMap<>();
    private final ToldWords words;

    public ToldEventReader(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.words = new ToldWords(lexicon);
        eventTypes(lexicon).forEach((label, cls) -> classByLabel.put(label.toLowerCase(Locale.ROOT), cls));
    }

    /**
     * The ACLED sub-event types the ontology knows (isnad:acledSubEventType), label → class IRI, sorted by
     * label: the one list both the prompt and the mapping read.
     */
    public static Map<String, String> eventTypes(Lexicon lexicon) {
        Map<String, String> out = new TreeMap<>();
        Node p = NodeFactory.createURI(Vocab.ISNAD + "acledSubEventType");
        lexicon.graph().find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isLiteral())
                out.merge(t.getObject().getLiteralLexicalForm(), t.getSubject().getURI(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        });
        return Collections.unmodifiableMap(out);
    }

    /** The claims of the told events, in the order told, and what was dropped. */
    public Result read(Article article, List<ToldEvent> told) {
        Reports reports = new Reports(lexicon, article);
        List<Claim> claims = new ArrayList<>();
        Map<String, Integer> dropped = new TreeMap<>();
        for (ToldEvent t : told) {
            String cls = classByLabel.get(t.type().toLowerCase(Locale.ROOT));
            if (cls == null) { dropped.merge(UNKNOWN_TYPE, 1, Integer::sum); continue; }
            Evidence ev = t.evidence().isEmpty() ? null : ToldWords.locate(article.text(), t.evidence(), new Evidence(0, 0, ""));
            if (ev == null) { dropped.merge(EVIDENCE_NOT_IN_TEXT, 1, Integer::sum); continue; }
            if (toldBefore(claims, cls, ev)) { dropped.merge(DUPLICATE, 1, Integer::sum); continue; }
            Report report = words.speaker(t.reportedBy(), reports, article.outlet());
            EventClaim c = new EventClaim(new ClaimKey(claims.size()), report);
            c.type(cls, !cls.equals(EventTypes.ATTACK));
            c.addEvidence(ev);
            c.modality(modality(t.modality()));
            words.places(article.text(), t.place(), ev, c);
            c.time(words.time(t.date(), article.published()));
            c.actors().addAll(words.participants(article.text(), t.actor(), ev, c.actorTexts()));
            c.targets().addAll(words.participants(article.text(), t.target(), ev, c.targetTexts()));
            c.confidence(ConfidenceScore.score(c));
            claims.add(c);
            // a threat or a foiled attack has no toll of its own
            if ((positive(t.killed()) || positive(t.wounded())) && !c.planned()) {
                CasualtyClaim toll = new CasualtyClaim(new ClaimKey(claims.size()), report, c.key(),
                        positive(t.killed()) ? t.killed() : null, positive(t.wounded()) ? t.wounded() : null, false);
                toll.addEvidence(ev);
                toll.confidence(ConfidenceScore.score(toll));
                claims.add(toll);
            }
        }
        return new Result(List.copyOf(claims), Collections.unmodifiableMap(dropped));
    }

    /** An event claim of that class already rests on the same quote: its IRI would be the same claim's. */
    private static boolean toldBefore(List<Claim> claims, String cls, Evidence ev) {
        for (Claim c : claims) {
            if (c instanceof EventClaim e && e.eventClass().equals(cls) && e.anchorOffset() == ev.start()) return true;
        }
        return false;
    }

    private static boolean positive(Integer n) { return n != null && n > 0; }

    /** "asserted", "Denied" …: the isnad:Modality of that name; anything else is asserted. */
    static Modality modality(String name) {
        for (Modality m : Modality.values()) if (m.localName().equalsIgnoreCase(name)) return m;
        return Modality.ASSERTED;
    }
}
