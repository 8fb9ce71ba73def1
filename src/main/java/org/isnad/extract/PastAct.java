package org.isnad.extract;

import java.util.List;
import java.util.Set;
import org.isnad.morph.Analysis;

/**
 * Whether a clause tells an act that took place, from the tense of its verbs: Arabic news opens a clause
 * with its verb ("تجمع المتظاهرون أمام…", "أسفر انفجار عن…", "سار آلاف…"), and a word that can only be a
 * past verb ("قتلوا", "اقتحموا") tells a past act wherever it stands. A present verb ("تواصل", "يخوض") or a
 * negated one ("لم تسفر") tells none.
 */
final class PastAct {

    /** Words after which a clause starts: "أن" (that), "قد" (had), "حيث", "إذ", "بعدما"… (normalised). */
    private static final Set<String> OPENERS = Set.of("ان", "قد", "وقد", "فقد", "لقد", "حيث", "اذ", "بعدما", "عندما",
            "حين", "فيما", "بينما", "كما", "ثم", "وان", "بان", "فان", "بعد", "ما");
    private static final Set<String> NEGATIONS = Set.of("لم", "لن", "لا", "ما", "ولم", "ولا", "فلم");

    /** The future prefix "سـ" on a present verb ("ستنظم", "وسيعتصم"). */
    private static final java.util.regex.Pattern FUTURE = java.util.regex.Pattern.compile("^[وف]?س[يتنا]");

    private PastAct() {}

    /** {@code copulas}: those that open a clause before its doer ({@link SubjectFirstVerb#copulas}). */
    static boolean toldIn(List<Token> tokens, List<Mention> ms, Clause cl, Set<String> copulas) {
        // "ولا تزال القوات توجه ضربات": what goes on is no one act
        for (Mention m : ms) if (cl.holds(m) && m.is("ContinuationCue") && !describesAnotherNoun(ms, cl, m)) return false;
        if (announcesAnAct(tokens, ms, cl)) return true;
        int irrealis = irrealisFrom(tokens, ms, cl.from(), cl.to());
        for (int t = cl.from(); t < cl.to(); t++) {
            if (t >= irrealis) return false;     // "في حال استمر الوضع": what follows did not happen
            Token tok = tokens.get(t);
            if (!tok.hasVerbReading(Analysis.Tense.PAST)) continue;
            if (t > 0 && NEGATIONS.contains(tokens.get(t - 1).term())) continue;
            // "مخلفات الحرب التي خلّفها التنظيم": a relative clause describes, it tells no new act
            if (t > 0 && afterRelative(ms, t)) continue;
            if (saysOrWishes(ms, t) || isCopula(tok) || thatWord(ms, t)) continue;
            boolean verbOnly = tok.analyses().stream().allMatch(Analysis::isVerb);
            boolean opening = t == cl.from() || (t > 0 && OPENERS.contains(tokens.get(t - 1).term()));
            // "إن الطيران المروحي قصف حي المعادي": the doer first, then a verb that reads as its noun too
            if (verbOnly || opening || SubjectFirstVerb.afterDoer(tokens, ms, cl, OPENERS, copulas, t)) return true;
        }
        return false;
    }

    /**
     * "خرج العشرات في احتجاجات ضد الانتهاكات المستمرة", "تظاهروا ضد الاعتقالات المتواصلة": a definite adjective
     * of going on describes the noun before it; unless that noun is the clause's first act ("تعرضت البلدة
     * للقصف المستمر"), it is what the act is about, and the act is still told.
     */
    private static boolean describesAnotherNoun(List<Mention> ms, Clause cl, Mention cue) {
        if (!cue.definite() || cue.firstToken() == 0) return false;
        int before = cue.firstToken() - 1;
        Mention described = null, first = null;
        for (Mention x : ms) {
            if (!x.is("Trigger") || !cl.holds(x)) continue;
            if (first == null || x.firstToken() < first.firstToken()) first = x;
            if (x.firstToken() <= before && before < x.endToken()) described = x;
        }
        return described == null || first.firstToken() < described.firstToken();
    }

    /**
     * "أعلنت الأسايش القبض على خلية", "أفاد المرصد بمقتل شاب", "تحدثت مصادر عن استهداف حاجز": a verb of
     * saying in the past that governs an event noun, with no "أن" between, tells that the act took place.
     */
    private static boolean announcesAnAct(List<Token> tokens, List<Mention> ms, Clause cl) {
        boolean said = false;
        for (Mention m : ms) {
            if (!cl.holds(m)) continue;
            // not one that speaks of an act already told: "أدان استهداف المدنيين", "تبنى التنظيم الهجوم"
            if (m.is("SpeechVerb") && !m.is("ModalityCue") && !speaksOfToldAct(m)
                    && tokens.get(m.firstToken()).hasVerbReading(Analysis.Tense.PAST)
                    && !(m.firstToken() > 0 && NEGATIONS.contains(tokens.get(m.firstToken() - 1).term()))) said = true;
            else if (said && m.is("ComplementMarker")) return false;
            else if (said && (m.is("IrrealisCue") || m.is("ContinuationCue"))) return false;
            else if (said && m.is("Trigger")) return true;
        }
        return false;
    }

    /**
     * "أدان", "تبنى": a verb of saying that speaks of an act already told (isnad:tellsAct false), no account
     * of one; read here and by {@link LeadToldBySource}.
     */
    static boolean speaksOfToldAct(Mention m) {
        return m.is("SpeechVerb") && "false".equals(m.entry("SpeechVerb").prop("tellsAct"));
    }

    /** "إثر انفجار لغم", "عقب مقتل شاب بغارة": an "after" word before an indefinite event noun tells it in passing. */
    static boolean toldInPassing(String text, List<Token> tokens, List<Mention> ms, Mention trigger) {
        if (trigger == null || trigger.definite()) return false;
        // "بالتزامن مع هجمات تشنها القوات": what goes on alongside is the backdrop, no act told
        if (GoingOnAlongside.described(text, tokens, ms, trigger)) return false;
        for (Mention m : ms) {
            // "إثر انفجار لغم", and "عقب مقتل شابين بغارة": the toll may stand between
            if (m.is("EventAnaphorCue") && m.endToken() <= trigger.firstToken() && trigger.firstToken() - m.endToken() <= 3) {
                boolean between = false;
                for (Mention x : ms) if (x.firstToken() >= m.endToken() && x.firstToken() < trigger.firstToken() && !x.is("CasualtyCue") && !x.is("NumberWord")) between = true;
                if (!between) return true;
            }
        }
        return false;
    }

    /**
     * A clause turns to what did not happen here: an irrealis cue ("في حال", "خوفاً من"), or "قد" before a
     * present verb ("قد يلجؤون إلى الاحتجاج": they may).
     */
    /**
     * "يعتصم العمال منذ أيام أمام مقر الشركة", "يخوض أسرى إضراباً عن الطعام": a clause opened by a present verb,
     * with no word of intent, fear or condition in it, tells what is going on as it is reported. A protest
     * lasts and is told so while it lasts; an attack so told is a habit, so the caller asks only for protests.
     */
    static boolean goingOnNow(List<Token> tokens, List<Mention> ms, Clause cl) {
        if (cl.from() >= cl.to()) return false;
        int verb = presentVerbAfterSubject(tokens, ms, cl);
        Token first = tokens.get(verb);
        if (!first.hasVerbReading(Analysis.Tense.PRESENT) || first.hasVerbReading(Analysis.Tense.PAST)) return false;
        if (FUTURE.matcher(first.term()).find()) return false;      // "ستنظم النقابة اعتصاماً": yet to come
        int act = firstTriggerEnd(ms, cl, verb);
        for (Mention m : ms) {
            // "يتظاهرون للمطالبة بالإفراج عن …": a purpose after the protest's word is what it wants, not the protest
            if (cl.holds(m) && m.is("IrrealisCue") && m.firstToken() >= act) continue;
            if (cl.holds(m) && (m.is("IrrealisCue") || m.is("ModalityCue") || m.is("HabitualCue"))) return false;
        }
        return true;
    }

    /**
     * "آلاف السودانيين يتظاهرون أمام …", "عمال النظافة ينفذون إضراباً": wire heads and leads put the crowd
     * first and its verb after it. The clause's first verb, after no more than {@value #SUBJECT_WORDS} words
     * that can be no verb, counts as its opening verb when it is the protest's own word or stands just
     * before it ("ينفذون إضراباً"); "ناشطون يدعون إلى التظاهر" is a call, its verb no protest's. Else the
     * clause's first word.
     */
    private static int presentVerbAfterSubject(List<Token> tokens, List<Mention> ms, Clause cl) {
        int limit = Math.min(cl.to(), cl.from() + SUBJECT_WORDS + 1);
        for (int t = cl.from(); t < limit; t++) {
            Token tok = tokens.get(t);
            // not an imperative reading: "في" may be read as one (of "وفى"), and a head gives no orders
            boolean verb = tok.hasVerbReading(Analysis.Tense.PRESENT) || tok.hasVerbReading(Analysis.Tense.PAST);
            if (!verb) continue;
            if (t == cl.from()) return t;
            if (NEGATIONS.contains(tokens.get(t - 1).term())) return cl.from();
            for (Mention m : ms) {
                if (m.is("Trigger") && (m.firstToken() == t || m.firstToken() == t + 1)) return t;
            }
            // "معلمو عدن ينفذون …": a word that may also be a noun (a town, "عدن") is still the subject's
            if (tok.analyses().stream().allMatch(Analysis::isVerb)) return cl.from();
        }
        return cl.from();
    }

    /** Where the first trigger at or after the opening verb ends (the clause's end if there is none). */
    private static int firstTriggerEnd(List<Mention> ms, Clause cl, int verb) {
        for (Mention m : ms) if (cl.holds(m) && m.is("Trigger") && m.firstToken() >= verb) return m.endToken();
        return cl.to();
    }

    /** How many words the crowd may take before its verb: "مئات من أهالي المعتقلين". */
    private static final int SUBJECT_WORDS = 5;

    static int irrealisFrom(List<Token> tokens, List<Mention> ms, int from, int to) {
        int first = Integer.MAX_VALUE;
        for (Mention m : ms) {
            if (m.firstToken() >= from && m.firstToken() < to && m.is("IrrealisCue")) {
                // "طالب محتجون برحيل الحكومة": a demand that is itself the act told (protesters demanding)
                // happened; only what it demands did not
                first = m.is("Trigger") && m.is("ActionVerb") ? m.endToken() : m.firstToken();
                break;
            }
        }
        for (int t = from; t < Math.min(to, first); t++) {
            String w = tokens.get(t).term();
            if ((w.equals("قد") || w.equals("وقد")) && t + 1 < tokens.size()) {
                Token next = tokens.get(t + 1);
                if (next.hasVerbReading(Analysis.Tense.PRESENT) && !next.hasVerbReading(Analysis.Tense.PAST)) return t;
            }
        }
        return first;
    }

    /** "كانت الضربات ضرورية": "was", "became" tell a state, not an act. */
    private static final Set<String> COPULAS = Set.of("كان", "اصبح", "بات", "ظل", "صار", "مازال", "ليس", "عاد", "بدا");

    private static boolean isCopula(Token t) {
        for (Analysis a : t.analyses()) if (a.isVerb() && COPULAS.contains(a.lemma())) return true;
        return false;
    }

    /**
     * "يشار إلى أن القوات تشن حملات اعتقال": the morphology reads "أن"/"إن" as a past verb only (أنّ, moaned),
     * but the word that opens what is said or recalled is no verb and tells no act.
     */
    private static boolean thatWord(List<Mention> ms, int t) {
        for (Mention m : ms) {
            if (m.firstToken() <= t && t < m.endToken() && (m.is("ComplementMarker") || m.is("BackgroundCue"))) return true;
        }
        return false;
    }

    private static boolean afterRelative(List<Mention> ms, int t) {
        for (Mention m : ms) if (m.endToken() == t && m.is("RelativePronoun")) return true;
        return false;
    }

    /** The verb says, wishes, warns or threatens: what it governs is no act of its own. */
    private static boolean saysOrWishes(List<Mention> ms, int t) {
        for (Mention m : ms) {
            if (m.firstToken() <= t && t < m.endToken())
                return m.is("SpeechVerb") || m.is("IrrealisCue") || m.is("ModalityCue") || m.is("ContinuationCue");
        }
        return false;
    }
}
