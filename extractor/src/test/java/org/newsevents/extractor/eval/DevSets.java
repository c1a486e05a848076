package org.newsevents.extractor.eval;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the development sets in {@code shared/eval/} beside the clone (or where a system property says). */
public final class DevSets {
    private DevSets() {
    }

    /** {@code shared/eval/<relative>} in this folder or the nearest parent holding one, or the property's value. */
    /** The seed gold, {@code shared/eval/gold}; {@code -Dnewsevents.gold=DIR} overrides. */
    public static Path seedGold() {
        return locate("newsevents.gold", "gold");
    }

    public static Path locate(String property, String relative) {
        String configured = System.getProperty(property);
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("eval").resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/eval/" + relative + " not found: pass -D" + property + "=PATH");
    }
}
