package org.newsevents.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.common.config.Settings;
import org.newsevents.common.ids.ContentHash;
import org.newsevents.ingest.ArticleIntake;
import org.newsevents.ingest.RealTopics;
import org.newsevents.ingest.publish.ArticlePublisher;
import org.newsevents.schemas.Article;
import org.newsevents.schemas.Topics;

class FolderWatcherIT {
    private static Settings settings;

    @TempDir
    Path folder;
    @TempDir
    Path stateDir;

    @BeforeAll
    static void stack() {
        settings = RealTopics.settings(Map.of());
    }

    private static String english() {
        return "The central bank said on Thursday that it would keep interest rates unchanged until the spring, "
            + "officials told reporters. Reference " + UUID.randomUUID() + ".\n";
    }

    private WatchOptions options() {
        return new WatchOptions(stateDir, 300, 200, List.of("*.txt", "*.jsonl"));
    }

    @Test
    void watchedFolderPublishesEachFileExactlyOnceAcrossAStopAndRestart() throws Exception {
        String a = english();
        String b = english();
        String c = english();
        String d = english();
        String e1 = english();
        String e2 = english();

        ArticleIntake intake = ArticleIntake.create(settings);
        try (ArticlePublisher first = ArticlePublisher.create(settings)) {
            FolderWatcher watcher = new FolderWatcher(folder, intake, first, options());
            watcher.start();
            Files.writeString(folder.resolve("a.txt"), a);
            Files.writeString(folder.resolve("b.txt"), b);
            Files.writeString(folder.resolve("c.txt.part"), c);
            RealTopics.await("a and b published", Duration.ofSeconds(60), () -> watcher.filesPublished() == 2);
            watcher.stop();
            watcher.awaitTermination();
            assertThat(first.summary().accepted()).isEqualTo(2);
        }

        // While no watcher runs: a new file, a finished rename, and a touched file whose content was already sent.
        Files.writeString(folder.resolve("d.txt"), d);
        Files.move(folder.resolve("c.txt.part"), folder.resolve("c.txt"));
        Files.setLastModifiedTime(folder.resolve("a.txt"), FileTime.fromMillis(System.currentTimeMillis() + 10_000));

        try (ArticlePublisher second = ArticlePublisher.create(settings)) {
            FolderWatcher watcher = new FolderWatcher(folder, intake, second, options());
            watcher.start();
            RealTopics.await("c and d published after restart", Duration.ofSeconds(60), () -> watcher.filesPublished() == 2);

            // A writer appending in place: read only once complete.
            Path e = folder.resolve("e.txt");
            Files.writeString(e, e1);
            Thread.sleep(100);
            Files.writeString(e, e2, StandardOpenOption.APPEND);
            RealTopics.await("e published", Duration.ofSeconds(60), () -> watcher.filesPublished() == 3);
            watcher.stop();
            watcher.awaitTermination();
            assertThat(second.summary().accepted()).isEqualTo(3);
            assertThat(second.summary().duplicates()).isZero();
        }

        List<Article> articles = RealTopics.<Article>readAll(settings, Topics.ARTICLES).stream().map(ConsumerRecord::value)
            .filter(x -> x.getSource().startsWith(folder.toString())).toList();
        assertThat(articles).extracting(Article::getId).containsExactlyInAnyOrder(ContentHash.sha256Hex(a), ContentHash.sha256Hex(b),
            ContentHash.sha256Hex(c), ContentHash.sha256Hex(d), ContentHash.sha256Hex(e1 + e2));
        assertThat(articles).extracting(Article::getSource).containsExactlyInAnyOrder(
            Path.of(folder.toString(), "a.txt").toString(), folder.resolve("b.txt").toString(), folder.resolve("c.txt").toString(),
            folder.resolve("d.txt").toString(), folder.resolve("e.txt").toString());
        assertThat(Files.exists(FolderWatcher.stateFile(stateDir, folder))).isTrue();
    }
}
