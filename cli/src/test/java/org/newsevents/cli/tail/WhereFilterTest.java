package org.newsevents.cli.tail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.schemas.SanctionsMention;
import org.newsevents.schemas.Statement;

class WhereFilterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode sanction() throws Exception {
        return JSON.readTree("""
            {"action":"THREATEN","imposer":{"code":"USA","name":"US"},
             "targets":[{"code":"RUS","name":"Russia"},{"code":"PRK","name":"North Korea"}],"start":42,"date":null}""");
    }

    private static WhereFilter where(String... expressions) {
        return WhereFilter.parse(List.of(expressions));
    }

    @Test
    void matchesTopLevelField() throws Exception {
        assertThat(where("action=THREATEN").matches(sanction())).isTrue();
        assertThat(where("action=IMPOSE").matches(sanction())).isFalse();
    }

    @Test
    void followsDottedPathIntoNestedRecord() throws Exception {
        assertThat(where("imposer.code=USA").matches(sanction())).isTrue();
        assertThat(where("imposer.code=RUS").matches(sanction())).isFalse();
    }

    @Test
    void matchesWhenAnyArrayElementHasTheValue() throws Exception {
        assertThat(where("targets.code=PRK").matches(sanction())).isTrue();
        assertThat(where("targets.code=RUS").matches(sanction())).isTrue();
        assertThat(where("targets.code=USA").matches(sanction())).isFalse();
    }

    @Test
    void requiresEveryConditionToHold() throws Exception {
        assertThat(where("action=THREATEN", "imposer.code=USA").matches(sanction())).isTrue();
        assertThat(where("action=THREATEN", "imposer.code=EU").matches(sanction())).isFalse();
    }

    @Test
    void comparesNumbersAndNullsAsText() throws Exception {
        assertThat(where("start=42").matches(sanction())).isTrue();
        assertThat(where("date=null").matches(sanction())).isTrue();
        assertThat(where("date=2023-01-01").matches(sanction())).isFalse();
    }

    @Test
    void valueMayContainEqualsSignsAndSpaces() throws Exception {
        JsonNode statement = JSON.readTree("{\"speaker\":{\"name\":\"Matthew Miller\"},\"quote\":\"a=b\"}");
        assertThat(where("speaker.name=Matthew Miller", "quote=a=b").matches(statement)).isTrue();
    }

    @Test
    void missingFieldNeverMatches() throws Exception {
        assertThat(where("imposer.title=x").matches(sanction())).isFalse();
        assertThat(where("imposer=USA").matches(sanction())).isFalse();
    }

    @Test
    void noConditionsMatchEverything() throws Exception {
        assertThat(WhereFilter.parse(List.of()).matches(sanction())).isTrue();
    }

    @Test
    void rejectsExpressionWithoutEqualsSign() {
        assertThatThrownBy(() -> where("action")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("expected field=value");
    }

    @Test
    void rejectsEmptyPathSegment() {
        assertThatThrownBy(() -> where("imposer..code=USA")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("empty name");
        assertThatThrownBy(() -> where("=USA")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsPathsThatExistInTheSchema() {
        where("action=THREATEN", "imposer.code=USA", "targets.code=PRK").validate(SanctionsMention.getClassSchema());
        where("speaker.name=x", "speaker.title=null", "direct=true").validate(Statement.getClassSchema());
    }

    @Test
    void rejectsMisspeltFieldNamingTheFieldsThatExist() {
        assertThatThrownBy(() -> where("actoin=THREATEN").validate(SanctionsMention.getClassSchema()))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("no field 'actoin'").hasMessageContaining("action");
        assertThatThrownBy(() -> where("imposer.iso=USA").validate(SanctionsMention.getClassSchema()))
            .hasMessageContaining("no field 'iso'");
    }

    @Test
    void rejectsPathEndingOnARecord() {
        assertThatThrownBy(() -> where("imposer=USA").validate(SanctionsMention.getClassSchema()))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is a record");
    }

    @Test
    void rejectsPathBelowAPlainField() {
        assertThatThrownBy(() -> where("action.code=X").validate(SanctionsMention.getClassSchema()))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no fields");
    }
}
