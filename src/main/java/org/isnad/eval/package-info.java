/**
 * {@code isnad eval}: the extractor measured against gold files.
 *
 * <p>A gold file ({@code NAME.gold.yaml}) is an analyst's reading of one article:
 * <pre>
 * article:
 *   file: sy24-deir-ez-zor-strikes.txt     # the input file it belongs to (matched by file name)
 *   outlet: SY24
 *   published: "2022-08-24"                # ISO date or "unknown"; used only with --published-from-gold
 * claims:
 *   - id: E1                               # E… events, S… statements; unique
 *     kind: event                          # event | statement
 *     event_type: "Air/drone strike"       # an ACLED sub-event label; "Attack" = any violent sub-type
 *     place: [{ar: "منطقة دير الزور", en: "Deir ez-Zor (area)"}]   # [] when the sentence names none
 *     date: {ar: "أمس الثلاثاء", resolved: "2022-08-23"}          # ISO day | "A/B" | unknown | a phrase
 *     reported_by: ["CENTCOM statement"]   # the speaker; "SY24 (own voice)" for the outlet itself
 *     modality: asserted                   # asserted | foiled | denied | alleged | planned (default asserted)
 *     same_event_as: E3                    # optional
 *     evidence: ["وذكرت القيادة المركزية"]  # opening words of the sentence(s)
 * </pre>
 * A {@code resolved} phrase that says "same" and names one claim ("same period as E4") takes that claim's
 * date; any other phrase ("after E4 and E5") is not checked. Other keys (actor, target, note, says …) are
 * allowed and ignored. The matching rules are in {@link org.isnad.eval.Evaluator}, the reported-by rule in
 * {@link org.isnad.eval.Attribution}.
 */
package org.isnad.eval;
