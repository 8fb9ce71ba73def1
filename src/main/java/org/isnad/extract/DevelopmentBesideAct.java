package org.isnad.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.vocab.Vocab;

/**
 * "انفجرت عبوة ناسفة بسيارة في حي الجورة، وفرضت قوات النظام طوقاً أمنياً بمحيط موقع الانفجار", "قُتل شاب برصاص
 * مجهولين، مما أثار استنفاراً أمنياً واسعاً", "هاجم مسلحون حاجزاً … واستقدمت القوات تعزيزات إلى البلدة": what a
 * force did beside an act told in the same sentence, or in the next one when that tells no act of its own and
 * stays with the act's matter and place (spans) (its alert, cordon, sweep, deployment, reinforcements:
 * {@code isnad:DevelopmentCue}) is a strategic development, ACLED's change to group/activity, coded by the real
 * pages' analysts as an event of its own beside the act (session 40's convention). The act keeps its own type;
 * the development is added as a claim of the same report, place and day, its actor the force named by the cue
 * (or none), its evidence the cue's sentence. One a force, place and day: not when a change to group activity
 * of the article already stands there then, or is the same force's that day. Not for a cue in a verb not in the past ("تفرض طوقاً": a habit), denied,
 * or after a word of going on ("تواصل إرسال التعزيزات"); not for a sweep beside an arrest (the campaign told
 * again: CampaignWithoutArrests), nor beside a background act, a plan or a denial.
 *
 * <p>A cue may tell another type of development ({@code isnad:develops}): checkpoints or a post set up
 * ("وانتشرت حواجز أمنية عند مدخل المدينة") are a base established, a cache seized beside an arrest ("القبض على
 * عدد من المسلحين وضبط مستودع أسلحة") is weapons kept from use; each its own claim beside an act of another
 * type, one of each type a force, place and day.
 */
final class DevelopmentBesideAct implements ClaimPass {

    /** A force named at most this many words from the cue is the one that acted: "انتشاراً أمنياً مكثفاً لقوات النظام". */
    private static final int FORCE_REACH = 5;

    /** "تواصل القوات إرسال التعزيزات وتمشيط المنطقة": the words a word of going on governs, its subject between. */
    private static final int BACKDROP_REACH = 4;

    /** The types of development a cue may tell (isnad:develops), one claim of each a force, place and day. */
    private static final Set<String> DEVELOPMENTS = Set.of(EventTypes.CHANGE_TO_GROUP_ACTIVITY,
            EventTypes.DISRUPTED, EventTypes.BASE_ESTABLISHED);

    private final Lexicon lexicon;

    DevelopmentBesideAct(Lexicon lexicon) { this.lexicon = lexicon; }

    @Override
    public void apply(ArticleClaims claims) {
        List<EventClaim> developments = new ArrayList<>();
        for (EventClaim c : claims.events()) if (DEVELOPMENTS.contains(c.eventClass())) developments.add(c);
        for (EventClaim c : claims.events()) {
            if (!mayHaveDevelopment(c)) continue;
            Set<String> done = new HashSet<>();
            for (Evidence ev : spans(claims, c)) {
                // with each word's readings: the cues are lemmas ("فرض … طوق" finds "وفرضت طوقاً"), which the
                // passes' shared words (EvidenceWords#mentions, without readings) do not find
                List<Mention> ms = claims.words().analysedMentionsOf(ev);
                for (Mention cue : cues(ms, c)) {
                    String type = developsInto(cue);
                    if (!done.add(type)) continue;
                    String force = force(ms, cue, cue.entry("DevelopmentCue").iri().endsWith("/alert-set-off"));
                    if (developments.stream().anyMatch(o -> type.equals(o.eventClass()) && samePlaceAndDay(o, c, force))) continue;
                    EventClaim x = c.copyAs(claims.nextKey());
                    x.type(type, true);
                    // the sentence the cue stands in: the act's own evidence may be only its clause, without the cue
                    x.onlyEvidence(claims.words().sentenceSpanOf(ev));
                    x.targets().clear();
                    x.targetTexts().clear();
                    x.actors().clear();
                    x.actorTexts().clear();
                    x.directedBy().clear();     // the act's orderer and launch site are not the force's
                    x.origins().clear();
                    if (force != null) x.actors().add(force);
                    claims.add(x);
                    developments.add(x);
                }
            }
        }
    }

    /**
     * The act's sentences, and the one right after them when it tells no event of its own: "ألقى مجهول قنبلة
     * على الحاجز. وبيّنت مراسلتنا أن قوة أمنية توجهت إلى المكان وفرضت طوقاً أمنياً" tells the force's cordon
     * after the act in a sentence of its own, at the act's place and day. Not when it turns to another matter
     * ("من جهة أخرى", "في سياق متصل") or names a place apart from the act's ("انفجرت عبوة في حي الجورة. وفي حي
     * الوعر، فرضت قوات الأمن طوقاً أمنياً": the cordon is not the blast's).
     */
    private List<Evidence> spans(ArticleClaims claims, EventClaim c) {
        List<Evidence> out = new ArrayList<>(c.evidence());
        Evidence last = null;
        for (Evidence ev : c.evidence()) if (last == null || ev.start() > last.start()) last = ev;
        Evidence next = last == null ? null : claims.words().sentenceAfter(last);
        if (next == null) return out;
        for (EventClaim o : claims.events())
            for (Evidence ev : o.evidence()) if (ev.start() < next.end() && next.start() < ev.end()) return out;
        if (!sameMatter(claims.words().analysedMentionsOf(next), c)) return out;
        out.add(next);
        return out;
    }

    /** The sentence opens with no turn to another item, and every place it names is, holds or lies in one of the act's. */
    private boolean sameMatter(List<Mention> ms, EventClaim c) {
        for (Mention m : ms) {
            if (m.is("TopicShift") && m.firstToken() <= 1) return false;
            Entry place = m.entry("Place");
            if (place != null && c.places().stream().noneMatch(p -> lexicon.isWithin(place.iri(), p) || lexicon.isWithin(p, place.iri())))
                return false;
        }
        return true;
    }

    /** The type a cue tells: its own (a base, a cache seized: isnad:develops), else a change to group activity. */
    private static String developsInto(Mention cue) {
        String t = cue.entry("DevelopmentCue").prop("develops");
        return t != null ? t : EventTypes.CHANGE_TO_GROUP_ACTIVITY;
    }

    /**
     * An act that happened, told as news (a development beside it is of another type than its own: cues); not a
     * change of territory, whose deployment is the change itself ("انتشرت قوات النظام في بلدة تسيل بعد انسحاب
     * الفصائل منها").
     */
    private static boolean mayHaveDevelopment(EventClaim c) {
        return c.eventClass() != null && !TerritoryTyping.isTerritory(c.eventClass()) && !c.background() && !c.timeless() && c.modality() == Modality.ASSERTED;
    }

    /** The first cue of each type of development that happened in the words, other than the act's type. */
    private List<Mention> cues(List<Mention> ms, EventClaim c) {
        Map<String, Mention> first = new LinkedHashMap<>();
        int backdropUntil = -1;
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (m.is("ContinuationCue") || m.is("IrrealisCue") || m.is("DevelopmentBackdropCue")) backdropUntil = m.endToken() + BACKDROP_REACH;
            Entry e = m.entry("DevelopmentCue");
            if (e == null || m.firstToken() <= backdropUntil) continue;
            String type = developsInto(m);
            if (type.equals(c.eventClass()) || first.containsKey(type) || toldTheAct(ms, m, c)) continue;
            if ("false".equals(e.prop("eventive")) || e.prop("modality") != null) continue;   // "تفرض", "لم ترسل"
            if (e.flag("campaign") && EventTypes.ARRESTS.equals(c.eventClass())) continue;
            // "انتشرت صورة على تويتر": a spread with no force is no deployment
            if (e.flag("needsArmedParticipant") && force(ms, m, false) == null) continue;
            // a cache seized is what came of an act, never the way to it ("اعتقلت … وصادرت أسلحة")
            boolean cache = EventTypes.DISRUPTED.equals(type);
            if (cache && carried(ms, i)) continue;
            if (!cache && (meansToAnAct(ms, i) || cordonBeforeArrests(ms, i, c)) || goesOn(ms, i) || civilians(ms, m)) continue;
            first.put(type, m);
        }
        return new ArrayList<>(first.values());
    }

    /**
     * "فرضت قوى الأمن طوقاً على الحي واعتقلت مسلحَين", "انتشر عناصر الشرطة في محيط المخفر واعتقلوا أربعة من
     * المحتجين": the force's cordon or deployment is the way it did the act told after it in the sentence (an
     * act verb in the past, not a sweep), which is the event.
     */
    private static boolean meansToAnAct(List<Mention> ms, int cue) {
        for (int k = cue + 1; k < ms.size(); k++) {
            Entry t = ms.get(k).entry("Trigger");
            if (t == null || !"true".equals(t.prop("eventive")) || t.flag("campaign")) continue;
            if (!EventTypes.CHANGE_TO_GROUP_ACTIVITY.equals(t.prop("indicates"))) return true;
        }
        return false;
    }

    /**
     * "شنّت القوات حملة مداهمة واعتقال في حيي … بعد تطويقهما بالكامل", "طوّقت قوات الأمن البلدة منفّذةً حملة دهم
     * واعتقالات": a cordon told as the step before an arrest campaign (after "بعد"/"عقب", or before the
     * campaign's noun) is how the arrests were made, ACLED's arrests alone (rdev39; real pages of raids in
     * Madaya, Deir ez-Zor, the West Bank), not a change to the group's activity beside them.
     */
    private static boolean cordonBeforeArrests(List<Mention> ms, int cue, EventClaim c) {
        if (!EventTypes.ARRESTS.equals(c.eventClass())) return false;
        Mention m = ms.get(cue);
        for (int k = 0; k < cue; k++)
            if (ms.get(k).endToken() == m.firstToken() && ms.get(k).entries().stream().anyMatch(e -> e.iri().endsWith("/after-event"))) return true;
        for (int k = cue + 1; k < ms.size(); k++) {
            Entry t = ms.get(k).entry("Trigger");
            if (t != null && EventTypes.ARRESTS.equals(t.prop("indicates"))) return true;
        }
        return false;
    }

    /**
     * "أقامت قسد حواجز على مداخل البلدة" alone: the checkpoints are the act the sentence tells (a change to the
     * group's activity, lex:checkpoint-set-up), not one beside it; beside reinforcements ("أرسلت تعزيزات عسكرية
     * وانتشرت حواجز أمنية عند مدخل المدينة") they are a base of their own.
     */
    private static boolean toldTheAct(List<Mention> ms, Mention cue, EventClaim c) {
        if (!indicates(cue, c.eventClass())) return false;
        for (Mention m : ms) if (m != cue && indicates(m, c.eventClass())) return false;
        return true;
    }

    private static boolean indicates(Mention m, String type) {
        for (Entry e : m.entries()) if (e.is("Trigger") && type.equals(e.prop("indicates"))) return true;
        return false;
    }

    /** "وضبطت بحوزته أسلحة فردية": what the man taken carried, right after the seizure, is no cache. */
    private static boolean carried(List<Mention> ms, int cue) {
        int end = ms.get(cue).endToken();
        for (int k = cue + 1; k < ms.size() && ms.get(k).firstToken() <= end; k++)
            if (ms.get(k).is("CarriedCue")) return true;
        return false;
    }

    /** "الأمر الذي تسبب باستنفار متواصل": a word of going on right after the cue tells a state, not news. */
    private static boolean goesOn(List<Mention> ms, int cue) {
        int end = ms.get(cue).endToken();
        for (int k = cue + 1; k < ms.size() && ms.get(k).firstToken() <= end + 1; k++)
            if (ms.get(k).is("ContinuationCue")) return true;
        return false;
    }

    /** "أن فرقه طوّقت المكان" after "الدفاع المدني": rescuers who cordon a site are no force. */
    private static boolean civilians(List<Mention> ms, Mention cue) {
        for (Mention m : ms) {
            Entry a = m.entry("Actor");
            if (a != null && m.firstToken() < cue.firstToken() && cue.firstToken() - m.endToken() <= FORCE_REACH
                    && (Vocab.ISNAD + "Civilians").equals(a.prop("actorCategory"))) return true;
        }
        return false;
    }

    /**
     * The armed force named nearest the cue, before or after it, within reach: not a monitor, an outlet or
     * civilians ("…، مما أثار استنفاراً أمنياً، بحسب المرصد السوري" is no alert of the Observatory's). After an act
     * that set the alert off, only a force named after the cue ("بهجوم لتنظيم الدولة، ما أثار استنفاراً لقوات
     * النظام": the attacker raised no alert).
     */
    private String force(List<Mention> ms, Mention cue, boolean onlyAfter) {
        String best = null;
        int bestGap = Integer.MAX_VALUE;
        for (Mention m : ms) {
            Entry a = m.entry("Actor");
            if (a == null || !lexicon.isArmed(a.iri()) && !lexicon.fightsForState(a.iri())) continue;
            if (onlyAfter && m.firstToken() < cue.endToken()) continue;
            int gap = m.firstToken() >= cue.endToken() ? m.firstToken() - cue.endToken() : cue.firstToken() - m.endToken();
            if (gap < 0 || gap > FORCE_REACH || gap >= bestGap) continue;
            best = a.iri();
            bestGap = gap;
        }
        return best;
    }

    /** A change to group activity told of the same day, at the act's place or with no place of its own. */
    private static boolean samePlaceAndDay(EventClaim o, EventClaim c, String force) {
        if (!o.time().compatible(c.time())) return false;
        if (force != null && o.actors().contains(force)) return true;     // one a force and day
        return o.places().isEmpty() || c.places().isEmpty() || o.places().stream().anyMatch(c.places()::contains);
    }
}
