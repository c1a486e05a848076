package org.newsevents.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.newsevents.extractor.pipeline.ArticleRejectedException;
import org.newsevents.extractor.pipeline.Extraction;
import org.newsevents.schemas.Article;

/**
 * In-process extraction of a list of articles with T threads, no Kafka: each thread owns its
 * extractor (the OpenNLP taggers are not thread-safe) and takes the next article from a shared index.
 */
public final class BareThroughput {
    private BareThroughput() {
    }

    /** Articles per second and CPU milliseconds per article of the bench JVM over the measured pass. */
    public record Rate(double articlesPerSec, double cpuMsPerArticle) {
    }

    /**
     * Articles per second over one pass, after every thread extracted the articles (cycling) for
     * {@code warmup}, not counted: the JIT compiles for tens of seconds (a C2 compiler thread took a
     * third of a core after 100 articles), which on 2 cores would be charged to the bare figure.
     */
    public static Rate measure(List<Article> articles, Supplier<Function<Article, Extraction>> extractors,
                                           int threads, java.time.Duration warmup) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Function<Article, Extraction>> perThread = new ArrayList<>();
            List<Future<?>> warm = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Function<Article, Extraction> x = extractors.get();
                perThread.add(x);
                warm.add(pool.submit(() -> {
                    long end = System.nanoTime() + warmup.toNanos();
                    for (int i = 0; System.nanoTime() - end < 0; i = (i + 1) % articles.size()) {
                        extractQuietly(x, articles.get(i));
                    }
                }));
            }
            await(warm);
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> work = new ArrayList<>();
            long cpu = ProcessCpu.nanos();
            long start = System.nanoTime();
            for (Function<Article, Extraction> x : perThread) {
                work.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
                        extractQuietly(x, articles.get(i));
                    }
                }));
            }
            await(work);
            double perSec = articles.size() / ((System.nanoTime() - start) / 1e9);
            return new Rate(perSec, ProcessCpu.msPerArticle(cpu, ProcessCpu.nanos(), articles.size()));
        } finally {
            pool.shutdownNow();
        }
    }

    private static void extractQuietly(Function<Article, Extraction> x, Article a) {
        try {
            x.apply(a);
        } catch (ArticleRejectedException e) {
            // The pipeline dead-letters these; they cost the same time here, which is what is measured.
        }
    }

    private static void await(List<Future<?>> futures) throws InterruptedException {
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("extraction thread failed: " + e.getCause(), e.getCause());
            }
        }
    }
}
