package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Cuts a sentence into clauses, each of which may tell an event of its own. */
final class ClauseReader {

    private final Lexicon lexicon;
    private final DiscourseReader discourse;

    ClauseReader(Lexicon lexicon, DiscourseReader discourse) {
        this.lexicon = lexicon;
        this.discourse = discourse;
    }

    /** The sentence's clauses in text order: cut at "كما"/"فيما", a coordinated verb, or an event told in passing. */
    List<Clause> split(Reading r, MatchedSentence s) {
        List<Mention> ms = s.mentions();
        List<Clause> clauses = new ArrayList<>();
        int from = 0;
        boolean fromInPassing = false;
        int k = 0;
        for (int t = 1; t <= s.tokens().size(); t++) {
            // "عقب مقتل شابين بغارة على البصيرة، خرج العشرات في مظاهرة": a comma and a verb open a clause
            boolean similar = t < s.tokens().size() && t > from && similarActAfterVerb(r.text, s.tokens(), ms, t);
            boolean opensVerb = t < s.tokens().size() && t > from
                    && (opensVerbClause(r.text, s.tokens(), ms, t) || pluperfectAfterComma(r.text, s.tokens(), t));
            if ((similar || opensVerb && tellsAnEvent(ms, from, t))
                    && !ListJoints.inQuotedList(r.text, s.tokens(), ms, t)) {
                clauses.add(new Clause(from, t, fromInPassing));
                from = t;
                fromInPassing = false;
            }
            for (; k < ms.size() && ms.get(k).firstToken() < t; k++) {
                Mention m = ms.get(k);
                // "ويأتي الاستهداف بعد يوم من قصف مسيّرة …": what follows the time elapsed is an event of its own
                boolean inPassing = tellsInPassing(r, ms, k) || startsElapsedTime(s, m) || verblessEventAlongside(s.tokens(), ms, k, from)
                        || captureToldAfter(ms, k, from);
                if ((opensClause(r.text, s.tokens(), ms, k) || LastInstance.opens(ms, k) || arrestAfterProtest(s.tokens(), ms, k, from) || opensCoordinatedClause(r.text, s.tokens(), m) || inPassing
                        || similarActJoined(s.tokens(), ms, k, from) || groundFightAfterBombardment(r.text, s.tokens(), ms, k, from)
                        || bombardmentBehindCapture(ms, k, from)
                        || opensSeriesItem(r.text, s.tokens(), m)) && m.firstToken() > from) {
                    clauses.add(new Clause(from, m.firstToken(), fromInPassing));
                    from = m.firstToken();
                    fromInPassing = inPassing;
                }
            }
        }
        clauses.add(new Clause(from, s.tokens().size(), fromInPassing));
        return clauses;
    }

    /**
     * After a comma, "و" and a past-tense action verb ("، وحوّلتها إلى مقرات") or a second "أن"/"إن" ("قال
     * المصدر إن بين المعتقلين امرأة، وإن القوات كسرت الأبواب") open a clause of their own, which may tell a
     * second event with the same (elided) subject or speaker.
     */
    private boolean opensCoordinatedClause(String text, List<Token> tokens, Mention m) {
        boolean opener = (m.is("ActionVerb") && m.entry("ActionVerb").flag("eventive")) || m.is("ComplementMarker")
                || foilingVerb(tokens, m);
        if (!opener || m.firstToken() == 0) return false;
        String word = tokens.get(m.firstToken()).term();
        // "، وصل الرتل": the و of "وصل" is the verb's own letter, not "and"
        if (!word.startsWith("و") || lexicon.matcher().startsLexiconPhrase(word)) return false;
        return Token.commaBefore(text, tokens, m.firstToken());
    }

    /**
     * "تظاهر العشرات … وأطلقت دورية النار في الهواء واعتقلت ثلاثة منهم", "… لتفريق المحتجين، قبل أن تعتقل
     * ثلاثة منهم": an arrest verb joined by "و" or "قبل أن" after a protest or its dispersal in the same clause
     * tells a second event, the arrest (ACLED codes it apart from the protest), even with no comma.
     */
    private boolean arrestAfterProtest(List<Token> tokens, List<Mention> ms, int k, int from) {
        Mention m = ms.get(k);
        if (!m.is("Trigger") || !m.is("ActionVerb") || !EventTypes.ARRESTS.equals(m.entry("Trigger").prop("indicates"))) return false;
        String word = tokens.get(m.firstToken()).term();
        boolean joined = word.startsWith("و") && !lexicon.matcher().startsLexiconPhrase(word)
                || word.equals("قبل");
        if (!joined) return false;
        for (int j = 0; j < k; j++) {
            Mention p = ms.get(j);
            if (p.firstToken() < from) continue;
            Entry t = p.entry("Trigger");
            if (p.is("ProtestIntervention") || t != null && lexicon.isProtestOrRiot(t.prop("indicates"))) return true;
        }
        return false;
    }


    /**
     * "ألقت القبض على شخص …، وأحبطت هجوماً انتحارياً": a past verb of foiling after the comma tells a second
     * act, the foiled one, beside the first (which took place).
     */
    private static boolean foilingVerb(List<Token> tokens, Mention m) {
        return ModalityReader.modalityOf(m) == Modality.FOILED
                && tokens.get(m.firstToken()).hasVerbReading(org.isnad.morph.Analysis.Tense.PAST);
    }

    /**
     * What stands before the comma names an event of its own ("عقب مقتل شابين بغارة"); a place, a time or
     * who gave the order ("وفي مدينة ديرالزور،", "بتوجيه من الرئيس،") belongs to the verb after it.
     */
    private static boolean tellsAnEvent(List<Mention> ms, int from, int to) {
        for (Mention m : ms) if (m.firstToken() >= from && m.firstToken() < to && m.is("Trigger")) return true;
        return false;
    }

    /**
     * "…، وطال قصف مماثل قرية …", "، وشنت طائرات غارات مماثلة على …": after a comma, "و" and a past verb, an
     * indefinite act's noun called similar ("مماثل") tells another act of the same kind, not more of the first.
     */
    private static boolean similarActAfterVerb(String text, List<Token> tokens, List<Mention> ms, int t) {
        Token w = tokens.get(t);
        if (!w.term().startsWith("و") || !w.hasVerbReading(org.isnad.morph.Analysis.Tense.PAST) || !Token.commaBefore(text, tokens, t)) return false;
        for (Mention m : ms) {
            if (m.firstToken() <= t || m.firstToken() - t > SIMILAR_WORDS || !m.is("Trigger") || m.definite()) continue;
            for (int j = m.endToken(); j < Math.min(tokens.size(), m.endToken() + 2); j++) {
                if (calledSimilar(tokens.get(j))) return true;
            }
        }
        return false;
    }

    /**
     * "… قرية العطيرة التي سيطر عليها الثوار واشتباكات مماثلة في قرى نوارة والدرة": an act's indefinite noun
     * joined by "و" and called similar, after a clause that told an act, is another act of that kind.
     */
    private boolean similarActJoined(List<Token> tokens, List<Mention> ms, int k, int from) {
        Mention m = ms.get(k);
        if (!m.is("Trigger") || m.definite() || m.endToken() >= tokens.size() || !calledSimilar(tokens.get(m.endToken()))) return false;
        String word = tokens.get(m.firstToken()).term();
        return word.startsWith("و") && !lexicon.matcher().startsLexiconPhrase(word) && tellsAnEvent(ms, from, m.firstToken());
    }

    /**
     * "قامت القوات بحرق منازل في قرى …، بعد السيطرة عليها يوم أمس": a capture told after an "after" word,
     * behind an act of another kind, is an act of its own told in passing, with its own time (the "after"
     * times the act before it, not the capture).
     */
    private static boolean captureToldAfter(List<Mention> ms, int k, int from) {
        Mention cue = ms.get(k);
        if (!cue.is("EventAnaphorCue") || cue.entry("EventAnaphorCue").prop("relation") != null || k + 1 >= ms.size()) return false;
        Mention capture = ms.get(k + 1);
        return capture.firstToken() == cue.endToken() && capture.is("Trigger") && capture.entry("Trigger").flag("takesTerritory")
                && tellsAnEvent(ms, from, cue.firstToken());
    }

    /** "مماثل", "مماثلة", "مماثلين": an act called like one told before. */
    private static boolean calledSimilar(Token t) {
        return t.term().startsWith("مماثل");
    }

    /** Words between the verb and the act's noun: "وشنت الطائرات الحربية غارات مماثلة". */
    private static final int SIMILAR_WORDS = 3;

    // "الغارات", "بالقصف", "للقوات"
    private static final Pattern DEFINITE = Pattern.compile("^[وف]?([بلك]?ال|لل).*");

    /** After a comma, a word that can only be a past verb, and no mention starts there. */
    private static boolean opensVerbClause(String text, List<Token> tokens, List<Mention> ms, int t) {
        Token w = tokens.get(t);
        if (w.analyses().isEmpty() || w.start() - tokens.get(t - 1).end() < 2) return false;   // no room for a comma
        if (!Token.commaBefore(text, tokens, t)) return false;
        if (!w.analyses().stream().allMatch(a -> a.isVerb()) || !w.hasVerbReading(org.isnad.morph.Analysis.Tense.PAST)) return false;
        for (Mention m : ms) if (m.firstToken() <= t && t < m.endToken() && !m.is("ActionVerb") && !m.is("Trigger")) return false;
        // "غارات جوية دقيقة، استهدفت مواقع": after an indefinite noun the verb describes it (a relative clause)
        Token before = tokens.get(t - 1);
        boolean named = ms.stream().anyMatch(m -> m.firstToken() <= t - 1 && t - 1 < m.endToken()
                && (m.is("Place") || m.is("Actor") || m.is("Outlet") || m.is("TimeAnaphor") || m.is("RelativeDay") || m.is("Weekday")));
        if (!named && !DEFINITE.matcher(before.term()).matches()) return false;
        return !targetsWhatWasTold(ms, t);
    }

    /**
     * "بقصف صاروخي لقوات النظام، استهدف أحياء سكنية في مدينة …", "قصف مدفعي من الجيش، استهدفت عدة مدن وقرى،
     * …": a verb of targeting ("استهدف", "طال") with no subject of its own (no actor right after it) tells where
     * the act just told struck; its places are that act's, not those of a new clause with no act.
     */
    private static boolean targetsWhatWasTold(List<Mention> ms, int t) {
        boolean targeting = false;
        for (Mention m : ms) {
            if (m.firstToken() == t && m.is("ActionVerb") && m.is("TargetCue")) targeting = true;
            if (m.firstToken() == t + 1 && (m.is("Actor") || m.is("Participant"))) return false;
        }
        return targeting;
    }


    /**
     * "… تفرض طوقاً أمنياً لمحاصرة الفلول في قريتي …، وكانت قد شهدت بلدة … إطلاق نار استهدف سيارة للأمن": after
     * a comma, "وكان/وكانت … قد" (PluperfectBackground) tells what had happened before, an act with its own
     * places and type, not more of the clause before it (whose siege would else take the gunfire's type).
     */
    private static boolean pluperfectAfterComma(String text, List<Token> tokens, int t) {
        Token w = tokens.get(t);
        return w.term().startsWith("وكان") && Token.commaBefore(text, tokens, t) && PluperfectBackground.opens(text, w.start());
    }

    /**
     * A clause boundary ("كما", "فيما"); one marked afterComma ("، بالإضافة إلى استهداف …") only after a comma
     * and before an act's trigger, with at most "قيام" and its doer between ("، إلى جانب قيام مسلحين بحرق …");
     * before a toll ("، بالإضافة إلى إصابة ثلاثة") it adds to the same toll.
     */
    private static boolean opensClause(String text, List<Token> tokens, List<Mention> ms, int k) {
        Mention cue = ms.get(k);
        if (!cue.is("ClauseBoundary") || cue.entry("ClauseBoundary").flag("lastInstance")
                || cue.entry("ClauseBoundary").flag("afterBombardment")) return false;
        if (!cue.entry("ClauseBoundary").flag("afterComma")) return true;
        if (cue.firstToken() == 0 || !Token.commaBefore(text, tokens, cue.firstToken())) return false;
        for (int j = k + 1; j < ms.size() && ms.get(j).firstToken() - cue.endToken() <= MAX_DOER_WORDS; j++) {
            Mention m = ms.get(j);
            if (m.is("CasualtyCue") || m.is("TollCue")) return false;
            if (m.is("Trigger")) return !m.entry("Trigger").flag("tollWord") && !m.entry("Trigger").flag("weak");
        }
        return false;
    }

    /**
     * "قصفت المدفعية والطيران الحربي محاور الجبل، حيث بدأت قوات النظام اقتحام قرية …", "طال القصف بالبراميل
     * أحياء …، حيث دارت اشتباكات بين الفصائل وقوات النظام في حي …": after a bombardment, a comma, "حيث" and a
     * fight on the ground (a clash, a storming) tell a second act with a place of its own: ACLED codes the
     * clash apart from the fire that covered it, and the village stormed is not one of the places bombed.
     * "، حيث شنت الطائرات غارات …" tells the bombardment on, and stays in its clause.
     */
    private static boolean groundFightAfterBombardment(String text, List<Token> tokens, List<Mention> ms, int k, int from) {
        Mention cue = ms.get(k);
        if (!cue.is("ClauseBoundary") || !cue.entry("ClauseBoundary").flag("afterBombardment")) return false;
        if (cue.firstToken() == 0 || !Token.commaBefore(text, tokens, cue.firstToken())) return false;
        boolean bombardment = false;
        for (int j = 0; j < k; j++) bombardment |= ms.get(j).firstToken() >= from && bombardment(ms.get(j));
        if (!bombardment) return false;
        boolean fight = false;
        for (int j = k + 1; j < ms.size() && ms.get(j).firstToken() - cue.endToken() <= MAX_DOER_WORDS; j++) {
            Mention m = ms.get(j);
            if (bombardment(m)) return false;
            String type = m.is("Trigger") ? m.entry("Trigger").prop("indicates") : null;
            fight |= EventTypes.ARMED_CLASH.equals(type) || EventTypes.ATTACK.equals(type);
        }
        return fight;
    }

    /**
     * "استعادت قوات النظام السيطرة على قرى …، بعد انسحاب مقاتلي الفصائل منها، بسبب القصف الجوي الذي شن عشرات
     * الغارات على مواقعهم": a bombardment told as the cause (isnad:CauseCue: "بسبب", "بفعل", "تحت وطأة") of a
     * capture told before it in the clause is an act of its own (ACLED codes the air strike apart from the place
     * taken), not the means of the capture: it opens a clause, and the villages stay the capture's.
     */
    private static boolean bombardmentBehindCapture(List<Mention> ms, int k, int from) {
        if (!ms.get(k).is("CauseCue")) return false;
        boolean capture = false;
        for (int j = 0; j < k; j++) {
            Mention m = ms.get(j);
            capture |= m.firstToken() >= from && m.is("Trigger") && m.entry("Trigger").flag("takesTerritory");
        }
        if (!capture) return false;
        for (int j = k + 1; j < ms.size() && ms.get(j).firstToken() - ms.get(k).endToken() <= MAX_DOER_WORDS; j++) {
            if (bombardment(ms.get(j))) return true;
        }
        return false;
    }

    /** A trigger of an air strike or of shelling. */
    private static boolean bombardment(Mention m) {
        if (!m.is("Trigger")) return false;
        String type = m.entry("Trigger").prop("indicates");
        return EventTypes.DRONE_STRIKE.equals(type) || EventTypes.SHELLING.equals(type);
    }

    /**
     * "، بالإضافة إلى استهداف الفصائل مواقع …": a clause opened by "besides" (cut only before an act's noun)
     * adds an act to the one its sentence told, and is told as plainly, with no verb of its own.
     */
    static boolean addsAnAct(List<Mention> ms, Clause cl) {
        for (Mention m : ms) {
            if (m.firstToken() == cl.from() && m.is("ClauseBoundary") && m.entry("ClauseBoundary").flag("afterComma")) return true;
        }
        return false;
    }

    /** Words between "besides" and the act's noun: "قيام الفصائل الإسلامية والجهادية باستهداف". */
    private static final int MAX_DOER_WORDS = 5;

    /** "غارتين جويتين، الأولى استهدفت …": after a comma, an ordinal opens the next item of a series. */
    private static boolean opensSeriesItem(String text, List<Token> tokens, Mention m) {
        return m.is("SeriesOrdinal") && m.firstToken() > 0 && Token.commaBefore(text, tokens, m.firstToken());
    }

    /**
     * "خرج العشرات في مظاهرة، تزامناً مع اندلاع اشتباكات", "بالتزامن مع قصف مدفعي": an "alongside" word and an indefinite event noun, after a clause that
     * told an event of the other family (violent or not), tell a second event in a verbless clause. Within
     * one family it is mostly one act told twice ("سيطرت الفصائل على القرية إثر اشتباكات"), unless called similar
     * or told at a place of its own.
     */
    private boolean verblessEventAlongside(List<Token> tokens, List<Mention> ms, int k, int from) {
        Mention cue = ms.get(k);
        // "عقب"/"إثر" too may open one ("عقب مقتل شاب برصاص عنصر"), but what follows in the article mostly
        // speaks of the first event, which the claims' order would lose: only "alongside" words for now
        if (!cue.is("EventAnaphorCue") || !cue.entry("EventAnaphorCue").flag("alongside")) return false;
        String told = null;
        for (int j = 0; j < k && told == null; j++) {
            Mention m = ms.get(j);
            if (m.firstToken() >= from && m.is("Trigger") && !m.entry("Trigger").flag("weak")) told = m.entry("Trigger").prop("indicates");
        }
        if (told == null) return false;
        for (int j = k + 1; j < ms.size() && ms.get(j).firstToken() - cue.endToken() <= 2; j++) {
            Mention m = ms.get(j);
            if (!m.is("Trigger")) continue;
            String type = m.entry("Trigger").prop("indicates");
            return !m.definite() && (lexicon.isViolent(told) != lexicon.isViolent(type) || similarOrElsewhere(tokens, ms, j)
                    || otherWeapon(told, m) || fightingBesideBombardment(told, type));
        }
        return false;
    }

    /**
     * "دارت اشتباكات بين الطرفين …، وسط قصف لطائرات حربية على المنطقة", "سيطرت القوات على القرية وسط قصف
     * مدفعي": a weapon's noun after an "alongside" word, of another type than the act told first, is a strike
     * or a shelling of its own beside the fighting (ACLED codes both).
     */
    private static boolean otherWeapon(String told, Mention trigger) {
        Entry t = trigger.entry("Trigger");
        return t.intProp("weaponRank", 0) > 0 && !told.equals(t.prop("indicates"));
    }

    /**
     * "تعرضت قرى ريف حماة لقصف مدفعي وجوي، وسط اشتباكات في الريف الجنوبي", "قصفت قوات النظام مدينة اللطامنة،
     * بالتزامن مع اشتباكات عنيفة على محور السرمانية": the fighting beside a bombardment, the reverse of
     * {@link #otherWeapon}, is a clash of its own (ACLED codes both).
     */
    private static boolean fightingBesideBombardment(String told, String type) {
        return EventTypes.ARMED_CLASH.equals(type) && (EventTypes.SHELLING.equals(told) || EventTypes.DRONE_STRIKE.equals(told));
    }

    /**
     * "اشتباكات على محور كفر تعال، تزامناً مع اشتباكات مماثلة على محور بلدة …": an event noun of the same family
     * after an "alongside" word is another event when called similar or told at a place of its own right after it.
     */
    private static boolean similarOrElsewhere(List<Token> tokens, List<Mention> ms, int trigger) {
        Mention t = ms.get(trigger);
        if (t.endToken() < tokens.size() && calledSimilar(tokens.get(t.endToken()))) return true;
        for (int j = trigger + 1; j < ms.size() && ms.get(j).firstToken() - t.endToken() <= PLACE_WORDS; j++) {
            if (ms.get(j).is("Place")) return true;
        }
        return false;
    }

    /** Words between the event noun and its place: "اشتباكات عنيفة على محور مدينة سراقب". */
    private static final int PLACE_WORDS = 4;

    private static boolean startsElapsedTime(MatchedSentence s, Mention m) {
        return m.is("EventAnaphorCue") && s.dates().stream().anyMatch(d -> d.elapsed() && d.firstToken() == m.firstToken());
    }

    /**
     * "هدد الوزير بتصعيد العمليات عقب مقتل ثلاثة موظفين بانفجار ألغام": after a threat or a denial, an "after"
     * word and an indefinite event noun (the toll may stand between) tell what happened, which the threat
     * does not govern.
     */
    private static boolean afterAThreat(List<Mention> ms, int k) {
        boolean governed = false;
        for (int j = 0; j < k; j++) {
            Modality mod = ModalityReader.modalityOf(ms.get(j));
            if (mod == Modality.PLANNED || mod == Modality.DENIED) governed = true;   // a foiling tells its own end
        }
        if (!governed) return false;
        Mention cue = ms.get(k);
        for (int j = k + 1; j < ms.size() && ms.get(j).firstToken() - cue.endToken() <= 3; j++) {
            Mention m = ms.get(j);
            if (m.is("Trigger") && !m.definite()) return true;
            if (!m.is("CasualtyCue") && !m.is("NumberWord") && !m.is("PersonNoun")) return false;
        }
        return false;
    }

    /**
     * "هدد بشن عملية … عقب الغارات التي شنها الجيش التركي في 20 تشرين": an "after" word, a definite event
     * noun that tells nothing already told, and a relative pronoun: the sentence tells a second event in
     * passing. It is a clause of its own, with its own date, and what governs the sentence (a threat, a
     * denial) does not govern it.
     */
    private boolean tellsInPassing(Reading r, List<Mention> ms, int k) {
        Mention cue = ms.get(k);
        if (!cue.is("EventAnaphorCue") || k + 1 >= ms.size()) return false;
        if (afterAThreat(ms, k)) return true;
        Mention trigger = ms.get(k + 1);
        if (!trigger.is("Trigger") || !trigger.definite() || discourse.refersBack(r, cue, trigger)) return false;
        for (int j = k + 2; j < ms.size() && ms.get(j).firstToken() <= trigger.endToken() + 2; j++) {
            if (ms.get(j).is("RelativePronoun")) return true;
        }
        return false;
    }
}
