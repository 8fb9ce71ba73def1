package org.isnad.extract;

import java.util.List;

/**
 * The bare noun "قصف" names no weapon (isnad:weaponUnsaid): told with or after an air strike, it is that air
 * strike (ACLED: the weapon types the event), not artillery. Two hooks of one rule:
 *
 * <ul>
 * <li>while a clause is read ({@link #retold}): "شنت طائرات حربية غارات على بلدة كفرنبل، وأسفر القصف عن مقتل
 *     ثلاثة مدنيين", "وقال موقع محلي إن القصف أدى لمقتل 20 عنصراً": the bare definite noun
 *     (isnad:RetoldStrikeNoun) tells again the latest event told, from the air as from the ground; after an air
 *     or drone strike it takes that type, so that it merges into that strike and makes no shelling of its own.
 *     A noun with a time of its own ("القصف التركي المتواصل منذ ذلك الحين") tells a bombardment of its own;</li>
 * <li>once the article is read ({@link #apply}): "بدأت حملة القصف على الأحياء بعشرات الغارات الجوية", "شنت
 *     طائرات حربية غارات على كفرنبل … وأشار إلى أن قصفاً مماثلاً طال بلدة حاس": beside aircraft in its own
 *     evidence, or called like an air strike told before by the same voice, the bombardment of a claim of its
 *     own is an air strike.</li>
 * </ul>
 * A shell, rocket or cannon named ("القصف المدفعي", "قذائف") keeps it shelling.
 */
final class BombardmentByAircraft implements ClaimPass {

    private static final String SHELLING = EventTypes.SHELLING;

    /**
     * {@code clause}: the mentions of a clause with no date of its own, whose event is {@code em}; a shelling
     * typed by the bare definite noun only, after an air or drone strike, is that strike told again.
     */
    static void retold(Reading r, EventMention em, List<Mention> clause) {
        if (!SHELLING.equals(em.eventClass)) return;
        boolean retold = false;
        for (Mention m : clause) {
            if (!m.is("Trigger") || !SHELLING.equals(m.entry("Trigger").prop("indicates"))) continue;
            if (!m.definite() || !m.is("RetoldStrikeNoun")) return;   // "القصف المدفعي", "قذائف": shelling told
            retold = true;
        }
        EventClaim last = retold ? r.claims.lastEvent(null) : null;
        if (last != null && EventTypes.DRONE_STRIKE.equals(last.eventClass())) em.eventClass = EventTypes.DRONE_STRIKE;
    }

    @Override
    public void apply(ArticleClaims claims) {
        EventClaim lastBombardment = null;   // the latest air strike or shelling told
        for (EventClaim c : claims.events()) {
            if (SHELLING.equals(c.eventClass()) && c.modality() != Modality.PLANNED) {
                Means means = means(claims.words(), c);
                // told on by the same voice: "قصف قوات النظام" after Russian air strikes is other hands, other
                // guns; "قالت قسد إن القصف التركي المتواصل منذ ذلك الحين …" after the outlet's air strikes is its own count
                boolean afterAirStrike = lastBombardment != null && EventTypes.DRONE_STRIKE.equals(lastBombardment.eventClass())
                        && EventTypes.actorsCompatible(lastBombardment.actors(), c.actors())
                        && java.util.Objects.equals(lastBombardment.report().speaker(), c.report().speaker());
                if (means == Means.AIRCRAFT || means == Means.UNSAID && afterAirStrike && similar(claims.words(), c)) {
                    claims.retypeWithItsReports(c, EventTypes.DRONE_STRIKE, o -> SHELLING.equals(o.eventClass()) && means(claims.words(), o) != Means.WEAPON);
                }
            }
            if (SHELLING.equals(c.eventClass()) || EventTypes.DRONE_STRIKE.equals(c.eventClass())) lastBombardment = c;
        }
    }

    /**
     * "قصفاً مماثلاً", "قصف مماثل": called like the air strike told before it. A bare "القصف" after an air
     * strike may be the guns of the same day, as coders of real pages read it, and stays shelling.
     */
    private static boolean similar(EvidenceWords words, EventClaim c) {
        return c.evidence().stream().anyMatch(e -> words.words(e.text()).stream()
                .anyMatch(t -> t.term().startsWith("مماثل")));
    }

    /** What the claim's evidence says of the means of its shelling. */
    private enum Means { WEAPON, AIRCRAFT, UNSAID }

    private static Means means(EvidenceWords words, EventClaim c) {
        boolean aircraft = false;
        boolean bare = false;
        for (Evidence e : c.evidence()) {
            List<Mention> ms = words.mentions(e.text());
            for (Mention m : ms) {
                Entry t = m.entry("Trigger");
                if (t == null) continue;
                // "قصف … بالتزامن مع تحليق طائرات الاستطلاع": aircraft that only fly strike nothing
                if (EventTypes.DRONE_STRIKE.equals(t.prop("indicates"))) aircraft |= !FlightWords.onlyFlies(ms, m);
                else if (SHELLING.equals(t.prop("indicates"))) {
                    if (!t.flag("weaponUnsaid")) return Means.WEAPON;
                    bare = true;
                    aircraft |= namedAfterAirPower(words.words(e.text()), ms, m);
                }
            }
        }
        if (!bare) return Means.WEAPON;   // typed shelling by a verb ("قصفت قوات النظام"): the actor's guns
        return aircraft ? Means.AIRCRAFT : Means.UNSAID;
    }

    /**
     * "قتل تسعة عناصر في قصف إسرائيلي استهدف منطقة تدمر", "شملها القصف الروسي منذ الصباح": the bare noun named
     * right after (its adjective or genitive, WhoseAct) by a force that bombs Syria from the air
     * (isnad:strikesFromTheAir) is that force's air strike.
     */
    private static boolean namedAfterAirPower(List<Token> tokens, List<Mention> ms, Mention bombardment) {
        for (Mention m : ms) {
            if (m.firstToken() != bombardment.endToken()) continue;
            Entry actor = m.entry("Actor");
            if (actor != null && actor.flag("strikesFromTheAir")
                    && (WhoseAct.describesTrigger(tokens, bombardment, m) || WhoseAct.bombardmentBy(bombardment, m))) return true;
        }
        return false;
    }
}
