package org.newsevents.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Headline, publication date, canonical URL, author and language from a page's meta tags, JSON-LD and markup. */
final class PageMetadata {
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");

    private PageMetadata() {}

    static Optional<String> headline(Document page, JsonLd ld) {
        return first(meta(page, "property", "og:title"), meta(page, "name", "twitter:title"), ld.headline(),
            text(page.selectFirst("h1")), Optional.of(page.title()).filter(t -> !t.isBlank()));
    }

    /** article:published_time, JSON-LD datePublished, the first {@code <time datetime>}, meta name=date and kin. */
    static Optional<LocalDate> published(Document page, JsonLd ld) {
        return Stream.of(meta(page, "property", "article:published_time"), meta(page, "itemprop", "datePublished"),
                ld.datePublished(), Optional.ofNullable(page.selectFirst("time[datetime]")).map(t -> t.attr("datetime")),
                meta(page, "name", "date"), meta(page, "name", "pubdate"), meta(page, "name", "dc.date"),
                meta(page, "name", "DC.date.issued"), meta(page, "name", "sailthru.date"), meta(page, "name", "parsely-pub-date"))
            .flatMap(Optional::stream).map(PageMetadata::day).flatMap(Optional::stream).findFirst();
    }

    static Optional<String> canonicalUrl(Document page) {
        Element link = page.selectFirst("link[rel=canonical][href]");
        return first(Optional.ofNullable(link).map(l -> l.absUrl("href")).filter(s -> !s.isBlank()),
            meta(page, "property", "og:url"));
    }

    static Optional<String> author(Document page, JsonLd ld) {
        return first(meta(page, "name", "author"), meta(page, "property", "article:author").filter(a -> !a.startsWith("http")),
            ld.author(), text(page.selectFirst("[rel=author]")));
    }

    static Optional<String> language(Document page) {
        Element html = page.selectFirst("html");
        return first(Optional.ofNullable(html).map(h -> h.attr("lang").strip()).filter(s -> !s.isEmpty()),
            meta(page, "http-equiv", "content-language"));
    }

    /** The calendar day as the page states it (its own offset, not converted to UTC). */
    static Optional<LocalDate> day(String raw) {
        String s = raw.strip();
        Matcher iso = ISO_DAY.matcher(s);
        if (iso.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3))));
            } catch (java.time.DateTimeException notADay) {
                return Optional.empty();
            }
        }
        for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.RFC_1123_DATE_TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME}) {
            try {
                return Optional.of(ZonedDateTime.parse(s, f).toLocalDate());
            } catch (DateTimeParseException next) {
                // next format
            }
        }
        try {
            return Optional.of(OffsetDateTime.parse(s).toLocalDate());
        } catch (DateTimeParseException none) {
            return Optional.empty();
        }
    }

    private static Optional<String> meta(Document page, String attribute, String name) {
        for (Element m : page.select("meta[" + attribute + "]")) {
            if (m.attr(attribute).equalsIgnoreCase(name)) {
                String content = m.hasAttr("content") ? m.attr("content") : m.attr("datetime");
                if (!content.isBlank()) return Optional.of(content.strip());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(Element e) {
        return Optional.ofNullable(e).map(Element::text).map(String::strip).filter(s -> !s.isEmpty());
    }

    @SafeVarargs
    private static Optional<String> first(Optional<String>... candidates) {
        return Stream.of(candidates).flatMap(Optional::stream).findFirst();
    }
}
