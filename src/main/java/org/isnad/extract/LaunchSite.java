package org.isnad.extract;

import java.util.List;
import java.util.Set;

/**
 * Where a drone took off names whose drone it was: "استهدفت طائرة مسيرة انطلقت من مواقع قوات النظام سيارة …",
 * "مسيرة انتحارية مصدرها مناطق سيطرة قوات النظام", "انطلقت من مواقع تسيطر عليها قوات النظام" (SOHR, Zaman
 * al-Wasl, SY24, Syrian Today on Idlib, 2023-2024). The forces after the phrase are who struck, not what was hit,
 * and the bare "مسيرة" before it is a drone, not a march that set off from a square ("انطلقت من ساحة …").
 */
final class LaunchSite {

    private static final Set<String> LAUNCHED = ArabicAnalysis.termSet("انطلقت", "انطلق", "أطلقت", "اطلقت", "أطلق", "اطلق");
    private static final Set<String> SOURCE = ArabicAnalysis.termSet("مصدرها", "مصدره");
    private static final Set<String> FROM = ArabicAnalysis.termSet("من");
    /** "مواقع", "مناطق", "نقاط": the ground a side holds, never a square or a town a march leaves. */
    private static final Set<String> POSITIONS = ArabicAnalysis.termSet("مواقع", "مناطق", "نقاط", "مقرات");
    /** "مناطق سيطرة قوات النظام", "مناطق نفوذ …". */
    private static final Set<String> HELD = ArabicAnalysis.termSet("سيطرة", "نفوذ", "تمركز", "انتشار");
    /** "مواقع تسيطر عليها قوات النظام". */
    private static final Set<String> HOLDS = ArabicAnalysis.termSet("تسيطر", "يسيطر", "تتمركز", "يتمركز"), ON_IT = ArabicAnalysis.termSet("عليها", "فيها");

    private LaunchSite() {}


    private static String term(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).term() : "";
    }

    /** Whether the words from token {@code i} read "انطلقت من مواقع …" or "مصدرها مناطق …". */
    static boolean at(List<Token> tokens, int i) {
        if (SOURCE.contains(term(tokens, i))) return POSITIONS.contains(term(tokens, i + 1));
        return LAUNCHED.contains(term(tokens, i)) && FROM.contains(term(tokens, i + 1)) && POSITIONS.contains(term(tokens, i + 2));
    }

    /** Whether such a phrase ends right before token {@code t}: the name at {@code t} holds the launch site. */
    static boolean before(List<Token> tokens, int t) {
        int j = t - 1;
        if (HELD.contains(term(tokens, j))) j--;
        else if (ON_IT.contains(term(tokens, j)) && HOLDS.contains(term(tokens, j - 1))) j -= 2;
        if (!POSITIONS.contains(term(tokens, j))) return false;
        return SOURCE.contains(term(tokens, j - 1)) || FROM.contains(term(tokens, j - 1)) && LAUNCHED.contains(term(tokens, j - 2));
    }
}
