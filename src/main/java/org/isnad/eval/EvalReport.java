package org.isnad.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A run's results: per article and in total (micro-averaged), as a table for people and as JSON for scripts. */
public final class EvalReport {

    private final List<ArticleResult> articles;
    private final Score total = new Score();

    /** How dates took part in matching ("required" or "scored"), written into the JSON; null leaves it out. */
    private String dateRule;

    public EvalReport withDateRule(String rule) {
        this.dateRule = rule;
        return this;
    }

    public EvalReport(List<ArticleResult> articles) {
        this.articles = List.copyOf(articles);
        for (ArticleResult a : articles) total.add(a.score);
    }

    public List<ArticleResult> articles() { return articles; }

    public Score total() { return total; }

    // ------------------------------------------------------------------ table

    public void printTable(PrintWriter out) {
        int w = Math.max(24, articles.stream().mapToInt(a -> a.file.length()).max().orElse(0));
        String head = String.format(Locale.ROOT, "%-" + w + "s %5s %5s %5s %6s %6s %6s %9s %9s %9s", "article", "gold", "pred",
                "match", "P", "R", "F1", "rep-by", "date", "stmt F1");
        out.println("Events");
        out.println(head);
        out.println("-".repeat(head.length()));
        for (ArticleResult a : articles) row(out, w, a.file, a.score);
        out.println("-".repeat(head.length()));
        row(out, w, "total (micro)", total);
        out.println();
        out.println("Fields, on matched events (correct/scored)");
        field(out, "type (exact label)", total.typeExact, "a gold \"Attack\" matched by a specific type counts as not exact");
        field(out, "places (gold places found)", total.places, null);
        field(out, "date (exact range)", total.date, "unresolvable gold phrases are not scored");
        field(out, "reported by", total.reportedBy, null);
        field(out, "modality", total.modality, null);
        out.println();
        out.printf(Locale.ROOT, "Statements: gold %d, predicted %d, matched %d; P %s  R %s  F1 %s; reported by %s%n",
                total.goldStatements, total.predictedStatements, total.matchedStatements,
                f(total.statementPrecision()), f(total.statementRecall()), f(total.statementF1()), ratio(total.statementReportedBy));
        int missed = total.goldEvents - total.matched;
        if (missed > 0) {
            out.printf(Locale.ROOT, "Missed gold events: %d (nearest prediction disagrees on type %d, place %d, date %d;"
                    + " candidate taken %d; nothing predicted %d)%n", missed, total.missedOnType, total.missedOnPlace,
                    total.missedOnDate, total.missedTaken, total.missedNoPrediction);
        }
        for (ArticleResult a : articles) {
            if (a.missed.isEmpty() && a.spurious.isEmpty() && a.missedStatements.isEmpty() && allRight(a)) continue;
            out.println();
            out.println(a.file + ":");
            for (ArticleResult.Match m : a.matches) {
                List<String> wrong = new ArrayList<>();
                if (Boolean.FALSE.equals(m.reportedBy())) wrong.add("reported by");
                if (Boolean.FALSE.equals(m.date())) wrong.add("date");
                if (!m.modality()) wrong.add("modality");
                if (!wrong.isEmpty())
                    out.printf("  %-4s matched, wrong %s: gold %s | predicted %s%n", m.gold(), String.join(", ", wrong), m.goldText(), m.predictedText());
                // the two voices the comparison saw, so a wrong speaker can be read without opening the files
                if (Boolean.FALSE.equals(m.reportedBy()))
                    out.printf("       reported by: gold %s | predicted %s%n", m.goldVoice(), m.predictedVoice());
            }
            for (ArticleResult.Miss m : a.missed) out.printf("  %-4s missed: %s; %s%n", m.gold(), m.goldText(), m.reason());
            for (ArticleResult.FurtherReport f : a.furtherReports)
                out.printf("  %-4s also reported, as its own claim: %s (%s)%n", f.gold(), f.text(), f.predicted());
            for (ArticleResult.Extra e : a.spurious) out.printf("  extra: %s (%s)%n", e.text(), e.predicted());
            if (!a.missedStatements.isEmpty()) out.println("  statements missed: " + String.join(", ", a.missedStatements));
        }
        out.flush();
    }

    private static boolean allRight(ArticleResult a) {
        for (ArticleResult.Match m : a.matches)
            if (Boolean.FALSE.equals(m.reportedBy()) || Boolean.FALSE.equals(m.date()) || !m.modality()) return false;
        return true;
    }

    private static void row(PrintWriter out, int w, String name, Score s) {
        out.printf(Locale.ROOT, "%-" + w + "s %5d %5d %5d %6s %6s %6s %9s %9s %9s%n", name, s.goldEvents, s.predictedEvents,
                s.matched, f(s.precision()), f(s.recall()), f(s.f1()), ratio(s.reportedBy), ratio(s.date), f(s.statementF1()));
    }

    private static void field(PrintWriter out, String name, Score.Ratio r, String note) {
        out.printf(Locale.ROOT, "  %-28s %7s  %s%s%n", name, r.correct + "/" + r.scored,
                r.value() == null ? "  -" : f(r.value()), note == null ? "" : "   (" + note + ")");
    }

    private static String ratio(Score.Ratio r) { return r.scored == 0 ? "-" : r.correct + "/" + r.scored; }

    private static String f(double d) { return String.format(Locale.ROOT, "%.2f", d); }

    // ------------------------------------------------------------------ JSON

    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        if (dateRule != null) root.put("dates", dateRule);
        List<Object> list = new ArrayList<>();
        for (ArticleResult a : articles) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", a.file);
            m.putAll(scoreJson(a.score));
            List<Object> matches = new ArrayList<>();
            for (ArticleResult.Match x : a.matches) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("gold", x.gold());
                o.put("predicted", x.predicted());
                o.put("typeExact", x.typeExact());
                o.put("places", x.places());
                o.put("reportedBy", x.reportedBy());
                if (Boolean.FALSE.equals(x.reportedBy())) {
                    o.put("goldReportedBy", x.goldVoice());
                    o.put("predictedReportedBy", x.predictedVoice());
                }
                o.put("date", x.date());
                o.put("modality", x.modality());
                matches.add(o);
            }
            m.put("matches", matches);
            List<Object> missed = new ArrayList<>();
            for (ArticleResult.Miss x : a.missed) missed.add(obj("gold", x.gold(), "event", x.goldText(), "reason", x.reason()));
            m.put("missed", missed);
            List<Object> extra = new ArrayList<>();
            for (ArticleResult.Extra x : a.spurious) extra.add(obj("predicted", x.predicted(), "event", x.text()));
            m.put("extra", extra);
            List<Object> further = new ArrayList<>();
            for (ArticleResult.FurtherReport x : a.furtherReports)
                further.add(obj("gold", x.gold(), "predicted", x.predicted(), "event", x.text()));
            m.put("furtherReports", further);
            m.put("missedStatements", new ArrayList<Object>(a.missedStatements));
            list.add(m);
        }
        root.put("articles", list);
        root.put("total", scoreJson(total));
        StringBuilder b = new StringBuilder();
        write(b, root, 0);
        return b.append('\n').toString();
    }

    private static Map<String, Object> scoreJson(Score s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("events", obj("gold", s.goldEvents, "predicted", s.predictedEvents, "matched", s.matched,
                "precision", s.precision(), "recall", s.recall(), "f1", s.f1()));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("reportedBy", ratioJson(s.reportedBy));
        fields.put("date", ratioJson(s.date));
        fields.put("modality", ratioJson(s.modality));
        fields.put("typeExact", ratioJson(s.typeExact));
        fields.put("places", ratioJson(s.places));
        m.put("fields", fields);
        m.put("missedBecause", obj("type", s.missedOnType, "place", s.missedOnPlace, "date", s.missedOnDate,
                "candidateTaken", s.missedTaken, "nothingPredicted", s.missedNoPrediction));
        m.put("statements", obj("gold", s.goldStatements, "predicted", s.predictedStatements, "matched", s.matchedStatements,
                "precision", s.statementPrecision(), "recall", s.statementRecall(), "f1", s.statementF1(),
                "reportedBy", ratioJson(s.statementReportedBy)));
        return m;
    }

    private static Map<String, Object> ratioJson(Score.Ratio r) {
        return obj("correct", r.correct, "scored", r.scored, "accuracy", r.value());
    }

    private static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    private static void write(StringBuilder b, Object v, int depth) {
        String pad = "  ".repeat(depth + 1), close = "  ".repeat(depth);
        if (v == null) {
            b.append("null");
        } else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) { b.append("{}"); return; }
            b.append("{\n");
            int i = 0;
            for (var e : m.entrySet()) {
                b.append(pad);
                string(b, (String) e.getKey());
                b.append(": ");
                write(b, e.getValue(), depth + 1);
                b.append(++i < m.size() ? ",\n" : "\n");
            }
            b.append(close).append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) { b.append("[]"); return; }
            b.append("[\n");
            for (int i = 0; i < l.size(); i++) {
                b.append(pad);
                write(b, l.get(i), depth + 1);
                b.append(i + 1 < l.size() ? ",\n" : "\n");
            }
            b.append(close).append(']');
        } else if (v instanceof Double d) {
            b.append(String.format(Locale.ROOT, "%.4f", d));
        } else if (v instanceof Number || v instanceof Boolean) {
            b.append(v);
        } else {
            string(b, v.toString());
        }
    }

    private static void string(StringBuilder b, String s) {
        b.append(org.isnad.rdf.JsonWriter.quote(s));
    }
}
