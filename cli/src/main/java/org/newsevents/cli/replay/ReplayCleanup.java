package org.newsevents.cli.replay;

import java.util.List;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * After a finished replay: removes its consumer group and its internal topics ({@code <application.id>-*},
 * the dedupe store's changelog), as Kafka's application reset tool would, so the next replay with the
 * same extractor version starts from the beginning again and nothing piles up on the cluster.
 */
public final class ReplayCleanup {
    private ReplayCleanup() {
    }

    /** @return the internal topics deleted */
    public static List<String> deleteGroupAndInternalTopics(Admin admin, String applicationId)
            throws ExecutionException, InterruptedException {
        deleteGroup(admin, applicationId);
        List<String> internal = admin.listTopics().names().get().stream()
            .filter(t -> t.startsWith(applicationId + "-")).sorted().toList();
        if (!internal.isEmpty()) {
            try {
                admin.deleteTopics(internal).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
            }
        }
        return internal;
    }

    public static void deleteGroup(Admin admin, String groupId) throws ExecutionException, InterruptedException {
        try {
            admin.deleteConsumerGroups(List.of(groupId)).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                throw e;
            }
        }
    }
}
