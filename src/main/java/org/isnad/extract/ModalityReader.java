package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;

/** How a clause holds its event: the modality cues ("نفى", "أحبط", "هدد", "اتهم") and what they govern. */
final class ModalityReader {
    private ModalityReader() {}

    /** The modality a cue gives, or null for a mention that is no modality cue. */
    static Modality modalityOf(Mention m) {
        Entry cue = m.entry("ModalityCue");
        return cue == null ? null : Modality.ofLocalName(cue.localProp("modality"));
    }

    /** The modality a cue gives in its sentence: none for a denial of who did it ({@link #deniesOnlyWho}). */
    static Modality modalityOf(Mention m, List<Mention> ms) {
        Modality mod = modalityOf(m);
        return mod == Modality.DENIED && deniesOnlyWho(ms, m) ? null : mod;
    }

    /** At most this many words name the denier between the verb and "مسؤوليتها". */
    private static final int DENIER_WORDS = 5;

    /**
     * "نفت إسرائيل مسؤوليتها عن الانفجار في دمشق": the denial is of who did it, not of the blast, which
     * stays told as done; what is denied is the speaker's statement.
     */
    static boolean deniesOnlyWho(List<Mention> ms, Mention cue) {
        return ms.stream().anyMatch(x -> x.is("ResponsibilityWord") && x.firstToken() >= cue.endToken()
                && x.firstToken() - cue.endToken() <= DENIER_WORDS
                && ms.stream().noneMatch(t -> t.is("Trigger") && t.firstToken() >= cue.endToken() && t.firstToken() < x.firstToken()));
    }

    /** The modalities the cues in a clause give, in text order. */
    static List<Modality> modalitiesIn(List<Mention> ms, Clause cl) {
        List<Modality> out = new ArrayList<>();
        for (Mention m : ms) {
            Modality mod = cl.holds(m) ? modalityOf(m, ms) : null;
            if (mod != null) out.add(mod);
        }
        return out;
    }

    /**
     * The modalities the cues in a clause give to an act whose trigger stands at {@code trigger}. A threat
     * told as a noun after the act ("تظاهر المئات …، رافضين تهديدات الحكومة بشن هجوم", "معتبرةً أنه انتهاك
     * وتهديد للأمن") is about what follows it, not about the act already told.
     */
    static List<Modality> modalitiesFor(List<Mention> ms, Clause cl, List<Token> tokens, int trigger) {
        List<Modality> out = new ArrayList<>();
        for (Mention m : ms) {
            Modality mod = modalityOf(m, ms);
            if (mod == null || !cl.holds(m)) continue;
            if (mod == Modality.PLANNED && trigger >= 0 && m.firstToken() > trigger && nominal(tokens.get(m.firstToken()))) continue;
            out.add(mod);
        }
        return deniedAllegation(ms, cl, tokens, out);
    }

    /**
     * "أكدت الهيئة أن ادعاءات النظام عن قصفها حلب عارية عن الصحة": an allegation named as a noun in a clause
     * that calls it untrue is what is denied; the clause's act is denied, not alleged.
     */
    private static List<Modality> deniedAllegation(List<Mention> ms, Clause cl, List<Token> tokens, List<Modality> mods) {
        if (!mods.contains(Modality.DENIED) || !mods.contains(Modality.ALLEGED)) return mods;
        boolean named = ms.stream().anyMatch(m -> cl.holds(m) && modalityOf(m) == Modality.ALLEGED && !m.is("SpeechParticiple")
                && tokens.get(m.firstToken()).analyses().stream().noneMatch(org.isnad.morph.Analysis::isVerb));
        if (!named) return mods;
        List<Modality> out = new ArrayList<>(List.of(Modality.DENIED));
        for (Modality m : mods) if (m != Modality.DENIED) out.add(m);
        return out;
    }

    /**
     * The verbal noun of a threat ("تهديد", "لتهديدات"), which names a threat as a thing; a participle
     * ("متوعدين بقتله", "مهدداً") still tells the threat made, and governs its own act.
     */
    private static boolean nominal(Token t) {
        return t.term().contains("تهديد") && t.analyses().stream().noneMatch(org.isnad.morph.Analysis::isVerb);
    }

    /** The first modality any cue of the sentence gives, or null. */
    static Modality sentenceModality(MatchedSentence s) {
        List<Modality> cues = modalitiesIn(s.mentions(), new Clause(0, s.tokens().size(), false));
        return cues.isEmpty() ? null : cues.get(0);
    }

    /**
     * A denial or an accusation (a verb of saying) in this clause that governs the rest of its sentence, or
     * null. A threat governs only its own clause: "هددت الفصائل بالرد، فيما قصفت القوات …" tells a shelling.
     */
    static Modality governingCue(List<Mention> ms, Clause cl) {
        for (Mention m : ms) {
            Modality mod = modalityOf(m, ms);
            if (mod != null && m.is("SpeechVerb") && cl.holds(m) && !m.is("SpeechParticiple") && mod != Modality.PLANNED) {
                return mod;
            }
        }
        return null;
    }

    /** Where the clause's first cue of a plan or threat stands (the clause's end when it has none). */
    static int plannedCue(List<Mention> ms, Clause cl) {
        for (Mention m : ms) {
            if (cl.holds(m) && modalityOf(m) == Modality.PLANNED) return m.firstToken();
        }
        return cl.to();
    }

    /** The sentence's speaker is one who threatens ("هدد أردوغان بشن …"): the report is of a plan. */
    static boolean threatens(List<Mention> ms, int contentStart) {
        return ms.stream().anyMatch(m -> m.firstToken() < contentStart && m.is("SpeechVerb") && modalityOf(m) == Modality.PLANNED);
    }

    /** "…، مؤكداً أن …": a participle of saying opens a proposition of the speaker's own. */
    static boolean startsWithParticiple(List<Mention> ms, Clause cl) {
        return ms.stream().anyMatch(m -> m.firstToken() == cl.from() && m.is("SpeechParticiple"));
    }
}
