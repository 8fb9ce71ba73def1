package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether an attack on armed men was fighting both ways, as ACLED tells an Armed clash from a one-sided
 * Attack: the account tells resistance or an exchange of fire in the attack's own sentences or in the
 * {@link #FOLLOWING} sentences after them ("شن مسلحون هجوماً على دورية للتنظيم. واندلعت اشتباكات على إثره بين
 * الطرفين", "… وردّ عناصر الحاجز على مصادر النيران"). A resistance cue ({@code isnad:ResistanceCue})
 * or a word of fighting (a trigger indicating {@code isnad:ArmedClash}) counts; a sentence that turns to another matter
 * ({@code isnad:TopicShift}: "وفي سياق آخر") ends the account. "أطلق مجهولون النار على دورية للأمن، ما أدى
 * إلى مقتل عنصرين، ولاذوا بالفرار" tells no resistance: an Attack (rdev30, rdev32, rdev33, rdev37 golds).
 */
final class ResistanceTold {

    /** Sentences after the attack's own that still belong to its account: the fighting is often told next. */
    static final int FOLLOWING = 2;

    private ResistanceTold() {}

    static boolean in(EvidenceWords words, EventClaim c) {
        if (c.evidence().isEmpty()) return false;
        List<String> told = new ArrayList<>();
        Evidence last = c.evidence().get(0);
        for (Evidence ev : c.evidence()) {
            told.add(words.sentenceOf(ev));
            if (ev.start() > last.start()) last = ev;
        }
        for (String next : words.sentencesAfter(last, FOLLOWING)) {
            if (words.mentions(next).stream().anyMatch(m -> m.is("TopicShift"))) break;
            told.add(next);
        }
        return told.stream().anyMatch(s -> fightingBack(words.analysedMentions(s)));
    }

    private static boolean fightingBack(List<Mention> ms) {
        return ms.stream().anyMatch(m -> m.is("ResistanceCue")
                || m.entry("Trigger") != null && EventTypes.ARMED_CLASH.equals(m.entry("Trigger").prop("indicates")));
    }
}
