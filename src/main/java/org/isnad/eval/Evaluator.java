package org.isnad.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.isnad.extract.ArabicAnalysis;

/**
 * Scores the predicted claims of one article against its gold file.
 *
 * <h2>When a predicted event matches a gold event</h2>
 * All three must hold:
 * <ol>
 *   <li><b>Type.</b> The English labels of the ACLED sub-event types are equal; a gold "Attack" (the text
 *       does not say how) accepts any violent sub-type ({@link #VIOLENT}); a gold event whose modality is
 *       {@code foiled} also accepts a predicted "Disrupted weapons use", since ACLED codes a foiled attack so.</li>
 *   <li><b>Place.</b> Some gold place and some predicted place agree: the gold place's Arabic words contain
 *       an Arabic label or alias of the predicted place (from the reference data; both normalised as the
 *       extractor normalises text, the text's words taken with or without their clitics و ف ب ل ك ال), or
 *       the gold place's English gloss mentions an English label or alias of the predicted place as whole
 *       words (case ignored, "al-" ignored). A place the reference data lacks, kept as written, agrees when
 *       its words stand in the gold place's Arabic words. A gold event with no place matches only a
 *       prediction with no place.</li>
 *   <li><b>Date.</b> A gold range overlaps the predicted range; a gold "unknown" needs a prediction the
 *       text gives no date for: unresolved, or presumed to lie in the days up to the report (precision
 *       {@code up-to-report}, which says the text gives none); a gold phrase that cannot be resolved ("after E4 and E5") accepts any date.
 *       Under {@link DateRule#SCORED} the date does not decide the match, only its accuracy is scored: the practice
 *       of the outside measurement in issue 10, which reports date accuracy on matched events and names no
 *       missed event for its date.</li>
 * </ol>
 * Pairs are then assigned one to one, greedily: the pair with the highest score first (score = 4 per gold
 * evidence opening found in the prediction's evidence, 2 for an exactly equal type, 2 for an exactly equal
 * date, 1 per agreeing gold place, 1 for an equal modality), ties broken by gold order, then predicted
 * order. The result does not depend on anything but the two files.
 *
 * <p>A gold event may list several reporters where isnad writes one claim per report, linked by
 * sameEventAs. An unmatched prediction linked to the prediction matched to a gold event, agreeing with
 * that event on type and modality, whose speaker is among its (several) reporters, is a further report of
 * it: not a match, not an extra, not counted among the predictions.
 *
 * <h2>What is scored on a matched pair</h2>
 * Reported-by ({@link Attribution}), date (the predicted start and end equal the gold range; gold "unknown"
 * wants both null, or the up-to-report presumption; unresolvable phrases are not scored), modality (equal), exact type, and places (how many
 * of the gold places some predicted place agrees with).
 *
 * <h2>Statements</h2>
 * A predicted statement matches a gold statement when the opening words of one of the gold evidence
 * sentences stand within the predicted statement's evidence (normalised words, in order); one to one,
 * most openings found first.
 */
public final class Evaluator {

    /** The ACLED sub-event types a gold "Attack" accepts: every violent one. */
    public static final Set<String> VIOLENT = Set.of("Attack", "Air/drone strike", "Shelling/artillery/missile attack",
            "Armed clash", "Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Chemical weapon",
            "Abduction/forced disappearance", "Sexual violence");
    static final String DISRUPTED = "Disrupted weapons use";

    /** Whether the dates must overlap for a match, or are only scored on matched events. */
    public enum DateRule { REQUIRED, SCORED }

    private final Names names;
    private final DateRule dateRule;

    public Evaluator(Names names) { this(names, DateRule.REQUIRED); }

    public Evaluator(Names names, DateRule dateRule) {
        this.names = names;
        this.dateRule = dateRule;
    }

    /** Scores one article: {@code predicted} are the claims the article's conversion produced. */
    public ArticleResult evaluate(GoldFile gold, List<PredictedClaim> predicted) {
        List<GoldClaim> goldEvents = gold.events();
        List<PredictedClaim> predEvents = predicted.stream().filter(PredictedClaim::isEvent).toList();
        ArticleResult r = new ArticleResult(gold.file());
        r.score.goldEvents = goldEvents.size();
        r.score.predictedEvents = predEvents.size();

        // every pair that satisfies the three conditions, best first
        record Pair(int g, int p, int score) {}
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < goldEvents.size(); g++) {
            for (int p = 0; p < predEvents.size(); p++) {
                Checks c = checks(goldEvents.get(g), predEvents.get(p));
                if (c.matches()) pairs.add(new Pair(g, p, pairScore(goldEvents.get(g), predEvents.get(p), c)));
            }
        }
        pairs.sort(Comparator.comparingInt((Pair x) -> -x.score()).thenComparingInt(Pair::g).thenComparingInt(Pair::p));
        int[] goldTo = new int[goldEvents.size()];
        boolean[] predTaken = new boolean[predEvents.size()];
        java.util.Arrays.fill(goldTo, -1);
        for (Pair x : pairs) {
            if (goldTo[x.g()] >= 0 || predTaken[x.p()]) continue;
            goldTo[x.g()] = x.p();
            predTaken[x.p()] = true;
        }

        for (int g = 0; g < goldEvents.size(); g++) {
            GoldClaim gc = goldEvents.get(g);
            if (goldTo[g] < 0) {
                r.missed.add(new ArticleResult.Miss(gc.id(), describe(gc), nearMiss(gc, predEvents, predTaken, r.score)));
                continue;
            }
            PredictedClaim pc = predEvents.get(goldTo[g]);
            r.score.matched++;
            Score s = r.score;
            boolean typeExact = gc.eventType().equalsIgnoreCase(pc.eventType());
            s.typeExact.add(typeExact);
            int found = 0;
            for (GoldClaim.GoldPlace gp : gc.places()) if (placeAgrees(gp, pc)) found++;
            s.places.add(found, gc.places().size());
            boolean rep = Attribution.agrees(gc.reportedBy(), pc, names.labelEn(pc.speaker()), gold.outlet());
            if (!gc.reportedBy().isEmpty()) s.reportedBy.add(rep);
            Boolean date = dateExact(gc.date(), pc);
            if (date != null) s.date.add(date);
            boolean mod = gc.modality().equals(pc.modality());
            s.modality.add(mod);
            r.matches.add(new ArticleResult.Match(gc.id(), pc.id(), describe(gc), describe(pc), typeExact,
                    found + "/" + gc.places().size(), gc.reportedBy().isEmpty() ? null : rep, date, mod,
                    gc.reportedBy().isEmpty() ? null : String.join(" / ", gc.reportedBy()), voice(pc)));
        }
        // another speaker's claim of a matched event, linked to it, when the gold names that speaker as a reporter
        // of the event too: isnad keeps a claim per report where the gold lists the reporters of one event
        java.util.Map<String, Integer> goldOfPrediction = new java.util.HashMap<>();
        for (int g = 0; g < goldEvents.size(); g++) if (goldTo[g] >= 0) goldOfPrediction.put(predEvents.get(goldTo[g]).id(), g);
        for (int p = 0; p < predEvents.size(); p++) {
            if (predTaken[p]) continue;
            PredictedClaim pc = predEvents.get(p);
            for (String other : pc.sameEventAs()) {
                Integer g = goldOfPrediction.get(other);
                if (g == null) continue;
                GoldClaim gc = goldEvents.get(g);
                if (typeAgrees(gc, pc) && gc.modality().equals(pc.modality()) && gc.reportedBy().size() > 1
                        && Attribution.agrees(gc.reportedBy(), pc, names.labelEn(pc.speaker()), gold.outlet())) {
                    predTaken[p] = true;
                    r.score.predictedEvents--;
                    r.furtherReports.add(new ArticleResult.FurtherReport(gc.id(), pc.id(), describe(pc)));
                    break;
                }
            }
        }
        for (int p = 0; p < predEvents.size(); p++) {
            if (!predTaken[p]) r.spurious.add(new ArticleResult.Extra(predEvents.get(p).id(), describe(predEvents.get(p))));
        }
        statements(gold, predicted, r);
        return r;
    }

    /** The three conditions for one pair. */
    record Checks(boolean type, boolean place, boolean date) {
        boolean matches() { return type && place && date; }
        int count() { return (type ? 1 : 0) + (place ? 1 : 0) + (date ? 1 : 0); }
    }

    Checks checks(GoldClaim g, PredictedClaim p) {
        return new Checks(typeAgrees(g, p), placeAgrees(g, p), dateRule == DateRule.SCORED || dateAgrees(g.date(), p));
    }

    static boolean typeAgrees(GoldClaim g, PredictedClaim p) {
        String t = p.eventType();
        if (t == null) return false;
        if (g.eventType().equalsIgnoreCase(t)) return true;
        if (g.eventType().equalsIgnoreCase("Attack") && VIOLENT.contains(t)) return true;
        return "foiled".equals(g.modality()) && DISRUPTED.equalsIgnoreCase(t);
    }

    boolean placeAgrees(GoldClaim g, PredictedClaim p) {
        if (g.places().isEmpty() || p.places().isEmpty()) return g.places().isEmpty() && p.places().isEmpty();
        for (GoldClaim.GoldPlace gp : g.places()) if (placeAgrees(gp, p)) return true;
        return false;
    }

    boolean placeAgrees(GoldClaim.GoldPlace gp, PredictedClaim p) {
        List<Set<String>> ar = gp.ar().isBlank() ? List.of() : Names.textForms(gp.ar());
        String en = englishKey(gp.en());
        for (PredictedClaim.Place pp : p.places()) {
            if (pp.iri() != null) {
                for (List<String> form : names.arabicForms(pp.iri())) if (Names.contains(ar, form)) return true;
            } else if (pp.text() != null) {
                // a place the reference data lacks, kept as written: its words stand in the gold place's words
                List<String> form = Names.form(pp.text());
                if (!form.isEmpty() && Names.contains(ar, form)) return true;
                continue;
            }
            for (String label : names.englishForms(pp.iri(), pp.label())) {
                String l = englishKey(label);
                if (!l.isBlank() && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(l) + "(?![\\p{L}\\p{N}])").matcher(en).find())
                    return true;
            }
        }
        return false;
    }

    /** Lower case, "al-" dropped, spaces collapsed: "al-Tanf" and "Tanf" meet. */
    static String englishKey(String s) {
        if (s == null) return "";
        return s.toLowerCase(Locale.ROOT).replaceAll("(?<![\\p{L}])al-", "").replaceAll("\\s+", " ").strip();
    }

    static boolean dateAgrees(GoldDate d, PredictedClaim p) {
        return switch (d.status()) {
            case RANGE -> p.resolved() && !d.start().isAfter(p.end()) && !p.start().isAfter(d.end());
            case UNKNOWN -> p.undatedByText();
            case UNCHECKED -> true;
        };
    }

    /** Exact date agreement on a matched pair, or null when the gold date is not scored. */
    static Boolean dateExact(GoldDate d, PredictedClaim p) {
        return switch (d.status()) {
            case RANGE -> d.start().equals(p.start()) && d.end().equals(p.end());
            case UNKNOWN -> p.undatedByText();
            case UNCHECKED -> null;
        };
    }

    private int pairScore(GoldClaim g, PredictedClaim p, Checks c) {
        int score = 4 * evidenceHits(g.evidence(), p.evidence());
        if (g.eventType().equalsIgnoreCase(p.eventType())) score += 2;
        if (Boolean.TRUE.equals(dateExact(g.date(), p))) score += 2;
        // under DateRule.SCORED two predictions of one type and place may differ in day: the overlapping one first
        // (under REQUIRED every pair overlaps, so this adds the same to all)
        if (dateAgrees(g.date(), p)) score++;
        for (GoldClaim.GoldPlace gp : g.places()) if (placeAgrees(gp, p)) score++;
        if (g.modality().equals(p.modality())) score++;
        return score;
    }

    /** How many of the gold evidence openings stand within some predicted evidence text. */
    static int evidenceHits(List<String> goldOpenings, List<String> predictedEvidence) {
        List<List<String>> pred = predictedEvidence.stream().map(ArabicAnalysis::terms).toList();
        int hits = 0;
        for (String opening : goldOpenings) {
            List<String> o = ArabicAnalysis.terms(opening);
            if (o.isEmpty()) continue;
            for (List<String> e : pred) {
                if (java.util.Collections.indexOfSubList(e, o) >= 0) {
                    hits++;
                    break;
                }
            }
        }
        return hits;
    }

    /** Why a gold event found no partner: the conditions its nearest prediction fails, counted in the score. */
    private String nearMiss(GoldClaim g, List<PredictedClaim> preds, boolean[] taken, Score s) {
        int best = -1;
        Checks bestChecks = null;
        int bestRank = -1;
        for (int p = 0; p < preds.size(); p++) {
            Checks c = checks(g, preds.get(p));
            // most conditions met, then the same sentences, then still free
            int rank = c.count() * 1000 + Math.min(evidenceHits(g.evidence(), preds.get(p).evidence()), 99) * 2 + (taken[p] ? 0 : 1);
            if (rank > bestRank) {
                bestRank = rank;
                best = p;
                bestChecks = c;
            }
        }
        if (best < 0) {
            s.missedNoPrediction++;
            return "no predicted event at all";
        }
        if (bestChecks.matches()) {
            s.missedTaken++;
            return "its only candidates went to other gold events (nearest: " + describe(preds.get(best)) + ")";
        }
        List<String> failed = new ArrayList<>();
        if (!bestChecks.type()) { failed.add("type"); s.missedOnType++; }
        if (!bestChecks.place()) { failed.add("place"); s.missedOnPlace++; }
        if (!bestChecks.date()) { failed.add("date"); s.missedOnDate++; }
        return String.join(" and ", failed) + " disagree with the nearest prediction: " + describe(preds.get(best));
    }

    private void statements(GoldFile gold, List<PredictedClaim> predicted, ArticleResult r) {
        List<GoldClaim> gs = gold.statements();
        List<PredictedClaim> ps = predicted.stream().filter(p -> !p.isEvent()).toList();
        r.score.goldStatements = gs.size();
        r.score.predictedStatements = ps.size();
        record Pair(int g, int p, int hits) {}
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < gs.size(); g++) {
            for (int p = 0; p < ps.size(); p++) {
                int h = evidenceHits(gs.get(g).evidence(), ps.get(p).evidence());
                if (h > 0) pairs.add(new Pair(g, p, h));
            }
        }
        pairs.sort(Comparator.comparingInt((Pair x) -> -x.hits()).thenComparingInt(Pair::g).thenComparingInt(Pair::p));
        boolean[] gDone = new boolean[gs.size()], pDone = new boolean[ps.size()];
        for (Pair x : pairs) {
            if (gDone[x.g()] || pDone[x.p()]) continue;
            gDone[x.g()] = pDone[x.p()] = true;
            r.score.matchedStatements++;
            GoldClaim gc = gs.get(x.g());
            PredictedClaim pc = ps.get(x.p());
            if (!gc.reportedBy().isEmpty())
                r.score.statementReportedBy.add(Attribution.agrees(gc.reportedBy(), pc, names.labelEn(pc.speaker()), gold.outlet()));
        }
        for (int g = 0; g < gs.size(); g++) if (!gDone[g]) r.missedStatements.add(gs.get(g).id());
    }

    static String describe(GoldClaim g) {
        List<String> places = g.places().stream().map(p -> p.en().isBlank() ? p.ar() : p.en()).toList();
        return g.eventType() + " @ " + (places.isEmpty() ? "(no place)" : String.join("; ", places)) + " on " + g.date()
                + (g.modality().equals("asserted") ? "" : " [" + g.modality() + "]");
    }

    /**
     * The predicted voice as the comparison saw it: report label, kind and the speaker's English label (or its
     * IRI's last segment), e.g. "Syrian Observatory for Human Rights (SourceReport; SOHR)".
     */
    String voice(PredictedClaim p) {
        String speaker = p.speaker() == null ? null : names.labelEn(p.speaker());
        if (speaker == null && p.speaker() != null) speaker = p.speaker().substring(p.speaker().lastIndexOf('/') + 1);
        return (p.reportLabel() == null ? "(no label)" : p.reportLabel()) + " (" + p.reportKind()
                + (speaker == null ? "" : "; " + speaker) + ")";
    }

    static String describe(PredictedClaim p) {
        List<String> places = p.places().stream().map(x -> x.label() != null ? x.label() : x.text()).toList();
        String date = !p.resolved() ? "unresolved" : p.start().equals(p.end()) ? p.start().toString() : p.start() + "/" + p.end();
        return p.eventType() + " @ " + (places.isEmpty() ? "(no place)" : String.join("; ", places)) + " on " + date
                + (p.modality().equals("asserted") ? "" : " [" + p.modality() + "]");
    }
}
