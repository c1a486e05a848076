package org.newsevents.ingest.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.newsevents.ingest.publish.IngestSummary;
import org.newsevents.ingest.source.StdinFormat;
import org.newsevents.ingest.validation.RejectReason;
import org.newsevents.schemas.Article;
import org.newsevents.schemas.DeadLetter;
import org.newsevents.schemas.Topics;

class BulkIngestIT {
    private static Settings settings;

    @TempDir
    Path dir;

    @BeforeAll
    static void stack() {
        settings = RealTopics.settings(Map.of("ingest.max.bytes", "2000"));
    }

    /** A fresh English article, unique to this run so the shared broker's earlier records never match. */
    static String english() {
        return "The foreign ministry said on Monday that talks with the delegation would resume next week, "
            + "according to a statement. Reference " + UUID.randomUUID() + ".\n";
    }

    private IngestSummary run(List<String> inputs, String stdin) {
        try (ArticlePublisher publisher = ArticlePublisher.create(settings)) {
            BulkIngest bulk = new BulkIngest(ArticleIntake.create(settings), publisher,
                new BulkOptions(List.of("*.txt", "*.jsonl"), StdinFormat.AUTO, false, System.out));
            return bulk.run(inputs, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private List<Article> articlesFrom(String sourcePrefix) {
        return RealTopics.<Article>readAll(settings, Topics.ARTICLES).stream().map(ConsumerRecord::value)
            .filter(a -> a.getSource().startsWith(sourcePrefix)).toList();
    }

    private List<DeadLetter> deadLettersFrom(String sourcePrefix) {
        return RealTopics.<DeadLetter>readAll(settings, Topics.DLQ).stream().map(ConsumerRecord::value)
            .filter(d -> d.getSource() != null && d.getSource().startsWith(sourcePrefix)).toList();
    }

    @Test
    void bulkFolderWithDuplicatesSendsEachDistinctArticleOnce() throws Exception {
        String a = english();
        String b = english();
        String c = english();
        String d = english();
        String feedId = "feed-" + UUID.randomUUID();
        Files.writeString(dir.resolve("a.txt"), a);
        Files.writeString(dir.resolve("b.txt"), b);
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/a-again.txt"), a);
        Files.writeString(dir.resolve("notes.md"), english());
        String feed = "{\"text\":" + json(c) + "}\n"
            + "{\"text\":" + json(a) + "}\n"
            + "{\"text\":" + json(d) + ",\"id\":\"" + feedId + "\",\"url\":\"https://example.org/d\",\"title\":\"Talks\",\"published\":\"2024-03-01\"}\n"
            + "{\"text\":" + json(d) + ",\"id\":\"" + feedId + "\"}\n";
        Files.writeString(dir.resolve("feed.jsonl"), feed);

        IngestSummary summary = run(List.of(dir.toString()), "");

        assertThat(summary.accepted()).isEqualTo(4);
        assertThat(summary.duplicates()).as("a twice more, feed id once more").isEqualTo(3);
        assertThat(summary.rejected()).isEmpty();
        List<Article> articles = articlesFrom(dir.toString());
        assertThat(articles).extracting(Article::getId).containsExactlyInAnyOrder(
            ContentHash.sha256Hex(a), ContentHash.sha256Hex(b), ContentHash.sha256Hex(c), feedId);
        Article fromFeed = articles.stream().filter(x -> x.getId().equals(feedId)).findFirst().orElseThrow();
        assertThat(fromFeed.getText()).isEqualTo(d);
        assertThat(fromFeed.getUrl()).isEqualTo("https://example.org/d");
        assertThat(fromFeed.getTitle()).isEqualTo("Talks");
        assertThat(fromFeed.getPublished()).isEqualTo("2024-03-01");
        assertThat(fromFeed.getSource()).isEqualTo(dir.resolve("feed.jsonl") + ":3");
        assertThat(articles).allSatisfy(x -> assertThat(x.getLanguage()).isEqualTo("eng"));
        assertThat(deadLettersFrom(dir.toString())).isEmpty();
    }

    @Test
    void eachBadInputClassIsRejectedWithItsReasonAndNonEnglishIsFlaggedNotRejected() throws Exception {
        String german = "Die Regierung kündigte am Dienstag neue Sanktionen gegen das Unternehmen an, wie aus einer Erklärung "
            + "des Außenministeriums hervorgeht. Referenz " + UUID.randomUUID() + ".";
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("blank.txt"), " \n\t \n");
        byte[] binary = ("PNG" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        binary[1] = 0;
        Files.write(dir.resolve("binary.txt"), binary);
        byte[] latin1 = ("Caf\u00e9 " + UUID.randomUUID()).getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("latin1.txt"), latin1);
        String big = english().repeat(30);
        Files.writeString(dir.resolve("big.txt"), big);
        Files.writeString(dir.resolve("german.txt"), german);
        String feed = "{\"text\": \"unterminated " + UUID.randomUUID() + "\n"
            + "{\"title\":\"no text " + UUID.randomUUID() + "\"}\n"
            + "{\"text\":" + json(english()) + ",\"published\":\"last Tuesday\"}\n";
        Files.writeString(dir.resolve("bad.jsonl"), feed);

        IngestSummary summary = run(List.of(dir.toString()), "");

        assertThat(summary.accepted()).isEqualTo(1);
        assertThat(summary.rejected()).isEqualTo(Map.of(RejectReason.EMPTY, 2L, RejectReason.BINARY, 1L,
            RejectReason.INVALID_UTF8, 1L, RejectReason.TOO_LARGE, 1L, RejectReason.MALFORMED_JSON, 1L,
            RejectReason.MISSING_TEXT, 1L, RejectReason.INVALID_PUBLISHED, 1L));

        assertThat(articlesFrom(dir.toString())).singleElement().satisfies(a -> {
            assertThat(a.getLanguage()).isEqualTo("deu");
            assertThat(a.getText()).isEqualTo(german);
        });
        List<DeadLetter> letters = deadLettersFrom(dir.toString());
        assertThat(letters).extracting(l -> l.getSource().substring(dir.toString().length() + 1) + " " + l.getReason())
            .containsExactlyInAnyOrder("empty.txt EMPTY", "blank.txt EMPTY", "binary.txt BINARY", "latin1.txt INVALID_UTF8",
                "big.txt TOO_LARGE", "bad.jsonl:1 MALFORMED_JSON", "bad.jsonl:2 MISSING_TEXT", "bad.jsonl:3 INVALID_PUBLISHED");
        assertThat(letters).allSatisfy(l -> {
            assertThat(l.getStage()).isEqualTo("ingest");
            assertThat(l.getDetail()).isNotBlank();
        });
        assertThat(bytes(letters, "binary.txt")).isEqualTo(binary);
        assertThat(bytes(letters, "latin1.txt")).isEqualTo(latin1);
        assertThat(bytes(letters, "big.txt")).isEqualTo(big.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsStandardInputAsJsonLinesOrPlainText() throws Exception {
        String source = "stdin-it-" + UUID.randomUUID();
        String a = english();
        IngestSummary summary = run(List.of("-"), "{\"text\":" + json(a) + ",\"source\":\"" + source + "\"}\n");
        assertThat(summary.accepted()).isEqualTo(1);
        assertThat(articlesFrom(source)).extracting(Article::getId).containsExactly(ContentHash.sha256Hex(a));

        String b = english();
        assertThat(run(List.of("-"), b).accepted()).isEqualTo(1);
        assertThat(RealTopics.<Article>readAll(settings, Topics.ARTICLES)).filteredOn(r -> r.key().equals(ContentHash.sha256Hex(b)))
            .singleElement().satisfies(r -> assertThat(r.value().getSource()).isEqualTo("stdin"));
    }

    @Test
    void missingInputFailsBeforeSendingAnything() {
        assertThatThrownBy(() -> run(List.of(dir.resolve("nope").toString()), ""))
            .isInstanceOf(IngestInputException.class).hasMessageContaining("nope");
    }

    private static byte[] bytes(List<DeadLetter> letters, String name) {
        DeadLetter letter = letters.stream().filter(l -> l.getSource().endsWith("/" + name)).findFirst().orElseThrow();
        ByteBuffer buffer = letter.getOriginal().duplicate();
        byte[] out = new byte[buffer.remaining()];
        buffer.get(out);
        return out;
    }

    static String json(String s) throws Exception {
        return org.newsevents.common.json.AvroJson.mapper().writeValueAsString(s);
    }
}
