package org.newsevents.ingest.validation;

import org.newsevents.web.WebPage;
import org.newsevents.web.WebPages;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Checks raw input and turns it into a {@link FeedItem}, or refuses it with a {@link RejectReason}:
 * TOO_LARGE (more than {@code maxBytes} bytes), BINARY (NUL), INVALID_UTF8 (see {@link TextDecoder} for the
 * charset policy), EMPTY (nothing but white space), and for JSON input MALFORMED_JSON (not exactly one JSON
 * object), MISSING_TEXT (no string {@code text}) and INVALID_FIELD (an optional field that is not a string).
 * Unknown JSON fields are ignored so feeds can carry extra data. Input that is HTML (it opens with a tag and
 * closes one, or a JSON item says {@code "contentType": "text/html"}) is a web page: NO_ARTICLE_TEXT when no
 * article body is found in it. Thread-safe.
 */
public final class ArticleValidator {
    // Jackson quotes the offending token (up to 256 chars of the article) in its messages, and the message
    // becomes the rejection's detail, which is logged: a token length of 0 keeps article text out of logs.
    private static final ObjectReader JSON = JsonMapper.builder(JsonFactory.builder()
            .errorReportConfiguration(ErrorReportConfiguration.builder().maxErrorTokenLength(0).maxRawContentLength(0).build())
            .build())
        .build().reader()
        .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final int maxBytes;

    public ArticleValidator(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public int maxBytes() {
        return maxBytes;
    }

    /**
     * A plain-text article.
     *
     * @param bytes the input, possibly cut short by the reader
     * @param size  the input's full size in bytes (larger than {@code bytes.length} when cut)
     */
    public FeedItem plainText(byte[] bytes, long size) throws InvalidArticleException {
        checkSize(size);
        String text = TextDecoder.decodePlainText(bytes);
        checkText(text);
        return WebPages.looksLikeHtml(text) ? webPage(FeedItem.ofText(text)) : FeedItem.ofText(text);
    }

    /** A JSON object {@code {"text": ..., "id"?, "source"?, "url"?, "title"?, "published"?}} (one JSON Lines line). */
    public FeedItem jsonObject(byte[] bytes, long size) throws InvalidArticleException {
        checkSize(size);
        String json = TextDecoder.decodeUtf8(bytes);
        if (isBlank(json)) {
            throw new InvalidArticleException(RejectReason.EMPTY, "no JSON object, only white space");
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException(RejectReason.MALFORMED_JSON, "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidArticleException(RejectReason.MALFORMED_JSON, "not valid JSON: " + e.getMessage());
        }
        if (node == null || node.isMissingNode() || !node.isObject()) {
            throw new InvalidArticleException(RejectReason.MALFORMED_JSON,
                "expected one JSON object, found " + (node == null || node.isMissingNode() ? "nothing" : node.getNodeType()));
        }
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) {
            throw new InvalidArticleException(RejectReason.MISSING_TEXT, "the JSON object has no \"text\"");
        }
        if (!text.isTextual()) {
            throw new InvalidArticleException(RejectReason.MISSING_TEXT, "\"text\" is a " + text.getNodeType() + ", not a string");
        }
        String value = text.textValue();
        int nul = value.indexOf('\0');
        if (nul >= 0) {
            throw new InvalidArticleException(RejectReason.BINARY, "NUL character in \"text\" at index " + nul);
        }
        checkText(value);
        FeedItem item = new FeedItem(value, optional(node, "id"), optional(node, "source"), optional(node, "url"),
            optional(node, "title"), optional(node, "published"));
        return WebPages.isHtmlMediaType(optional(node, "contentType")) || WebPages.looksLikeHtml(value) ? webPage(item) : item;
    }

    /** A web page is refused NO_ARTICLE_TEXT when no article body is found in it (same step as the extractor's). */
    private static FeedItem webPage(FeedItem item) throws InvalidArticleException {
        WebPage page = WebPages.read(item.text(), item.url());
        if (!page.hasArticleText()) {
            throw new InvalidArticleException(RejectReason.NO_ARTICLE_TEXT,
                "a web page without article text (script-only, a stub, an index or error page)");
        }
        return item.asWebPage(page.body());
    }

    /** An item a structured source (a feed) built: checked as a JSON object's would be, a web page when its content type is HTML. */
    public FeedItem item(FeedItem item) throws InvalidArticleException {
        if (item.text() == null) {
            throw new InvalidArticleException(RejectReason.MISSING_TEXT, "the item has no text");
        }
        int nul = item.text().indexOf('\0');
        if (nul >= 0) {
            throw new InvalidArticleException(RejectReason.BINARY, "NUL character in the text at index " + nul);
        }
        checkText(item.text());
        return WebPages.isHtmlMediaType(item.contentType()) ? webPage(item) : item;
    }

    private void checkSize(long size) throws InvalidArticleException {
        if (size > maxBytes) {
            throw new InvalidArticleException(RejectReason.TOO_LARGE, size + " bytes, more than the limit of " + maxBytes);
        }
    }

    private void checkText(String text) throws InvalidArticleException {
        if (isBlank(text)) {
            throw new InvalidArticleException(RejectReason.EMPTY,
                text.isEmpty() ? "no text" : "only white space (" + text.length() + " characters)");
        }
        // UTF-16 input can grow when re-encoded as UTF-8 for Kafka; the limit holds for what is sent.
        long utf8 = text.getBytes(StandardCharsets.UTF_8).length;
        if (utf8 > maxBytes) {
            throw new InvalidArticleException(RejectReason.TOO_LARGE, "text is " + utf8 + " bytes as UTF-8, more than the limit of " + maxBytes);
        }
    }

    /** White space in the Unicode sense too: no-break and zero-width spaces, BOMs, direction marks. */
    static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && Character.getType(cp) != Character.FORMAT) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static String optional(JsonNode node, String field) throws InvalidArticleException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidArticleException(RejectReason.INVALID_FIELD, "\"" + field + "\" is a " + value.getNodeType() + ", not a string");
        }
        return value.textValue();
    }
}
