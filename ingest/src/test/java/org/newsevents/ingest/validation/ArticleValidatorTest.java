package org.newsevents.ingest.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArticleValidatorTest {
    private final ArticleValidator validator = new ArticleValidator(100);

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private FeedItem text(byte[] bytes) throws InvalidArticleException {
        return validator.plainText(bytes, bytes.length);
    }

    private FeedItem json(String json) throws InvalidArticleException {
        byte[] bytes = utf8(json);
        return validator.jsonObject(bytes, bytes.length);
    }

    private static void assertReason(ThrowingCall call, RejectReason reason) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidArticleException.class,
            e -> assertThat(e.reason()).isEqualTo(reason));
    }

    interface ThrowingCall {
        void run() throws Exception;
    }

    @Test
    void acceptsUtf8TextUnchanged() throws Exception {
        assertThat(text(utf8("Zürich, 3 May — talks resumed.\n")).text()).isEqualTo("Zürich, 3 May — talks resumed.\n");
    }

    @Test
    void rejectsEmptyArticle() {
        assertReason(() -> text(new byte[0]), RejectReason.EMPTY);
    }

    @Test
    void rejectsWhitespaceOnlyArticleIncludingUnicodeSpaces() {
        assertReason(() -> text(utf8(" \t\r\n ")), RejectReason.EMPTY);
        assertReason(() -> text(utf8("\u00a0\u2003\u200b\ufeff\n")), RejectReason.EMPTY);
    }

    @Test
    void rejectsBinaryArticle() {
        assertReason(() -> text(new byte[] {'a', 'b', 0, 'c'}), RejectReason.BINARY);
    }

    @Test
    void rejectsInvalidUtf8() {
        assertReason(() -> text(new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'o', 'k'}), RejectReason.INVALID_UTF8);
        assertReason(() -> text(new byte[] {'a', (byte) 0xC3}), RejectReason.INVALID_UTF8);
    }

    @Test
    void decodesUtf16WithByteOrderMark() throws Exception {
        byte[] be = "\uFEFFHello world".getBytes(StandardCharsets.UTF_16BE);
        byte[] le = "\uFEFFHello world".getBytes(StandardCharsets.UTF_16LE);
        assertThat(text(be).text()).isEqualTo("Hello world");
        assertThat(text(le).text()).isEqualTo("Hello world");
    }

    @Test
    void stripsUtf8ByteOrderMark() throws Exception {
        assertThat(text(utf8("\uFEFFHello")).text()).isEqualTo("Hello");
    }

    @Test
    void rejectsTooLargeBySizeEvenWhenTheReaderCutItShort() {
        assertReason(() -> text(utf8("x".repeat(101))), RejectReason.TOO_LARGE);
        assertReason(() -> validator.plainText(utf8("short"), 5_000_000), RejectReason.TOO_LARGE);
    }

    @Test
    void acceptsExactlyTheLimit() throws Exception {
        assertThat(text(utf8("x".repeat(100))).text()).hasSize(100);
    }

    @Test
    void readsJsonObjectWithFeedFields() throws Exception {
        byte[] bytes = utf8("{\"text\":\"Body.\",\"id\":\"feed-1\",\"source\":\"wire\",\"url\":\"http://x/1\",\"title\":\"T\",\"published\":\"2024-03-01\",\"extra\":1}");
        FeedItem item = new ArticleValidator(1000).jsonObject(bytes, bytes.length);
        assertThat(item).isEqualTo(new FeedItem("Body.", "feed-1", "wire", "http://x/1", "T", "2024-03-01"));
    }

    @Test
    void malformedJsonDetailDoesNotQuoteTheArticle() {
        assertThatThrownBy(() -> json("{\"text\": Sanctions were imposed on Tuesday}"))
            .isInstanceOfSatisfying(InvalidArticleException.class, e -> {
                assertThat(e.reason()).isEqualTo(RejectReason.MALFORMED_JSON);
                assertThat(e.detail()).startsWith("not valid JSON").doesNotContain("Sanctions").doesNotContain("imposed");
            });
    }

    @Test
    void rejectsMalformedJson() {
        assertReason(() -> json("{\"text\": \"unterminated"), RejectReason.MALFORMED_JSON);
        assertReason(() -> json("[\"text\"]"), RejectReason.MALFORMED_JSON);
        assertReason(() -> json("{\"text\":\"a\"} {\"text\":\"b\"}"), RejectReason.MALFORMED_JSON);
        assertReason(() -> json("{\"text\":\"a\",\"text\":\"b\"}"), RejectReason.MALFORMED_JSON);
    }

    @Test
    void rejectsJsonWithoutText() {
        assertReason(() -> json("{\"title\":\"no body\"}"), RejectReason.MISSING_TEXT);
        assertReason(() -> json("{\"text\":null}"), RejectReason.MISSING_TEXT);
        assertReason(() -> json("{\"text\":42}"), RejectReason.MISSING_TEXT);
    }

    @Test
    void rejectsJsonWithEmptyOrBinaryText() {
        assertReason(() -> json("{\"text\":\"  \"}"), RejectReason.EMPTY);
        assertReason(() -> json("{\"text\":\"a\\u0000b\"}"), RejectReason.BINARY);
        assertReason(() -> json("   "), RejectReason.EMPTY);
    }

    @Test
    void rejectsJsonFieldOfWrongType() {
        assertReason(() -> json("{\"text\":\"a\",\"url\":[1]}"), RejectReason.INVALID_FIELD);
    }

    @Test
    void rejectsJsonThatIsNotUtf8() {
        byte[] bytes = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xE9, '"', '}'};
        assertReason(() -> validator.jsonObject(bytes, bytes.length), RejectReason.INVALID_UTF8);
    }
}
