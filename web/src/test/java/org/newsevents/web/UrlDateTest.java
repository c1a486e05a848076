package org.newsevents.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlDateTest {
    @ParameterizedTest
    @CsvSource({
        "https://www.example.com/news/2018/07/26/some-story/, 2018-07-26",
        "https://www.example.com/2018/7/6/story.html, 2018-07-06",
        "https://example.com/world/2018-07-26/story, 2018-07-26",
        "https://example.com/story-2018-07-26.html, 2018-07-26",
        "https://example.com/archive/20180726/story, 2018-07-26",
        "https://example.com/a/story_20180726.html, 2018-07-26",
        "https://www.example.com/world/2018/jul/26/story, 2018-07-26",
        "https://www.example.com/world/2018/July/26/story, 2018-07-26",
        "https://www.example.com/world/2018/sept/26/story, 2018-09-26",
        "/news/2019/11/18/investing/index.html, 2019-11-18",
    })
    void readsTheDateFormsNewsSitesPutInPaths(String url, String day) {
        assertThat(UrlDate.of(url)).contains(LocalDate.parse(day));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://example.com/news/story-about-things",
        "https://example.com/2018/13/45/impossible",
        "https://example.com/search?from=2018-07-26",
        "https://example.com/item/1234567890123",
        "https://example.com/2018/07/",
        "https://example.com/1850/07/26/too-old",
    })
    void findsNoDateWhereThePathHasNone(String url) {
        assertThat(UrlDate.of(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void blankUrlsHaveNoDate(String url) {
        assertThat(UrlDate.of(url)).isEmpty();
        assertThat(UrlDate.of(null)).isEmpty();
    }
}
