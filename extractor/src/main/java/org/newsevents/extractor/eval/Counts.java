package org.newsevents.extractor.eval;

/**
 * Matched / system / gold counts. Precision is 1 when the system found nothing, recall is 1 when
 * there was nothing to find (so an article with neither scores 1/1/1; F1 is 0 when either side
 * is 0 while the other is not).
 */
public record Counts(int tp, int sys, int gold) {
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts o) {
        return new Counts(tp + o.tp, sys + o.sys, gold + o.gold);
    }

    public double precision() {
        return sys == 0 ? 1.0 : (double) tp / sys;
    }

    public double recall() {
        return gold == 0 ? 1.0 : (double) tp / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
