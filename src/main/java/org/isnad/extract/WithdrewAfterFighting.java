package org.isnad.extract;

import java.util.List;
import java.util.Set;

/**
 * "انسحب مقاتلو التنظيم من ثلاث قرى إثر معارك مع مسلحي العشائر", "انسحبت عناصر داعش من المدينة بعد اشتباكات
 * عنيفة مع الكتائب": a side that withdrew from a place after fighting told by an "after" word lost it to the
 * side it fought, named after "مع"; the analysts code the place taken (one claim per place), not the fighting.
 * The side that withdrew is the loser, the side after "مع" the taker ({@link TerritoryTyping#bySide} then
 * types it). A withdrawal with no fighting, or under a deal, is told by {@link TerritoryTyping#movedInByDeal}.
 */
final class WithdrewAfterFighting {

    /** "إثر معارك", "بعد اشتباكات", "عقب مواجهات": at most this many words between the after word and the trigger. */
    private static final int AFTER_WORDS = 1;
    private static final Set<String> AFTER = ArabicAnalysis.termSet("إثر", "اثر", "بعد", "عقب");
    private static final Set<String> FROM = ArabicAnalysis.termSet("من");
    private static final Set<String> WITH = ArabicAnalysis.termSet("مع");

    private WithdrewAfterFighting() {}

    static void retype(Lexicon lexicon, EventMention em, List<Token> tokens, List<Mention> ms, Clause cl) {
        if (!EventTypes.ARMED_CLASH.equals(em.eventClass)) return;
        Mention withdrew = null, fighting = null;
        for (Mention m : ms) {
            Entry v = m.entry("ActionVerb");
            if (v != null && v.flag("withdraws") && cl.holds(m) && withdrew == null) withdrew = m;
        }
        if (withdrew == null) return;
        for (Mention m : ms) {
            Entry t = m.entry("Trigger");
            if (t != null && cl.holds(m) && m.firstToken() > withdrew.endToken() && EventTypes.ARMED_CLASH.equals(t.prop("indicates"))
                    && (fighting == null || m.firstToken() < fighting.firstToken())) fighting = m;
        }
        if (fighting == null || !afterWord(tokens, fighting.firstToken())) return;
        int trigger = fighting.firstToken();
        int from = -1;
        for (int j = withdrew.endToken(); j < Math.min(trigger, withdrew.endToken() + LemmaMatcher.GAP + 1) && from < 0; j++) {
            if (FROM.contains(tokens.get(j).term())) from = j;
        }
        if (from < 0 || em.places.isEmpty() && em.placeTexts.isEmpty()) return;
        int with = -1;
        for (int j = trigger + 1; j < tokens.size() && j <= trigger + LemmaMatcher.GAP && with < 0; j++) {
            if (WITH.contains(tokens.get(j).term())) with = j;
        }
        // no side named after "مع" ("بعد اشتباكات عنيفة"): no taker to give the place to; under a deal ("بموجب
        // اتفاق") the place changed hands without the fight deciding it
        if (with < 0 || ms.stream().anyMatch(m -> m.is("TransferCue") && cl.holds(m))) return;
        for (Mention m : ms) {
            Entry actor = m.entry("Actor");
            if (actor == null || !cl.holds(m)) continue;
            // the side that withdrew lost the place; the side it fought took it
            if (m.firstToken() >= withdrew.endToken() && m.endToken() <= from && em.actors.remove(actor.iri())) em.targets.add(actor.iri());
            if (with >= 0 && m.firstToken() > with && m.firstToken() <= with + LemmaMatcher.GAP) { em.targets.remove(actor.iri()); em.actors.add(actor.iri()); }
        }
        em.eventClass = TerritoryTyping.NON_STATE_OVERTAKES;
        em.specific = true;
        em.takerAfterWith = true;
    }

    /** "إثر معارك": an after word just before the trigger. */
    private static boolean afterWord(List<Token> tokens, int trigger) {
        for (int j = Math.max(0, trigger - 1 - AFTER_WORDS); j < trigger; j++) if (AFTER.contains(tokens.get(j).term())) return true;
        return false;
    }
}
