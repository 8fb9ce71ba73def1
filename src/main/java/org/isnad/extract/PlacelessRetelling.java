package org.isnad.extract;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An event told without a place, in a report that places an act of the same type on the same day, is that
 * act told again: "قصفت قوات النظام بلدة كفرنبل صباح اليوم … وأسفر القصف عن إصابة طفلين" or, sentences
 * later, "وكانت الغارات قد استهدفت منازل المدنيين". ACLED codes an event at a place; the placeless mention
 * adds its words, not an event. It is folded into the placed claim told nearest before it (else after it);
 * its toll, statements and links follow (see {@link ArticleClaims#withdrawInto}).
 *
 * <p>A twin is of the same type, or the placed act's specific type where the mention says only "attack"
 * ("هاجم مسلحون مصلين أمام مسجد في قرية حيالين … المهاجمين لاذوا بالفرار بعد تنفيذ الهجوم"); of the same
 * modality (a denial never folds into an assertion); dated on days that meet, a day within a day, a period
 * within a period; with no other doer or target named. (A tie "after" is no bar: "المهاجمين لاذوا بالفرار بعد
 * تنفيذ الهجوم" is read as an attack after the attack, and is the attack.)
 *
 * <p>Two instances run. The first folds the same report's mentions. The second runs once the lead has taken
 * its source's voice ({@link LeadToldBySource}), folds what is now the same report's, and then the placeless
 * account of the speaker the placed act was quoted from ("نقل مراسل سبوتنيك عن مصدر عسكري أن إرهابيين فجروا
 * عبوة … شرق بلدة خبب" … "وقال المصدر إن التفجير أسفر عن إصابة 4 عسكريين"): one event, as ACLED codes it,
 * with the speaker's report kept on the placed claim ({@link Claim#alsoToldBy}, isnad:alsoReportedBy).
 * Any other speaker's placeless account of the act folds the same way, the speaker kept as a reporter:
 * "أطلق مسلحون النار على مصلين أمام مسجد في بلدة المزيريب" … "وأوضحت مصادر أمنية أن معظم الاغتيالات تُنفّذ
 * بأسلوب الضربة السريعة", "وأشارت وزارة الدفاع الروسية لمسؤولية دولة أخرى عن الغارات", "وأوضح أحد المحتجين أن
 * الوقفة تلتها جلسة": the analysts of the thirteen real sets code one event per place, day and act, and never
 * code such an account apart (session 41: 38 placeless claims with a placed twin of another voice, none matched).
 *
 * <p>Measured (session 41, dates scored): the thirteen real sets 932 → 909 predicted, no matched event lost,
 * F1 pooled 0.632 → 0.641 (rdev38 0.58 → 0.59, rdev39 0.65 → 0.67); the project's sets pooled 0.751 → 0.752,
 * with devset 0.82 → 0.81 (195 → 191 matched), whose older golds code the observatory's placeless account of a
 * strike as its own "(no place)" event. A placeless claim with no placed twin stays: a place not told is still
 * an event.
 */
final class PlacelessRetelling implements ClaimPass {

    private final EventTypes types;
    private final boolean byOthers;

    /** @param byOthers fold other speakers' accounts (run after the lead's voice is settled), else the same report's */
    PlacelessRetelling(EventTypes types, boolean byOthers) {
        this.types = types;
        this.byOthers = byOthers;
    }

    @Override
    public void apply(ArticleClaims claims) {
        List<EventClaim> events = claims.events();
        for (EventClaim told : events) {
            if (placed(told)) continue;
            EventClaim kept = nearestPlacedTwin(claims, events, told);
            if (kept == null) continue;
            claims.foldInto(told, kept);
        }
    }

    private static boolean placed(EventClaim c) {
        return !c.places().isEmpty() || !c.placeTexts().isEmpty();
    }

    /**
     * The placed twin told nearest before, else nearest after: of the same report first, then (by others) of the
     * same speaker, then of any voice.
     */
    private EventClaim nearestPlacedTwin(ArticleClaims claims, List<EventClaim> events, EventClaim told) {
        EventClaim[] best = new EventClaim[6];   // [rank * 2 + (0 before | 1 after)], rank 0 report, 1 speaker, 2 other
        Boolean own = null;                      // whether told is the doer's own account: read once, when asked
        for (EventClaim c : events) {
            if (c == told || !placed(c) || !twins(c, told)) continue;
            int rank;
            if (c.report().sameAs(told.report())) rank = 0;
            else if (!byOthers) continue;
            else if (sameSpeaker(c.report(), told.report())) rank = 1;
            else {
                if (own == null) own = ownAccount(claims, told);
                if (own) continue;
                rank = 2;
            }
            if (c.anchorOffset() <= told.anchorOffset()) best[rank * 2] = c;
            else if (best[rank * 2 + 1] == null) best[rank * 2 + 1] = c;
        }
        for (EventClaim c : best) if (c != null) return c;
        return null;
    }

    /**
     * "وتبنى تنظيم داعش الهجوم", "أعلنت الهيئة مسؤوليتها عن الهجوم": a party's claim of responsibility for the act
     * is the doer's own account, a claim of its own (linked to the act, see {@link EventMerger}). Read from the
     * claim's own words (lex:claimed-responsibility, a ResponsibilityWord), not from the speaker's first cue
     * ("مسؤولين أمنيين" is no responsibility).
     */
    private static boolean ownAccount(ArticleClaims claims, EventClaim told) {
        if (claims.words() == null) return false;
        for (Evidence e : told.evidence()) {
            List<Token> words = claims.words().words(claims.words().sentenceSpanOf(e).text());
            for (Mention m : claims.words().analysedMentionsOf(e)) {
                Entry verb = m.entry("SpeechVerb");
                if ((m.is("ResponsibilityWord") || verb != null && verb.iri().equals(CLAIMED)) && !negated(words, m.firstToken())) return true;
            }
        }
        return false;
    }

    /** "ولم تتبنَّ أي جهة المسؤولية عن التفجير": no side claimed it, the account is not the doer's. */
    private static boolean negated(List<Token> words, int t) {
        for (int b = Math.max(0, t - NEGATION_REACH); b < t && b < words.size(); b++) if (NEGATIONS.contains(words.get(b).term())) return true;
        return false;
    }

    private static final int NEGATION_REACH = 4;
    private static final Set<String> NEGATIONS = Set.of("لم", "ولم", "فلم", "لا", "ولا", "لن");
    private static final String CLAIMED = org.isnad.vocab.Vocab.LEX + "claimed-responsibility";

    /** "نقل مراسل سبوتنيك عن مصدر عسكري" and then "وقال المصدر": one speaker, somewhere in either chain. */
    private static boolean sameSpeaker(Report a, Report b) {
        for (Report x = a; x != null; x = x.quotes()) {
            for (Report y = b; y != null; y = y.quotes()) {
                if (x.sameAs(y) || x.speaker() != null && x.speaker().equals(y.speaker())) return true;
            }
        }
        return false;
    }

    private boolean twins(EventClaim placed, EventClaim told) {
        boolean type = Objects.equals(placed.eventClass(), told.eventClass())
                || EventTypes.ATTACK.equals(told.eventClass()) && types.compatible(placed.eventClass(), told.eventClass());
        return type && placed.modality() == told.modality() && sameDays(placed.time(), told.time())
                && EventTypes.actorsCompatible(placed.actors(), told.actors())
                && EventTypes.actorsCompatible(placed.targets(), told.targets())
                && unnamedCompatible(placed.actorTexts(), told.actorTexts())
                && unnamedCompatible(placed.targetTexts(), told.targetTexts());
    }

    /**
     * Doers or targets no list names ("مسلحون", "سيارة", "ثلاثة شبان"), on both sides, share a word: "خطف مسلحون
     * ثلاثة شبان قرب بلدة القريا" and then "وأطلق المسلحون النار على سيارة" is another act, whatever its type.
     */
    static boolean unnamedCompatible(Set<ParticipantText> placed, Set<ParticipantText> told) {
        if (placed.isEmpty() || told.isEmpty()) return true;
        for (ParticipantText a : placed) {
            for (ParticipantText b : told) if (shareAWord(a.text(), b.text())) return true;
        }
        return false;
    }

    private static boolean shareAWord(String a, String b) {
        for (String x : a.split("\\s+")) {
            for (String y : b.split("\\s+")) {
                String sx = plainStem(x), sy = plainStem(y);
                if (sx.length() >= 3 && sx.equals(sy)) return true;
            }
        }
        return false;
    }

    /** "المسلحون", "مسلحين" → "مسلح": the stem without its article and sound plural ending. */
    private static String plainStem(String w) {
        String s = PhraseMatcher.stem(w);
        return s.length() > 4 && (s.endsWith("ون") || s.endsWith("ين")) ? s.substring(0, s.length() - 2) : s;
    }

    /** Both dated, on days that meet, neither a period unless both are; an undated mention is no twin of a dated one. */
    private static boolean sameDays(TimeSpan a, TimeSpan b) {
        return a.overlaps(b) && TimeReader.isPeriod(a) == TimeReader.isPeriod(b);
    }
}
