package org.newsevents.extractor.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import opennlp.tools.util.Span;
import org.newsevents.extractor.nlp.NlpPipeline;
import org.newsevents.extractor.pipeline.ArticleExtractor;
import org.newsevents.extractor.pipeline.ArticleRejectedException;
import org.newsevents.extractor.pipeline.ExtractionLimits;
import org.newsevents.schemas.Article;

/**
 * Offline throughput of the in-process extractor (no Kafka): single-thread articles/s and words/s
 * over a corpus, next to OpenNLP sentence detection + tokenization + POS tagging alone over the same
 * lines (the floor every extraction pays), the overhead of everything else on top of it, an
 * optional multi-thread figure, and the cost of a large synthetic article against a small one
 * (linearity check). Each figure is measured after a warm-up of the same work.
 */
public final class OfflineBenchmark {
    private static final java.lang.management.ThreadMXBean THREAD_CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final Instant RECEIVED = Instant.parse("2024-01-01T00:00:00Z");

    /** Builds a fresh extractor (one per thread) with the limits the benchmark needs. */
    @FunctionalInterface
    public interface ExtractorFactory {
        ArticleExtractor create(ExtractionLimits limits);
    }

    /**
     * @param warmup     warm-up time before each measured figure
     * @param measure    minimum measuring time of each figure (at least one pass over the corpus)
     * @param threads    threads of the extra multi-thread figure (1 = none)
     * @param smallChars size of the small synthetic article
     * @param largeChars size of the large synthetic article
     */
    public record Options(Duration warmup, Duration measure, int threads, int smallChars, int largeChars) {
        public static final Options DEFAULT = new Options(Duration.ofSeconds(5), Duration.ofSeconds(10), 1, 10_000, 1_000_000);

        public Options {
            if (threads < 1 || smallChars < 1 || largeChars < smallChars) {
                throw new IllegalArgumentException("need threads >= 1 and 0 < smallChars <= largeChars");
            }
        }
    }

    /** Throughput of one kind of work. */
    /** @param cpuSeconds CPU time of the measuring thread(s): unlike {@code seconds}, not inflated by other load on the machine */
    public record Rate(long articles, long words, double seconds, double cpuSeconds) {
        public double articlesPerSecond() {
            return seconds == 0 ? 0 : articles / seconds;
        }

        public double wordsPerSecond() {
            return seconds == 0 ? 0 : words / seconds;
        }

        /** Words per second of CPU time of the measuring thread(s). */
        public double wordsPerCpuSecond() {
            return cpuSeconds == 0 ? 0 : words / cpuSeconds;
        }
    }

    /**
     * @param overheadPercent extraction time per article over POS-only time per article, minus 1, in percent
     * @param multiThread     null when threads = 1
     * @param rejected        articles the extractor rejected during the run (their time still counts)
     * @param tagging         sentences the single-thread extractor analyzed during warm-up and measuring, and how many its rules had tagged
     */
    public record Result(int corpusArticles, long corpusWords, Rate extraction, Rate posOnly, double overheadPercent,
                         int threads, Rate multiThread, int smallChars, double smallMillis, int largeChars,
                         double largeMillis, double largeToSmallRatio, long rejected, NlpPipeline.TaggingCounts tagging) {
    }

    private OfflineBenchmark() {
    }

    public static Result run(List<String> texts, ExtractorFactory factory, Options options) throws InterruptedException {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("the benchmark needs at least one article");
        }
        ExtractionLimits limits = ExtractionLimits.DEFAULT
                .withMaxChars(Math.max(ExtractionLimits.DEFAULT.maxChars(), options.largeChars() * 2))
                .withTimeBudget(Duration.ofHours(1));
        long corpusWords = texts.stream().mapToLong(OfflineBenchmark::words).sum();
        Counter rejected = new Counter();

        ArticleExtractor extractor = factory.create(limits);
        Consumer<String> extract = text -> extractQuietly(extractor, text, rejected);
        NlpPipeline nlp = new NlpPipeline();
        Consumer<String> pos = text -> tagAllLines(nlp, text);
        // The baseline tags what the extractor tags: the story's lines, not the page's boilerplate.
        List<String> content = texts.stream().map(OfflineBenchmark::contentLines).toList();

        timed(texts, extract, options.warmup());
        Rate extraction = timed(texts, extract, options.measure());
        NlpPipeline.TaggingCounts tagging = extractor.taggingCounts();
        timed(content, pos, options.warmup());
        Rate posOnly = timed(content, pos, options.measure());
        double overhead = (posOnly.articlesPerSecond() / extraction.articlesPerSecond() - 1) * 100;

        Rate multi = options.threads() > 1 ? multiThread(texts, factory, limits, options, rejected) : null;

        String small = synthetic(texts, options.smallChars());
        String large = synthetic(texts, options.largeChars());
        timed(List.of(small), extract, options.warmup());
        Rate smallRate = timed(List.of(small), extract, options.measure());
        extract.accept(large);
        Rate largeRate = timed(List.of(large), extract, Duration.ZERO);
        double smallMillis = smallRate.seconds() * 1000 / smallRate.articles();
        double largeMillis = largeRate.seconds() * 1000 / largeRate.articles();
        return new Result(texts.size(), corpusWords, extraction, posOnly, overhead, options.threads(), multi,
                small.length(), smallMillis, large.length(), largeMillis, largeMillis / smallMillis, rejected.value,
                tagging);
    }

    /** Runs whole passes over the texts until {@code atLeast} has elapsed (at least one pass). */
    static Rate timed(List<String> texts, Consumer<String> work, Duration atLeast) {
        long start = System.nanoTime();
        long cpuStart = THREAD_CPU.getCurrentThreadCpuTime();
        long end = start + atLeast.toNanos();
        long articles = 0;
        long words = 0;
        do {
            for (String t : texts) {
                work.accept(t);
                articles++;
                words += words(t);
            }
        } while (System.nanoTime() - end < 0);
        return new Rate(articles, words, (System.nanoTime() - start) / 1e9,
                (THREAD_CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9);
    }

    private static Rate multiThread(List<String> texts, ExtractorFactory factory, ExtractionLimits limits, Options options,
                                    Counter rejected) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        try {
            List<Future<Rate>> futures = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < options.threads(); i++) {
                futures.add(pool.submit(() -> {
                    ArticleExtractor x = factory.create(limits);
                    Consumer<String> work = text -> extractQuietly(x, text, rejected);
                    timed(texts, work, options.warmup());
                    return timed(texts, work, options.measure());
                }));
            }
            long articles = 0;
            long words = 0;
            double slowest = 0;
            double cpu = 0;
            for (Future<Rate> f : futures) {
                Rate r = f.get();
                articles += r.articles();
                words += r.words();
                slowest = Math.max(slowest, r.seconds());
                cpu += r.cpuSeconds();
            }
            return new Rate(articles, words, slowest, cpu);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("benchmark thread failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void extractQuietly(ArticleExtractor x, String text, Counter rejected) {
        try {
            x.extract(Article.newBuilder().setId("bench").setSource("bench").setReceivedAt(RECEIVED).setText(text).build());
        } catch (ArticleRejectedException e) {
            synchronized (rejected) {
                rejected.value++;
            }
        }
    }

    /** The article's content paragraphs (boilerplate removed by the production classifier), one per line. */
    static String contentLines(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (org.newsevents.extractor.text.Paragraph p : CONTENT.classify(text)) {
            if (!p.boilerplate()) {
                b.append(p.text()).append('\n');
            }
        }
        return b.toString();
    }

    private static final org.newsevents.extractor.boilerplate.BoilerplateClassifier CONTENT =
            new org.newsevents.extractor.boilerplate.HeuristicBoilerplateClassifier();

    /** What the analyzer pays at least: sentences, tokens and POS tags of every non-blank line. */
    static void tagAllLines(NlpPipeline nlp, String text) {
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (end > start) {
                String line = text.substring(start, end);
                for (Span s : nlp.sentences(line)) {
                    List<org.newsevents.extractor.text.Token> tokens = nlp.tag(line.substring(s.getStart(), s.getEnd()), start + s.getStart());
                    if (!tokens.isEmpty()) {
                        tokens.get(0).pos(); // tagging is lazy: reading one tag tags the sentence
                    }
                }
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
    }

    /** The corpus articles one after another (blank line between) until {@code chars}, cut at a line end when possible. */
    static String synthetic(List<String> texts, int chars) {
        StringBuilder b = new StringBuilder(chars + 1024);
        int i = 0;
        while (b.length() < chars) {
            b.append(texts.get(i++ % texts.size())).append("\n\n");
        }
        int cut = b.lastIndexOf("\n", chars);
        return b.substring(0, cut > chars / 2 ? cut : chars).stripTrailing();
    }

    /** Whitespace-separated words, the unit of every words/s figure. */
    public static long words(String text) {
        long n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }

    public static String render(Result r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "corpus: %d articles, %d words%n%n", r.corpusArticles(), r.corpusWords()));
        b.append(String.format(Locale.ROOT, "%-38s %12s %12s %10s %14s%n", "single thread", "articles/s", "words/s", "seconds",
                "words/CPU-s"));
        rate(b, "extraction (full pipeline)", r.extraction());
        rate(b, "OpenNLP sent+tok+POS, same content", r.posOnly());
        b.append(String.format(Locale.ROOT, "%-38s %11.1f%%%n", "overhead of extraction over POS", r.overheadPercent()));
        b.append(String.format(Locale.ROOT, "%-38s %11.1f%% (%d of %d sentences)%n", "sentences the rules had POS-tagged",
                100.0 * r.tagging().tagged() / Math.max(1, r.tagging().sentences()), r.tagging().tagged(), r.tagging().sentences()));
        if (r.multiThread() != null) {
            rate(b, "extraction, " + r.threads() + " threads", r.multiThread());
        }
        b.append(System.lineSeparator());
        b.append(String.format(Locale.ROOT, "%-38s %12s %12s%n", "synthetic article", "chars", "ms/article"));
        b.append(String.format(Locale.ROOT, "%-38s %12d %12.2f%n", "small", r.smallChars(), r.smallMillis()));
        b.append(String.format(Locale.ROOT, "%-38s %12d %12.2f%n", "large", r.largeChars(), r.largeMillis()));
        b.append(String.format(Locale.ROOT, "%-38s %11.1fx (size %.0fx)%n", "large / small cost", r.largeToSmallRatio(),
                (double) r.largeChars() / r.smallChars()));
        if (r.rejected() > 0) {
            b.append(String.format(Locale.ROOT, "rejected during the run: %d%n", r.rejected()));
        }
        return b.toString();
    }

    private static void rate(StringBuilder b, String name, Rate r) {
        b.append(String.format(Locale.ROOT, "%-38s %12.1f %12.0f %10.2f %14.0f%n", name, r.articlesPerSecond(), r.wordsPerSecond(),
                r.seconds(), r.wordsPerCpuSecond()));
    }

    private static final class Counter {
        long value;
    }
}
