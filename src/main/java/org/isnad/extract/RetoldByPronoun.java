package org.isnad.extract;

import java.util.List;
import java.util.Set;

/**
 * "وبعد إلقاء القبض عليهم من قبل وحدة المهام الخاصة، تمت إحالتهم إلى إدارة مكافحة الإرهاب", "وعقب اعتقالهم جرى
 * التحقيق معهم": an act named by its noun after "بعد", "عقب", "إثر", whose object is a pronoun ("عليهم",
 * "اعتقالهم"), frames what followed it by the act the article already told: it is no new act. The sentence
 * tells what came after (a referral to the judge, an inquiry), not a second arrest. Only when an act of the
 * same kind was told before; "توفي بعد اعتقاله بأيام" with no arrest told keeps its act.
 */
final class RetoldByPronoun {

    private RetoldByPronoun() {}

    private static final Set<String> AFTER = ArabicAnalysis.wordSet("بعد", "عقب", "إثر", "اثر", "وبعد", "وعقب", "وإثر", "واثر", "فور", "وفور");
    private static final Set<String> THROW = ArabicAnalysis.wordSet("إلقاء", "القاء");
    private static final Set<String> ON_HIM = ArabicAnalysis.wordSet("عليه", "عليها", "عليهم", "عليهما", "عليهن");

    /** Whether the clause's act is one told before, framed again after "بعد" by a pronoun object. */
    static boolean retold(List<Token> tokens, Mention trigger) {
        if (trigger == null) return false;
        int before = trigger.firstToken() - 1;
        // "بعد إلقاء القبض عليهم": the trigger is "القبض على", its verb's noun stands before it
        if (before > 0 && THROW.contains(tokens.get(before).term())) before--;
        if (before < 0 || !AFTER.contains(tokens.get(before).term())) return false;
        int last = trigger.endToken() - 1;
        // "اعتقالهم", or "قبض على" read with its pronoun: "القبض عليهم"
        if (ON_HIM.contains(tokens.get(last).term())) return true;
        if (tokens.get(last).analyses().stream().anyMatch(a -> !a.isVerb() && !a.enclitic().isEmpty())) return true;
        return trigger.endToken() < tokens.size() && ON_HIM.contains(tokens.get(trigger.endToken()).term());
    }
}
