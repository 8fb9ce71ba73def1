package org.isnad.extract;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * "أعلنت قسد اعتقال قيادي في التنظيم بعملية أمنية … وأضافت أن العملية استهدفت قيادي محلي في قرية الحجنة": the
 * operation, named again by its definite noun as the subject of "استهدف", is the arrest or raid told before in
 * the same voice, told where it happened; not an attack of its own (the targeting verb, with no weapon, is a
 * weak attack). Its places go to the arrest. Only right after the noun ("العملية التي استهدفت …" in an attack's
 * article names that attack, and an arrest is needed before it anyway); an indefinite operation only when called
 * a security one ("عملية أمنية استهدفت وكراً").
 */
final class OperationRetold implements ClaimPass {

    /**
     * "العملية استهدفت", "المداهمة استهدفت": the operation told before, as the verb's subject; "نفذت عملية أمنية
     * (محكمة) استهدفت …": a security operation, whose targeting is where it took someone.
     */
    private static final Pattern OPERATION_TARGETED = Pattern.compile("(?<![\\p{L}])[وف]?(ال(عملية|عمليه|حملة|حمله|مداهمة|مداهمه)"
            + "|ب?(عملية|عمليه|حملة|حمله) [اأ]مني[ةه]( \\p{L}+)?)\\s+استهدف");

    @Override
    public void apply(ArticleClaims claims) {
        List<EventClaim> events = claims.events();
        for (int i = 1; i < events.size(); i++) {
            EventClaim a = events.get(i);
            if (!EventTypes.ATTACK.equals(a.eventClass()) || a.specificType() || a.evidence().size() != 1
                    || !OPERATION_TARGETED.matcher(a.evidence().get(0).text()).find() || claims.hasToll(a)) continue;
            EventClaim arrest = null;
            for (int j = i - 1; j >= 0 && arrest == null; j--) {
                EventClaim e = events.get(j);
                if (EventTypes.ARRESTS.equals(e.eventClass()) && e.modality() == a.modality()
                        && Objects.equals(e.report().slug(), a.report().slug())) arrest = e;
            }
            if (arrest == null) continue;
            arrest.places().addAll(a.places());
            arrest.placeTexts().addAll(a.placeTexts());
            claims.withdrawInto(a, arrest);
        }
    }
}
