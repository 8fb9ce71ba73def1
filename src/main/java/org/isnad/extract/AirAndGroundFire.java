package org.isnad.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * "تعرضت بلدة كفرنبل لقصف جوي ومدفعي", "بقصف صاروخي وجوي", "لغارات جوية وقصف مدفعي", "بالطائرات المسيرة
 * والمدفعية الثقيلة": one phrase joins by "و" the means of the air and of the ground. ACLED codes the air
 * strike and the shelling as two events at the same place and time; the reader typed the clause by one of
 * them only (the means ranked higher), so the other is added here as a claim of its own, a copy of the first
 * (same report, places, actors, date, evidence) with the other type.
 *
 * <p>Not when the article's same voice tells that other bombardment apart (its own claim, a date that fits):
 * "قصف جوي ومدفعي طال بلدات ريف إدلب" then the towns shelled, each by name, is that shelling told item by item.
 * Not from the headline, which lends its words to the first claim it fits but tells nothing of its own.
 */
final class AirAndGroundFire implements ClaimPass {

    private static final String SHELLING = EventTypes.SHELLING;
    /** At most this many words may stand between the two means: "قصف جوي روسي ومدفعي". */
    private static final int GAP = 2;

    private final Lexicon lexicon;

    AirAndGroundFire(Lexicon lexicon) { this.lexicon = lexicon; }

    @Override
    public void apply(ArticleClaims claims) {
        Evidence headline = claims.headline() == null ? null : claims.headline().evidence();
        List<EventClaim> added = new ArrayList<>();
        for (EventClaim c : claims.events()) {
            String other = otherType(c.eventClass());
            // the cheap check first: toldTogether matches each evidence span's words against the lexicon
            if (other == null || toldApart(claims.events(), c, other) || toldApart(added, c, other)) continue;
            if (!toldTogether(claims.words(), c, headline)) continue;
            EventClaim x = c.copyAs(claims.nextKey());
            x.type(other, true);
            ownDoers(claims.words(), c, x, headline);
            claims.add(x);
            added.add(x);
        }
    }

    /**
     * "لغارات شنتها طائرات حربية روسية، وقصف مدفعي وصاروخي لقوات النظام": each means has its own doer, told in
     * or right after it; when the sentence gives each of the two acts one, each claim keeps its own (the air
     * strike Russia's, the shelling the regime's). A doer told once for both ("قصف جوي ومدفعي من قبل قوات
     * النظام والطائرات الروسية") stays with both.
     */
    private static void ownDoers(EvidenceWords words, EventClaim first, EventClaim second, Evidence headline) {
        for (Evidence e : first.evidence()) {
            if (isHeadline(e, headline)) continue;
            Map<String, Set<String>> doers = doersByMeans(words.mentions(e.text()));
            Set<String> a = doers.get(first.eventClass());
            Set<String> b = doers.get(second.eventClass());
            if (a == null || b == null || !Collections.disjoint(a, b)
                    || !first.actors().containsAll(a) || !first.actors().containsAll(b)) continue;
            first.actors().removeAll(b);
            second.actors().removeAll(a);
            return;
        }
    }

    /** The evidence is the headline's own span. */
    private static boolean isHeadline(Evidence e, Evidence headline) {
        return headline != null && e.start() == headline.start() && e.end() == headline.end();
    }

    /** The doers (Actor mentions) told in a run of one means or right after it, by the type the means makes. */
    private static Map<String, Set<String>> doersByMeans(List<Mention> ms) {
        Map<String, Set<String>> out = new HashMap<>();
        String run = null;
        int runEnd = -1;
        for (Mention m : ms) {
            String means = means(ms, m);
            Entry actor = m.entry("Actor");
            // "طائرات حربية روسية" is the means and its doer at once
            String of = means != null ? means : run != null && m.firstToken() <= runEnd ? run : null;
            if (actor != null && of != null) out.computeIfAbsent(of, k -> new HashSet<>()).add(actor.iri());
            if (means != null) {
                run = means;
                runEnd = Math.max(runEnd, m.endToken());
            } else if (m.firstToken() >= runEnd) {
                run = null;   // another word between: what follows is no longer the means' own
            }
        }
        return out;
    }

    /** The bombardment's other means: shelling for an air strike, and the reverse; null for any other act. */
    private static String otherType(String type) {
        if (EventTypes.DRONE_STRIKE.equals(type)) return SHELLING;
        if (SHELLING.equals(type)) return EventTypes.DRONE_STRIKE;
        return null;
    }

    /** Some sentence of the claim's own (not the headline) joins an air means and a ground means by "و". */
    private static boolean toldTogether(EvidenceWords words, EventClaim c, Evidence headline) {
        for (Evidence e : c.evidence()) {
            if (isHeadline(e, headline)) continue;
            List<Token> tokens = words.words(e.text());
            List<Mention> ms = words.mentions(e.text());
            String before = null;
            int beforeEnd = -1;
            for (Mention m : ms) {
                String means = means(ms, m);
                if (means == null) continue;
                if (before != null && !before.equals(means) && m.firstToken() - beforeEnd <= GAP
                        && tokens.get(m.firstToken()).term().startsWith("و")) return true;
                before = means;
                beforeEnd = m.endToken();
            }
        }
        return false;
    }

    /**
     * The type the mention's means makes: an air or ground trigger with its weapon said, or an adjective of
     * means ("ومدفعي"); null for the bare "قصف", whose weapon is unsaid, and for aircraft that only fly.
     */
    private static String means(List<Mention> ms, Mention m) {
        Entry t = m.entry("Trigger");
        if (t != null) {
            String type = t.prop("indicates");
            if (EventTypes.DRONE_STRIKE.equals(type)) return FlightWords.onlyFlies(ms, m) ? null : type;
            if (SHELLING.equals(type)) return t.flag("weaponUnsaid") ? null : type;
            return null;
        }
        Entry a = m.entry("MeansAdjective");
        return a == null ? null : a.prop("indicates");
    }

    /**
     * The same voice tells a bombardment of that type on its own, at a time that fits this one: anywhere when
     * this claim names no town (a lead over an area, told item by item after), else at each of its towns. A
     * list of eight towns "لغارات شنتها طائرات حربية روسية، وقصف مدفعي لقوات النظام" after one village shelled
     * "التابعة لمدينة كفرنبل" is not that shelling told town by town: one town of the list met again is not
     * enough.
     */
    private boolean toldApart(List<EventClaim> events, EventClaim c, String type) {
        List<String> towns = towns(c);
        List<EventClaim> apart = new ArrayList<>();
        for (EventClaim o : events) {
            if (o != c && type.equals(o.eventClass()) && Objects.equals(o.report().speaker(), c.report().speaker())
                    && o.time().compatible(c.time())) apart.add(o);
        }
        if (towns.isEmpty()) return !apart.isEmpty();
        return !apart.isEmpty() && towns.stream().allMatch(t -> apart.stream().anyMatch(o -> o.places().contains(t)
                || o.placeTexts().stream().anyMatch(x -> x.text().equals(t))));
    }

    /** The settlements among the claim's places, known or kept as written. */
    private List<String> towns(EventClaim c) {
        List<String> out = new ArrayList<>();
        for (String p : c.places()) {
            String kind = lexicon.placeKind(p);
            if (kind != null && SplitByPlace.SETTLEMENTS.contains(kind)) out.add(p);
        }
        for (PlaceText t : c.placeTexts()) out.add(t.text());
        return out;
    }
}
