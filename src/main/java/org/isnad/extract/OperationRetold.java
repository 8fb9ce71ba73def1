package org.isnad.extract;

import java.util.List;
import java.util.Set;

/**
 * "أعلنت قسد اعتقال قيادي في التنظيم بعملية أمنية … وأضافت أن العملية استهدفت قيادي محلي في قرية الحجنة": the
 * operation, named again by its definite noun as the subject of "استهدف", is the arrest or raid told before in
 * the same voice, told where it happened; not an attack of its own (the targeting verb, with no weapon, is a
 * weak attack). Its places go to the arrest. Only right after the noun ("العملية التي استهدفت …" in an attack's
 * article names that attack, and an arrest is needed before it anyway); an indefinite operation only when called
 * a security one ("عملية أمنية استهدفت وكراً").
 */
final class OperationRetold implements ClaimPass {

    /** "العملية استهدفت", "المداهمة استهدفت": the operation told before, as the verb's subject. */
    private static final Set<String> THE_OPERATION = ArabicAnalysis.termSet("العملية", "الحملة", "المداهمة");
    /** "نفذت عملية أمنية (محكمة) استهدفت …": a security operation, whose targeting is where it took someone. */
    private static final Set<String> OPERATION = ArabicAnalysis.termSet("عملية", "حملة");
    private static final Set<String> SECURITY = ArabicAnalysis.termSet("أمنية");
    private static final String TARGETED = ArabicAnalysis.terms("استهدف").get(0);

    @Override
    public void apply(ArticleClaims claims) {
        List<EventClaim> events = claims.events();
        for (int i = 1; i < events.size(); i++) {
            EventClaim a = events.get(i);
            if (!EventTypes.ATTACK.equals(a.eventClass()) || a.specificType() || a.evidence().size() != 1
                    || !operationTargeted(claims.words(), a.evidence().get(0).text()) || claims.hasToll(a)) continue;
            EventClaim arrest = null;
            for (int j = i - 1; j >= 0 && arrest == null; j--) {
                EventClaim e = events.get(j);
                if (EventTypes.ARRESTS.equals(e.eventClass()) && e.modality() == a.modality()
                        && e.report().sameAs(a.report())) arrest = e;
            }
            if (arrest == null) continue;
            arrest.places().addAll(a.places());
            arrest.placeTexts().addAll(a.placeTexts());
            claims.withdrawInto(a, arrest);
        }
    }

    /** The operation, as the subject of "استهدف" ("استهدفت", "استهدفوا") right after it. */
    private static boolean operationTargeted(EvidenceWords words, String text) {
        List<Token> w = words.words(text);
        for (int i = 0; i + 1 < w.size(); i++) {
            String term = withoutPrefix(w.get(i).term());
            int next = i + 1;
            if (!THE_OPERATION.contains(term)) {
                // "بعملية أمنية استهدفت", "عملية أمنية محكمة استهدفت": a security one, one word may describe it further
                if (!OPERATION.contains(term) || !SECURITY.contains(w.get(next).term()) || !spaced(text, w, next)) continue;
                next++;
                if (next + 1 < w.size() && !targets(w.get(next)) && letters(w.get(next)) && spaced(text, w, next)) next++;
            }
            if (next < w.size() && targets(w.get(next)) && spaced(text, w, next)) return true;
        }
        return false;
    }

    /** "والعملية" → "العملية", "وبعملية" → "عملية": "و" or "ف" before the operation's noun, "ب" before the indefinite one. */
    private static String withoutPrefix(String term) {
        String t = term.length() > 1 && (term.startsWith("و") || term.startsWith("ف")) ? term.substring(1) : term;
        if (THE_OPERATION.contains(t) || OPERATION.contains(t)) return t;
        return t.startsWith("ب") && OPERATION.contains(t.substring(1)) ? t.substring(1) : term;
    }

    private static boolean targets(Token t) { return t.term().startsWith(TARGETED); }

    /** Only spaces between word {@code k} and the one before it. */
    private static boolean spaced(String text, List<Token> w, int k) {
        return text.substring(w.get(k - 1).end(), w.get(k).start()).isBlank();
    }

    private static boolean letters(Token t) {
        return t.term().chars().allMatch(Character::isLetter);
    }
}
