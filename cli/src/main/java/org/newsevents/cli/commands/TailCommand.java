package org.newsevents.cli.commands;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.newsevents.cli.support.ConnectionOptions;
import org.newsevents.cli.tail.EventTail;
import org.newsevents.cli.tail.TailTopic;
import org.newsevents.cli.tail.WhereFilter;
import org.newsevents.common.config.CommonConfig;
import org.newsevents.common.config.Settings;
import org.newsevents.common.kafka.KafkaClients;
import org.newsevents.common.kafka.RegistrySerdes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tail}: prints decoded events of one type as JSON lines as they arrive. */
@Command(name = "tail", mixinStandardHelpOptions = true,
    description = {"Print events as JSON lines as they arrive: statements, dates, sanctions, or articles (the",
        "per-article summaries of news.events.articles). Reads committed transactions only (read_committed), with",
        "no consumer group and no commits. E.g. tail sanctions --where action=THREATEN --where imposer.code=USA;",
        "tail sanctions --where targets.code=PRK (any target); tail statements --where speaker.name='Matthew Miller'."})
public final class TailCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TYPE", description = "statements | dates | sanctions | articles")
    String type;

    @Option(names = "--from-beginning", description = "Start at the oldest event instead of the next new one.")
    boolean fromBeginning;

    @Option(names = "--where", paramLabel = "FIELD=VALUE",
        description = "Only events whose field (dotted path into the JSON; any element of an array) equals VALUE. "
            + "Repeatable; all must hold.")
    List<String> where = new ArrayList<>();

    @Option(names = "--max", paramLabel = "N", defaultValue = "0",
        description = "Stop after N printed events (default ${DEFAULT-VALUE}: no limit).")
    long max;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "0",
        description = "Stop after this many seconds (default ${DEFAULT-VALUE}: run until Ctrl-C).")
    long timeoutSeconds;

    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        TailTopic topic;
        WhereFilter filter;
        try {
            topic = TailTopic.parse(type);
            filter = WhereFilter.parse(where);
            filter.validate(topic.schema());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (max < 0 || timeoutSeconds < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max and --timeout must not be negative");
        }
        Settings settings = connection.load("tail", CommonConfig.define());
        Map<String, Object> props = KafkaClients.base(settings);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsevents-tail");
        props.putAll(settings.clientPassthrough());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            EventTail tail = new EventTail(consumer, RegistrySerdes.<SpecificRecord>deserializer(settings), filter,
                spec.commandLine().getOut(), spec.commandLine().getErr());
            CountDownLatch done = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                tail.stop();
                try {
                    done.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "tail-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                tail.run(topic.topic(), fromBeginning, max, Duration.ofSeconds(timeoutSeconds));
            } finally {
                done.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // already shutting down
                }
            }
        }
        return 0;
    }
}
