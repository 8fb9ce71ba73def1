package org.isnad.extract;

import java.util.List;
import java.util.Set;
import org.isnad.vocab.Vocab;

/**
 * ACLED's three territory types, from who took the place and how it changed hands. A capture word
 * (isnad:takesTerritory: "سيطرت", "استعادت السيطرة", "سقطت … بيد") tells a battle won: the government
 * regaining territory when the side that took the place is the state's or fights for it ("سيطرت قوات النظام
 * على قرية …"), a non-state actor overtaking it otherwise ("سيطرت فصائل الجيش الوطني على بلدة …", a foreign
 * force's too). A side the text does not name is read as a non-state group's, as ACLED codes an unidentified
 * one, and the claim names no actor. Told with a deal and no fighting ("بموجب اتفاق", "دون قتال"), or as forces
 * moving in after a withdrawal ("دخلت قوات النظام البلدة بعد انسحاب قسد منها") control changed hands without
 * a fight; a capture word after a withdrawal is the battle won ("سيطرت … عقب انسحاب المعارضة منها"); an attempt ("في محاولة
 * للسيطرة على التلة") is the fighting for the place, an armed clash.
 */
final class TerritoryTyping {

    static final String GOVERNMENT_REGAINS = Vocab.ISNAD + "GovernmentRegainsTerritory";
    static final String NON_STATE_OVERTAKES = Vocab.ISNAD + "NonStateActorOvertakesTerritory";
    static final String NON_VIOLENT = Vocab.ISNAD + "NonViolentTransferOfTerritory";
    private static final Set<String> TYPES = Set.of(GOVERNMENT_REGAINS, NON_STATE_OVERTAKES, NON_VIOLENT);

    /** Words between an attempt and the capture it aimed at: "في محاولة منها للسيطرة". */
    private static final int ATTEMPT_WORDS = 2;

    private TerritoryTyping() {}

    static boolean isTerritory(String eventClass) {
        return eventClass != null && TYPES.contains(eventClass);
    }

    /**
     * "دخلت الشرطة العسكرية الروسية المدينة بموجب اتفاق": forces that move in or out (isnad:movesIn) under a
     * deal, or after the other side withdrew, took a place over; true when it types a clause no trigger typed.
     */
    static boolean movedInByDeal(EventMention em, List<Mention> ms, Clause cl) {
        boolean cue = false, moved = false;
        for (Mention m : ms) {
            if (!cl.holds(m)) continue;
            if (m.is("TransferCue")) cue = true;
            Entry v = m.entry("ActionVerb");
            if (v != null && v.flag("movesIn") && v.flag("eventive")) moved = true;
        }
        if (!cue || !moved) return false;
        em.eventClass = NON_VIOLENT;
        em.specific = true;
        return true;
    }

    /**
     * "سيطرت الفصائل على القرية إثر معارك وقصف مكثف": a capture sums up the fighting for the place, so it
     * types the clause over a clash, an attack or shelling told beside it, before or after; not over an air
     * strike or a bomb, which name acts of their own. Null when this rule does not decide.
     */
    static Boolean sharper(Lexicon lexicon, EventMention em, Entry t) {
        if (t.flag("takesTerritory") && !isTerritory(em.eventClass)) return lexicon.isViolent(em.eventClass) ? em.weaponRank < 2 : null;
        if (isTerritory(em.eventClass) && !t.flag("takesTerritory")) return t.intProp("weaponRank", 0) >= 2;
        return null;
    }

    /** Types a capture; leaves no type (no event) for a post taken with no place and no fighting told. */
    static void retype(Lexicon lexicon, EventMention em, List<Token> tokens, List<Mention> ms, Clause cl) {
        if (!isTerritory(em.eventClass)) return;
        boolean fighting = false, deal = false;
        Mention capture = null;
        for (Mention m : ms) {
            if (!cl.holds(m)) continue;
            Entry t = m.entry("Trigger");
            if (t != null && t.flag("takesTerritory")) { if (capture == null) capture = m; }
            else if (t != null && lexicon.isViolent(t.prop("indicates"))) fighting = true;
            // "سيطرت قوات النظام على القرى عقب انسحاب المعارضة منها": with a capture word a withdrawal is the
            // loser's retreat, the battle won; only a deal or "دون قتال" makes the capture a transfer
            if (m.is("TransferCue") && !m.entry("TransferCue").flag("withdrawal")) deal = true;
        }
        if (capture != null && (attempted(ms, capture) || AttemptChain.joined(tokens, ms, cl, capture))) {
            em.eventClass = EventTypes.ARMED_CLASH;
            return;
        }
        // "شنت قوات النظام هجوماً للسيطرة على القرية": a place aimed at was fought for, if fighting is told
        if (capture != null && CaptureInTime.aimed(tokens.get(capture.firstToken()), ms, capture)) {
            em.eventClass = fighting ? EventTypes.ARMED_CLASH : null;
            return;
        }
        em.captureFramed = capture != null && CaptureInTime.framed(ms, capture);
        em.heldSince = capture != null && CaptureInTime.heldSince(tokens, cl, capture);
        if (capture != null) em.takenForItsOwner = capture.firstToken() < tokens.size() && possessed(tokens.get(capture.firstToken()))
                || itsForces(tokens, capture);
        if (!em.takerAfterWith) loserAfterWith(em, tokens, ms, cl);
        if (capture != null) drivenOutByNoun(em, tokens, ms, capture);
        if (NON_VIOLENT.equals(em.eventClass)) return;      // handed over, or moved in under a deal
        // "بحرق منازل في قرى …، بعد السيطرة عليها يوم أمس": the place taken is the one told before
        em.placeToldBefore = capture != null && takenPronoun(tokens, capture);
        // "هاجم مسلحو التنظيم مقراً للقوات …، مضيفاً أن عناصر التنظيم سيطروا على المقر": a post taken, no place
        // named after the capture word, is no territory but the attack on it, told before (no event here); with
        // fighting in its clause ("بعد اشتباكات"), the clash it was
        if (capture != null ? !em.placeToldBefore && !placeTaken(em, tokens, ms, cl, capture) : em.places.isEmpty() && em.placeTexts.isEmpty()) {
            em.eventClass = fighting ? EventTypes.ARMED_CLASH : null;
            return;
        }
        if (deal && !fighting) em.eventClass = NON_VIOLENT;
        // "وسيطر مقاتلو الفصائل على حواجز … في الجبل الشرقي", "شن هجوماً استولى خلاله على مواقع عسكرية":
        // checkpoints or positions taken, not a town or an area, are the battle for them (ACLED: an armed clash)
        else if (capture != null && postsTaken(em, tokens, ms, cl, capture)) em.eventClass = EventTypes.ARMED_CLASH;
    }

    /** Words after the capture word where what was taken stands: "سيطر مقاتلو الفصائل على عدة نقاط". */
    private static final int TAKEN_WORDS = LemmaMatcher.GAP + 3;

    /**
     * What was taken is a military post (isnad:MilitaryPost: "حواجز", "نقاط", "مواقع"): the first post, town or
     * place noun after the capture word is a post, one the text does not name. A post told by its name ("سيطر
     * الحر على حاجز الإسكان", "استعادت القوات نقطتي الخيمة والتل الأبيض", "حاجز المقسم العسكري") is a place
     * of its own on the map, taken as a village is (the real pages' analysts code it so).
     */
    private static boolean postsTaken(EventMention em, List<Token> tokens, List<Mention> ms, Clause cl, Mention capture) {
        int from = capture.endToken(), to = capture.endToken() + TAKEN_WORDS;
        Mention first = null;
        for (Mention m : ms) {
            if (!cl.holds(m) || m.firstToken() < from || m.firstToken() >= to) continue;
            boolean post = m.is("MilitaryPost"), place = m.is("Place") || m.is("PlaceReference") || m.is("PlaceNoun");
            if ((post || place) && (first == null || m.firstToken() < first.firstToken())) first = m;
        }
        return first != null && first.is("MilitaryPost") && !first.is("Place") && !named(em, tokens, ms, first);
    }

    /**
     * A name right after the post's noun: read as a place ("حاجز الإسكان"), or a definite word after the noun
     * without the article, neither an adjective of relation nor a side or another word the reader knows
     * ("مواقع النظام", "نقاط قسد"): "حاجز الصوامع قرب بلدة …", "نقطة المداجن في ريف حماة", "حاجز الكسارة".
     */
    private static boolean named(EventMention em, List<Token> tokens, List<Mention> ms, Mention post) {
        int j = post.endToken();
        if (j >= tokens.size()) return false;
        Token t = tokens.get(j);
        if (em.placeTexts.stream().anyMatch(p -> p.start() == t.start())) return true;
        // a name stands in construct after an indefinite noun; after "المواقع", "الحواجز" a definite word is their
        // adjective ("المواقع المحيطة", "الحواجز المتقدمة")
        if (PhraseMatcher.isDefinite(tokens.get(post.firstToken()).term())) return false;
        if (!PhraseMatcher.isDefinite(t.term()) || t.start() - tokens.get(j - 1).end() != 1) return false;
        String bare = PhraseMatcher.stem(t.term());
        if (bare.endsWith("ي") || bare.endsWith("يه")) return false;
        for (Mention m : ms) {
            // "حواجز النظام", "نقاط المراقبة" (isnad:PostOwnerWord), "مواقع قسد": whose post, or what for
            if (m.firstToken() <= j && j < m.endToken() && !m.is("Place") && !m.is("PlaceReference")) return false;
        }
        return true;
    }

    /**
     * A battle for a place is the government's when the side that took it, the first armed side who acted
     * (perhaps the elided subject of the clause before), is the state's or fights for it; else a non-state group's, an
     * unidentified one when no one is named.
     */
    static void bySide(Lexicon lexicon, EventMention em, Report report) {
        if (!GOVERNMENT_REGAINS.equals(em.eventClass) && !NON_STATE_OVERTAKES.equals(em.eventClass)) return;
        // "أعلنت قوات النظام سيطرتها على بلدة …": "its control" is the speaker's, a force that says it took it
        if (em.actors.isEmpty() && em.takenForItsOwner && report.speaker() != null
                && (lexicon.isArmed(report.speaker()) || lexicon.fightsForState(report.speaker())))
            em.actors.add(report.speaker());
        // "نزوح بين المدنيين مع سيطرة قوات الحكومة على مناطق …": the armed side took it, not the people named
        String taker = em.actors.stream().filter(lexicon::isArmed).findFirst().orElse(em.actors.isEmpty() ? null : em.actors.iterator().next());
        em.eventClass = taker != null && lexicon.fightsForState(taker) ? GOVERNMENT_REGAINS : NON_STATE_OVERTAKES;
    }

    private static final Set<String> ITS_FORCES = ArabicAnalysis.wordSet("قواته", "قواتها", "قواتهم", "وحداته", "وحداتها");

    /**
     * "أعلن النظام السوري سيطرة قواته الكاملة على يبرود", "أعلنت الوزارة سيطرة قواتها على البلدة": the control
     * of "its forces", right after the capture noun, is the speaker's side's, as "سيطرتها" is.
     */
    private static boolean itsForces(List<Token> tokens, Mention capture) {
        int j = capture.endToken();
        return j < tokens.size() && ITS_FORCES.contains(tokens.get(j).term())
                && tokens.get(capture.firstToken()).analyses().stream().noneMatch(a -> a.isVerb());
    }

    /** "سيطرتها", "سيطرته": the noun of control with a possessive pronoun. */
    private static boolean possessed(Token t) {
        return t.analyses().stream().anyMatch(a -> a.isNominal() && !a.enclitic().isEmpty());
    }

    /**
     * "حررت فصائل المعارضة بلدة … بعد معارك مع قوات النظام", "على حساب تنظيم داعش": the side named after
     * "with", "against" or "at the expense of" lost the place; it did not take it.
     */
    private static void loserAfterWith(EventMention em, List<Token> tokens, List<Mention> ms, Clause cl) {
        for (Mention m : ms) {
            Entry actor = m.entry("Actor");
            if (actor == null || !cl.holds(m) || m.firstToken() == 0) continue;
            if (LOSER_BEFORE.contains(PhraseMatcher.stem(tokens.get(m.firstToken() - 1).term())) && em.actors.remove(actor.iri()))
                em.targets.add(actor.iri());
        }
    }

    /**
     * "انتهت الاشتباكات بدحر المسلحين من قرية …", "بعد طرد قسد من حيي …": after the noun of driving out, the
     * side in construct before "من" is who was driven out, the loser; the verb's subject stays the taker
     * ("طردت الفصائل عناصر التنظيم من البلدة").
     */
    private static void drivenOutByNoun(EventMention em, List<Token> tokens, List<Mention> ms, Mention capture) {
        Token head = tokens.get(capture.firstToken());
        // only a noun of driving out: "سيطرة قوات النظام على عدد من القرى" names the taker before "من"
        if (!DRIVE_OUT.contains(PhraseMatcher.stem(head.term())) || head.analyses().stream().anyMatch(a -> a.isVerb())) return;
        int from = capture.firstToken() + 1, to = from;
        while (to < Math.min(tokens.size(), from + LemmaMatcher.GAP) && !FROM.contains(tokens.get(to).term())) to++;
        if (to >= tokens.size() || !FROM.contains(tokens.get(to).term())) return;
        for (Mention m : ms) {
            Entry actor = m.entry("Actor");
            if (actor != null && m.firstToken() >= from && m.endToken() <= to && em.actors.remove(actor.iri())) em.targets.add(actor.iri());
        }
        int end = tokens.get(to).start();
        for (ParticipantText p : List.copyOf(em.actorTexts)) {
            if (p.start() > head.end() && p.end() <= end && em.actorTexts.remove(p)) em.targetTexts.add(p);
        }
    }

    private static final Set<String> FROM = ArabicAnalysis.termSet("من");

    /** The nouns after which the side before "من" is the loser: "بدحر المسلحين من …", "بعد طرد قسد من …". */
    private static final Set<String> DRIVE_OUT = ArabicAnalysis.termSet("دحر", "طرد");

    /** "مع", "ضد", "حساب" (after "على"), as the words stand after their clitics are cut. */
    private static final Set<String> LOSER_BEFORE = Set.of("مع", "ضد", "حساب");

    /**
     * A place named after the capture word: "على بلدة …", "استعادت مدينة …", "سقطت … بيد"; not "استعاد
     * الأهالي جثث …" (the people of a place are no place).
     */
    private static boolean placeTaken(EventMention em, List<Token> tokens, List<Mention> ms, Clause cl, Mention capture) {
        for (Mention m : ms) {
            if (!cl.holds(m) || m.firstToken() < capture.endToken()) continue;
            if (m.is("Place") || m.is("PlaceReference") || m.is("PlaceNoun") && PlaceNameWords.isPlaceNoun(tokens.get(m.firstToken()))) return true;
        }
        return em.placeTexts.stream().anyMatch(p -> p.start() >= capture.end());
    }

    /** "السيطرة عليها", "سيطرت قوات النظام عليهما": what was taken is a pronoun, the place told before. */
    private static boolean takenPronoun(List<Token> tokens, Mention capture) {
        for (int j = capture.endToken(); j < Math.min(tokens.size(), capture.endToken() + LemmaMatcher.GAP); j++) {
            if (TAKEN_PRONOUN.matcher(tokens.get(j).term()).matches()) return true;
        }
        return false;
    }

    // feminine or dual, as villages, towns and areas are; "سيطروا عليه" after "مقراً" is the post
    private static final java.util.regex.Pattern TAKEN_PRONOUN = java.util.regex.Pattern.compile("^عليه(ا|ما)$");

    /** An attempt word just before the capture word: "في محاولة للسيطرة", "حاولت قوات النظام استعادة". */
    private static boolean attempted(List<Mention> ms, Mention capture) {
        for (Mention m : ms) {
            if (m.is("AttemptCue") && m.endToken() <= capture.firstToken() && capture.firstToken() - m.endToken() <= ATTEMPT_WORDS) return true;
        }
        return false;
    }
}
