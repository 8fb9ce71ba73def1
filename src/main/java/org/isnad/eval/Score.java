package org.isnad.eval;

/** Counts for one article or, summed, for a run (micro-averaged: ratios are taken from the sums). */
public final class Score {

    /** correct out of scored. */
    public static final class Ratio {
        public int correct, scored;

        void add(boolean ok) { add(ok ? 1 : 0, 1); }

        void add(int c, int n) { correct += c; scored += n; }

        /** null when nothing was scored. */
        public Double value() { return scored == 0 ? null : (double) correct / scored; }
    }

    public int goldEvents, predictedEvents, matched;
    public int goldStatements, predictedStatements, matchedStatements;
    public final Ratio reportedBy = new Ratio(), date = new Ratio(), modality = new Ratio(), typeExact = new Ratio(),
            places = new Ratio(), statementReportedBy = new Ratio();
    public int missedOnType, missedOnPlace, missedOnDate, missedTaken, missedNoPrediction;

    public double precision() { return ratio(matched, predictedEvents); }
    public double recall() { return ratio(matched, goldEvents); }
    public double f1() { return f1(precision(), recall()); }
    public double statementPrecision() { return ratio(matchedStatements, predictedStatements); }
    public double statementRecall() { return ratio(matchedStatements, goldStatements); }
    public double statementF1() { return f1(statementPrecision(), statementRecall()); }

    /** 0/0 counts as 1: nothing predicted where nothing was to be found is not an error. */
    private static double ratio(int a, int b) { return b == 0 ? (a == 0 ? 1.0 : 0.0) : (double) a / b; }

    private static double f1(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }

    void add(Score o) {
        goldEvents += o.goldEvents; predictedEvents += o.predictedEvents; matched += o.matched;
        goldStatements += o.goldStatements; predictedStatements += o.predictedStatements; matchedStatements += o.matchedStatements;
        add(reportedBy, o.reportedBy); add(date, o.date); add(modality, o.modality); add(typeExact, o.typeExact);
        add(places, o.places); add(statementReportedBy, o.statementReportedBy);
        missedOnType += o.missedOnType; missedOnPlace += o.missedOnPlace; missedOnDate += o.missedOnDate;
        missedTaken += o.missedTaken; missedNoPrediction += o.missedNoPrediction;
    }

    private static void add(Ratio a, Ratio b) { a.add(b.correct, b.scored); }
}
