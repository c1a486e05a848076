package org.newsevents.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.common.ids.ContentHash;
import org.newsevents.schemas.Article;

class SyntheticCorpusTest {
    private static final List<String> SEEDS = List.of("First seed article.\nIt said so.\n", "Second seed article.");

    @Test
    void givesEveryArticleADistinctTextAndIdFromItsText() {
        List<Article> articles = SyntheticCorpus.build(SEEDS, 0, 500);

        assertThat(articles).hasSize(500);
        assertThat(articles.stream().map(Article::getId).distinct()).hasSize(500);
        assertThat(articles.stream().map(Article::getText).distinct()).hasSize(500);
        assertThat(articles).allSatisfy(a -> assertThat(a.getId()).isEqualTo(ContentHash.sha256Hex(a.getText())));
    }

    @Test
    void cyclesThroughTheSeedsAndEndsEachTextWithItsRefLine() {
        List<Article> articles = SyntheticCorpus.build(SEEDS, 7, 3);

        assertThat(articles).extracting(Article::getText).containsExactly(
            "Second seed article.\n\nRef 7.\n", "First seed article.\nIt said so.\n\nRef 8.\n", "Second seed article.\n\nRef 9.\n");
        assertThat(articles).extracting(Article::getSource).containsExactly("bench/7", "bench/8", "bench/9");
        assertThat(articles).allSatisfy(a -> assertThat(a.getLanguage()).isEqualTo("eng"));
    }

    @Test
    void isDeterministic() {
        assertThat(SyntheticCorpus.build(SEEDS, 0, 50)).isEqualTo(SyntheticCorpus.build(SEEDS, 0, 50));
    }

    @Test
    void disjointRefRangesGiveDisjointIds() {
        List<String> first = SyntheticCorpus.build(SEEDS, 0, 100).stream().map(Article::getId).toList();
        List<String> second = SyntheticCorpus.build(SEEDS, 100, 100).stream().map(Article::getId).toList();

        assertThat(first).doesNotContainAnyElementsOf(second);
    }

    @Test
    void refusesAnEmptySeedList() {
        assertThatThrownBy(() -> SyntheticCorpus.build(List.of(), 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
