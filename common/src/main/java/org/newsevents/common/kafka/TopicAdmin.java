package org.newsevents.common.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.newsevents.common.config.Settings;
import org.newsevents.schemas.Topics;

/**
 * Creates the pipeline's topics when missing. {@code news.articles} is compacted by article id
 * and never deleted by time, so the whole corpus stays replayable. Event topics cannot be
 * compacted (an article key carries many events), so they keep time-unbounded retention.
 */
public final class TopicAdmin {
    private TopicAdmin() {
    }

    public static List<NewTopic> pipelineTopics(int partitions, short replication) {
        List<NewTopic> topics = new ArrayList<>();
        topics.add(new NewTopic(Topics.ARTICLES, partitions, replication).configs(Map.of(
            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
            TopicConfig.RETENTION_MS_CONFIG, "-1",
            TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(12 * 1024 * 1024))));
        for (String t : List.of(Topics.SUMMARIES, Topics.DATES, Topics.STATEMENTS, Topics.SANCTIONS, Topics.DLQ)) {
            topics.add(new NewTopic(t, partitions, replication).configs(Map.of(
                TopicConfig.RETENTION_MS_CONFIG, "-1",
                TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(12 * 1024 * 1024))));
        }
        return topics;
    }

    /** Creates whichever pipeline topics do not exist yet; existing ones are left as they are. */
    public static void ensureTopics(Settings settings, int partitions, short replication) {
        try (Admin admin = Admin.create(KafkaClients.base(settings))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = pipelineTopics(partitions, replication).stream()
                .filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                throw new IllegalStateException("cannot create topics: " + e.getCause().getMessage(), e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }
}
