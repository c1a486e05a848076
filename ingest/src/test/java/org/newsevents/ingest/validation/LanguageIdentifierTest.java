package org.newsevents.ingest.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
    private final LanguageIdentifier languages = LanguageIdentifier.get();

    @Test
    void detectsEnglish() {
        assertThat(languages.detect("The government said on Tuesday it would impose new sanctions on the company, "
            + "according to a statement released by the foreign ministry.")).isEqualTo("eng");
    }

    @Test
    void detectsOtherLanguages() {
        assertThat(languages.detect("Die Regierung kündigte am Dienstag neue Sanktionen gegen das Unternehmen an, "
            + "wie aus einer Erklärung des Außenministeriums hervorgeht.")).isEqualTo("deu");
        assertThat(languages.detect("Le gouvernement a annoncé mardi de nouvelles sanctions contre l'entreprise, "
            + "selon un communiqué du ministère des Affaires étrangères.")).isEqualTo("fra");
    }

    @Test
    void callsTooShortTextsUndetermined() {
        assertThat(languages.detect("Hello")).isEqualTo("und");
        assertThat(languages.detect("12345 67890 !!!")).isEqualTo("und");
    }
}
