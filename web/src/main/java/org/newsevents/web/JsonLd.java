package org.newsevents.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The schema.org article object (NewsArticle, Article, BlogPosting...) a page declares in JSON-LD, if any. */
public record JsonLd(JsonNode article) {
    private static final ObjectMapper JSON = JsonMapper.builder()
        .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
            JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
        .enable(JsonParser.Feature.IGNORE_UNDEFINED)
        .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
        "analysisnewsarticle", "blogposting", "opinionnewsarticle", "backgroundnewsarticle", "livebloguposting",
        "liveblogposting", "techarticle", "scholarlyarticle", "report", "socialmediaposting", "webpage");

    private static final JsonLd NONE = new JsonLd(null);

    public static JsonLd of(Document page) {
        List<JsonNode> found = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data().strip()), found);
            } catch (Exception unreadable) {
                // A page's broken JSON-LD is its problem: the other metadata sources still apply.
            }
        }
        // Prefer a real article type over a generic WebPage.
        return found.stream().filter(n -> !isType(n, "webpage")).findFirst()
            .or(() -> found.stream().findFirst()).map(JsonLd::new).orElse(NONE);
    }

    private static void collect(JsonNode node, List<JsonNode> found) {
        if (node == null) return;
        if (node.isArray()) {
            node.forEach(n -> collect(n, found));
            return;
        }
        if (!node.isObject()) return;
        if (node.has("@graph")) collect(node.get("@graph"), found);
        if (ARTICLE_TYPES.stream().anyMatch(t -> isType(node, t))) found.add(node);
        else if (node.has("mainEntity")) collect(node.get("mainEntity"), found);
    }

    private static boolean isType(JsonNode node, String type) {
        JsonNode t = node.get("@type");
        if (t == null) return false;
        if (t.isArray()) {
            for (JsonNode each : t) if (each.asText().equalsIgnoreCase(type)) return true;
            return false;
        }
        return t.asText().equalsIgnoreCase(type);
    }

    public Optional<String> articleBody() {
        return text("articleBody").map(body -> body.contains("<") || body.contains("&") ? Jsoup.parse(body).text() : body);
    }

    public Optional<String> datePublished() {
        return text("datePublished").or(() -> text("dateCreated"));
    }

    public Optional<String> headline() {
        return text("headline").or(() -> text("name"));
    }

    public Optional<String> author() {
        if (article == null) return Optional.empty();
        JsonNode author = article.get("author");
        if (author == null) return Optional.empty();
        JsonNode first = author.isArray() && author.size() > 0 ? author.get(0) : author;
        String name = first.isObject() ? first.path("name").asText("") : first.asText("");
        return name.isBlank() ? Optional.empty() : Optional.of(name.strip());
    }

    private Optional<String> text(String field) {
        if (article == null) return Optional.empty();
        JsonNode value = article.get(field);
        if (value != null && value.isArray() && value.size() > 0) value = value.get(0);
        if (value == null || !value.isValueNode()) return Optional.empty();
        String s = value.asText("").strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
