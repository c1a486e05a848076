package org.newsevents.web.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One page's score as the public article-body extraction benchmark computes it: word tokens ({@code \w+}),
 * shingles of 4 tokens counted with multiplicity, true/false positives and false negatives normalised by their
 * sum so that long pages weigh no more than short ones.
 */
public record ShingleScore(double tp, double fp, double fn) {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE = 4;

    public static ShingleScore of(String gold, String predicted) {
        Map<String, Integer> truth = shingles(gold);
        Map<String, Integer> guess = shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        Map<String, Integer> all = new HashMap<>(truth);
        guess.forEach((k, v) -> all.putIfAbsent(k, 0));
        for (String key : all.keySet()) {
            int t = truth.getOrDefault(key, 0);
            int p = guess.getOrDefault(key, 0);
            tp += Math.min(t, p);
            fp += Math.max(0, p - t);
            fn += Math.max(0, t - p);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new ShingleScore(tp / sum, fp / sum, fn / sum) : new ShingleScore(0, 0, 0);
    }

    public double precision() {
        if (fp == 0 && fn == 0) return 1;
        if (tp == 0 && fp == 0) return 0;
        return tp / (tp + fp);
    }

    public double recall() {
        if (fp == 0 && fn == 0) return 1;
        if (tp == 0 && fn == 0) return 0;
        return tp / (tp + fn);
    }

    /** Mean precision and mean recall over pages (pages without predicted or gold shingles left out as the benchmark does), F1 of the two means. */
    public static double[] summary(List<ShingleScore> pages) {
        double p = pages.stream().filter(s -> s.tp + s.fp > 0).mapToDouble(ShingleScore::precision).average().orElse(0);
        double r = pages.stream().filter(s -> s.tp + s.fn > 0).mapToDouble(ShingleScore::recall).average().orElse(0);
        double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
        return new double[] {p, r, f1};
    }

    private static Map<String, Integer> shingles(String text) {
        List<String> tokens = new java.util.ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) tokens.add(m.group());
        Map<String, Integer> counts = new HashMap<>();
        int last = Math.max(1, tokens.size() - SHINGLE + 1);
        for (int i = 0; i < last && i < tokens.size(); i++) {
            counts.merge(String.join("\u0001", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE))), 1, Integer::sum);
        }
        return counts;
    }
}
