package org.isnad.extract;

import java.util.List;
import org.isnad.extract.DateParser.DateExpr;

/**
 * A name before the event's first word is the act's doer when it stands right before it, or an armed force with
 * only a time between ("خاضت وحدات من الجيش، خلال الساعات الماضية، اشتباكات …", "قصفت قوات النظام مساء أمس البلدة"), or
 * with its allies (AlliedDoers); further back it is merely mentioned ("أعلنت قوات النظام أن …").
 */
final class DoerBeforeTheAct {

    private DoerBeforeTheAct() {}

    /**
     * True when {@code m}, before {@code anchor}, is only mentioned: other words stand between than a time after
     * an armed force. Those who suffer are not made doers by it ("قضى عدد من المدنيين، أواخر آب، بانفجار").
     */
    static boolean mentionedOnly(List<Token> tokens, List<Mention> ms, List<DateExpr> dates, Mention m, int anchor, boolean armed) {
        int gap = anchor - m.endToken() - (armed ? datedWords(dates, m.endToken(), anchor) : 0);
        return gap > 1 && !AlliedDoers.joinedUpTo(tokens, ms, m, anchor);
    }

    /** The words of the dates that lie wholly between {@code from} and {@code to}. */
    private static int datedWords(List<DateExpr> dates, int from, int to) {
        int n = 0;
        if (dates == null) return 0;
        for (DateExpr d : dates) {
            if (d.firstToken() >= from && d.endToken() <= to) n += d.endToken() - d.firstToken();
        }
        return n;
    }
}
