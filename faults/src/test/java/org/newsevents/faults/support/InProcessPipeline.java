package org.newsevents.faults.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.newsevents.common.config.Settings;
import org.newsevents.extractor.app.ExtractorApp;
import org.newsevents.extractor.app.Extractors;
import org.newsevents.sink.EventSink;
import org.newsevents.sink.EventSinks;
import org.newsevents.stack.testing.RealStack;

/** The extractor (Kafka Streams, in this JVM) and a file sink on a thread, against the real stack. */
public final class InProcessPipeline implements AutoCloseable {
    public final Path out;
    public final ExtractorApp extractor;
    public final SinkThread sink;

    private InProcessPipeline(Path out, ExtractorApp extractor, SinkThread sink) {
        this.out = out;
        this.extractor = extractor;
        this.sink = sink;
    }

    /** With a file sink into {@code work/sink}. */
    public static InProcessPipeline start(RealStack stack, Path work) throws InterruptedException {
        Path out = work.resolve("sink");
        return start(stack, work, out, FaultStack.fileSink(stack, out));
    }

    public static InProcessPipeline start(RealStack stack, Path work, Path out, Settings sinkSettings) throws InterruptedException {
        SinkThread sink = SinkThread.start(sinkSettings);
        Settings settings = FaultStack.extractor(stack, work.resolve("streams"));
        Extractors extractors = Extractors.fromSettings(settings);
        ExtractorApp extractor = ExtractorApp.start(settings, extractors::newExtractionFunction, extractors.version());
        if (!extractor.awaitRunning(Duration.ofSeconds(90))) {
            extractor.close();
            sink.close();
            throw new AssertionError("the extractor did not reach RUNNING within 90 s");
        }
        return new InProcessPipeline(out, extractor, sink);
    }

    @Override
    public void close() throws InterruptedException {
        try {
            extractor.close();
        } finally {
            sink.close();
        }
    }

    /** A sink running on its own thread, with its failure if it died. */
    public static final class SinkThread implements AutoCloseable {
        public final EventSink sink;
        public final Thread thread;
        public final AtomicReference<Throwable> failure = new AtomicReference<>();

        private SinkThread(EventSink sink) {
            this.sink = sink;
            this.thread = new Thread(() -> {
                try {
                    sink.run();
                } catch (Throwable t) {
                    failure.set(t);
                }
            }, "faults-sink");
        }

        public static SinkThread start(Settings settings) {
            SinkThread s = new SinkThread(EventSinks.create(settings));
            s.thread.start();
            return s;
        }

        @Override
        public void close() throws InterruptedException {
            sink.stop();
            thread.join(60_000);
        }
    }
}
