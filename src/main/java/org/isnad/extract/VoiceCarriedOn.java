package org.isnad.extract;

/**
 * "وقال مصدر عسكري لموقع … إن عناصر التنظيم هاجموا حاجزاً … . وبالتزامن، نصب عناصر التنظيم حاجزاً على الطريق
 * …", "وأوضحت قيادة الأمن الداخلي في تصريح لـ سانا أن … . ولاحقاً، أقدم مجهولون على مهاجمة …", "بحسب ما أورد
 * المرصد. ورداً على ذلك، شن مسلحون …": a sentence with no speaker of its own that opens by tying what it tells
 * to what was just told (then, in reply, at the same time: `isnad:SequelCue`) goes on with the account of the
 * source that told it, as analysts credit it. Only right after that source's sentence, and not when the
 * sentence opens another matter or a place of its own ("وفي سياق متصل", "وفي درعا"): a voiceless sentence
 * with no such tie ("ويأتي ذلك بعد …", "ويوم أمس قُتل …") is the outlet's own telling.
 */
final class VoiceCarriedOn {

    private VoiceCarriedOn() {}

    /** How far into the sentence the tie may stand: after "و" and a comma it is the first word or two. */
    private static final int OPENING = 2;

    /** The source whose account the sentence goes on with, or null when the outlet tells it. */
    static Report after(Reading r, MatchedSentence s) {
        Report last = r.reports.accountGoingOn();
        if (last == null || r.topicShift || r.otherMatter) return null;
        for (Mention m : s.mentions()) {
            if (m.firstToken() >= OPENING) break;
            if (m.is("SequelCue")) return last;
        }
        return null;
    }
}
