package org.isnad.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * "قُتل شابان برصاص قسد، اليوم الأحد، في الحسكة … في حين اتهمت قسد القوات الحكومية بقصف قرى في ريف حلب": a
 * speaker other than the one that told the act an undated act would borrow its time from (isnad:sameTimeAs),
 * telling it in another governorate, tells another event, not an account of that one. It takes the time of the
 * latest event told in its governorate ("وقالت الوزارة إنها اشتبكت مع عنصر من التنظيم بالرقة" after an attack
 * told in al-Raqqa and another in Deir ez-Zor), else none: the text gives it no day, and it is presumed on the
 * day of the report's news (UpToReport), which says so. What the same speaker goes on to tell, or an act
 * of no place, keeps the anchor it has.
 */
final class OtherVoiceAct {
    private OtherVoiceAct() {}

    /** The claim whose time the act the mention tells, of {@code report}, takes: {@code anchor}, another, or null. */
    static EventClaim anchor(EventTypes types, ArticleClaims claims, EventClaim anchor, EventMention em, Report report) {
        if (report == null || report.equals(anchor.report()) || em.places.isEmpty() || sameGovernorate(types, anchor, em)) return anchor;
        for (EventClaim c : claims.eventsBefore(claims.size())) {
            if (!c.planned() && c.time().resolved() && !c.places().isEmpty() && sameGovernorate(types, c, em)) return c;
        }
        return null;
    }

    /** Some place of the claim and some place of the mention lie in one governorate (or the claim names none known). */
    private static boolean sameGovernorate(EventTypes types, EventClaim c, EventMention em) {
        Set<String> governorates = new HashSet<>();
        for (String p : c.places()) governorates.addAll(types.lexicon().governoratesOf(p));
        if (governorates.isEmpty()) return true;
        for (String p : em.places) if (types.lexicon().governoratesOf(p).stream().anyMatch(governorates::contains)) return true;
        return false;
    }
}
