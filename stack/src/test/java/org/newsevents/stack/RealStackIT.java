package org.newsevents.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.newsevents.stack.testing.RealStack;

class RealStackIT {
    private final RealStack stack = RealStack.get();

    @Test
    void transactionalCommitIsSeenByReadCommittedConsumer() {
        String topic = "tx-" + UUID.randomUUID();
        stack.createTopics(topic);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "tx-" + UUID.randomUUID(),
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "aborted", "no"));
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "key", "committed"));
            producer.commitTransaction();
        }

        assertThat(readCommitted(topic, 1)).singleElement()
                .satisfies(r -> assertThat(r.value()).isEqualTo("committed"));
    }

    @Test
    void registryServesConfluentCompatibleApi() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(stack.ccompatUrl() + "/subjects")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("[");
        assertThat(stack.registryApiUrl()).isEqualTo(stack.registryUrl() + "/apis/registry/v3");
    }

    @Test
    void brokerComesBackAfterRestartWithItsTopics() {
        String topic = "restart-" + UUID.randomUUID();
        stack.createTopics(topic);

        stack.restartBroker();

        stack.createTopics(topic); // already there: kept, no error
        assertThat(readCommitted(topic, 0)).isEmpty();
    }

    private List<ConsumerRecord<String, String>> readCommitted(String topic, int expected) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "g-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(expected == 0 ? 3 : 30).toNanos();
            while (System.nanoTime() < deadline && records.size() <= expected) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                if (expected > 0 && records.size() >= expected) {
                    // One more short poll: an aborted record leaking through would show up here.
                    consumer.poll(Duration.ofMillis(500)).forEach(records::add);
                    break;
                }
            }
        }
        return records;
    }
}
