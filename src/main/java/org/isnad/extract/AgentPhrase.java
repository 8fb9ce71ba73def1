package org.isnad.extract;

import java.util.List;
import java.util.Set;

/**
 * Words that name who acted wherever they stand, whatever the verb: "قُتل شاب برصاص مسلحين مجهولين", "بنيران
 * قوات النظام", "على يد عناصر", "من قبل دورية", "قصف مدفعي لقوات الأسد". The passive subject before them is
 * who was hit; the name after them is the actor.
 */
final class AgentPhrase {

    /** One word written onto "ب": "برصاص مسلحين", "بنيران قوات النظام", "برصاصة قناص". */
    private static final Set<String> BY_MEANS = ArabicAnalysis.termSet("برصاص", "برصاصة", "برصاصات", "بنيران", "بنار");
    /** Two words: "على يد", "على أيدي", "من قبل". */
    private static final Set<String> BY_HAND = ArabicAnalysis.termSet("يد", "أيدي", "ايادي"),
            ON = ArabicAnalysis.termSet("على", "علي"), FROM = ArabicAnalysis.termSet("من"), SIDE = ArabicAnalysis.termSet("قبل");
    /** "لإطلاق نار من مجهولين", "لإطلاق رصاص من مسلحين ملثمين": "من" right after the fire names who fired. */
    private static final Set<String> FIRE = ArabicAnalysis.termSet("نار", "النار", "رصاص", "الرصاص");

    private AgentPhrase() {}


    /** Whether the words right before mention {@code m} make it the one who acted. */
    static boolean before(List<Token> tokens, List<Mention> ms, Mention prev, Mention m) {
        int t = m.firstToken();
        if (t == 0) return false;
        String one = tokens.get(t - 1).term();
        if (BY_MEANS.contains(one)) return true;
        if (t >= 2) {
            String two = tokens.get(t - 2).term();
            if (ON.contains(two) && BY_HAND.contains(one) || FROM.contains(two) && SIDE.contains(one)) return true;
            if (FIRE.contains(two) && FROM.contains(one)) return true;
        }
        // "مسيرة انطلقت من مواقع قوات النظام": whose ground the drone took off from
        if (LaunchSite.before(tokens, t)) return true;
        return ofTheAct(tokens, prev, m) || ofTheActsMen(tokens, ms, prev, m);
    }

    /**
     * "قصف مدفعي لقوات الأسد", "بهجوم لخلايا التنظيم": a name written onto "ل" right after a noun of the act is
     * whose act it was; after a word of targeting ("استهداف لقوات") it is what was hit, so those are left out.
     */
    private static boolean ofTheAct(List<Token> tokens, Mention prev, Mention m) {
        return actNoun(prev) && prev.endToken() == m.firstToken() && onLam(tokens.get(m.firstToken()));
    }

    /**
     * "في كمين لعناصر تنظيم داعش", "جراء قصف لمسلحي التنظيم": the same with the men's noun on "ل" between the
     * act's noun and their group: the group is whose act it was.
     */
    private static boolean ofTheActsMen(List<Token> tokens, List<Mention> ms, Mention men, Mention m) {
        if (ms == null || men == null || !men.is("ActorNoun") || men.endToken() != m.firstToken()
                || !onLam(tokens.get(men.firstToken()))) return false;
        for (Mention act : ms) if (act.endToken() == men.firstToken() && actNoun(act)) return true;
        return false;
    }

    private static boolean actNoun(Mention m) {
        return m != null && m.is("Trigger") && !m.is("ActionVerb") && !m.is("TargetCue");
    }

    /** "لقوات", "للفصائل"; and "لداعش", "لقسد": a name the dictionary lacks has no reading to show its "ل". */
    static boolean onLam(Token t) {
        if (t.analyses().isEmpty()) return t.term().length() > 3 && t.term().startsWith("ل");
        return t.analyses().stream().anyMatch(a -> a.proclitics().equals("ل") || a.proclitics().equals("لل"));
    }
}
