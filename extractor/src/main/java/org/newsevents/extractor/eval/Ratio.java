package org.newsevents.extractor.eval;

/** k correct out of n; {@link #value()} is NaN when n is 0 (nothing to judge), so it never passes a bar by default. */
public record Ratio(int k, int n) {
    public static final Ratio ZERO = new Ratio(0, 0);

    public Ratio plus(Ratio o) {
        return new Ratio(k + o.k, n + o.n);
    }

    public Ratio plus(boolean correct) {
        return new Ratio(k + (correct ? 1 : 0), n + 1);
    }

    public double value() {
        return n == 0 ? Double.NaN : (double) k / n;
    }

    @Override
    public String toString() {
        return k + "/" + n;
    }
}
