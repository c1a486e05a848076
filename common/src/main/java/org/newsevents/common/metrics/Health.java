package org.newsevents.common.metrics;

/** What {@code GET /health} answers: UP (200) or DOWN (503) with a short reason. */
public record Health(boolean isUp, String detail) {
    private static final Health UP = new Health(true, null);

    public static Health up() {
        return UP;
    }

    public static Health down(String detail) {
        return new Health(false, detail);
    }
}
