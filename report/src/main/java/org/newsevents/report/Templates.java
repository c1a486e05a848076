package org.newsevents.report;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The report's Pebble templates ({@code templates/*.peb}). Auto-escaping is on (Pebble's default, and
 * set here so it cannot be lost): every value from the data, including what goes into attributes, is
 * HTML-escaped, so article text and event fields show as text and never as markup or script.
 */
final class Templates {
    private final PebbleEngine engine;

    Templates() {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix("org/newsevents/report/templates");
        loader.setSuffix(".peb");
        engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).defaultEscapingStrategy("html")
            .strictVariables(true).newLineTrimming(false).build();
    }

    /**
     * Renders a template to {@code file}; {@code root} is the way back to the report's top folder
     * ("" or "../"), for links and assets.
     */
    void render(String template, Map<String, Object> model, Path file, String root) {
        Map<String, Object> context = new HashMap<>(model);
        context.put("root", root);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            // A lone surrogate (the text may carry one: ingest keeps what it was given) cannot be
            // encoded; it is written as '?' rather than failing the whole report.
            CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), utf8))) {
                engine.getTemplate(template).evaluate(out, context);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
