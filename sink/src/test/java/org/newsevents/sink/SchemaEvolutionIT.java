package org.newsevents.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.common.config.Settings;
import org.newsevents.common.kafka.RegistrySerdes;
import org.newsevents.schemas.Statement;
import org.newsevents.schemas.Topics;
import org.newsevents.sink.SinkHarness.Running;
import org.newsevents.sink.files.FileCompactor;

/** A newer extractor adds an optional field to Statement; the current sink must read its records. */
class SchemaEvolutionIT {
    @TempDir
    Path out;

    /** Statement v2: the current schema plus an optional {@code sentiment}. */
    private static Schema statementV2() {
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field f : Statement.getClassSchema().getFields()) {
            fields.add(new Schema.Field(f, f.schema()));
        }
        fields.add(new Schema.Field("sentiment",
            Schema.createUnion(Schema.create(Schema.Type.NULL), Schema.create(Schema.Type.STRING)),
            "added by a newer extractor", Schema.Field.NULL_DEFAULT_VALUE));
        Schema v1 = Statement.getClassSchema();
        return Schema.createRecord(v1.getName(), v1.getDoc(), v1.getNamespace(), false, fields);
    }

    private static GenericRecord asV2(Statement s, Schema v2) {
        GenericRecord r = new GenericData.Record(v2);
        for (Schema.Field f : Statement.getClassSchema().getFields()) {
            Object v = s.get(f.pos());
            if (v instanceof SpecificRecord nested) {
                GenericRecord g = new GenericData.Record(nested.getSchema());
                for (Schema.Field nf : nested.getSchema().getFields()) {
                    g.put(nf.pos(), nested.get(nf.pos()));
                }
                v = g;
            }
            r.put(f.name(), v);
        }
        r.put("sentiment", "positive");
        return r;
    }

    @Test
    void readsRecordsWrittenWithANewerSchemaThatAddsAnOptionalField() throws Exception {
        Settings settings = SinkHarness.settings(out.toString(), Map.of());
        Statement current = TestEvents.statement("se-1", "v3", 1);
        SinkHarness.produce(settings, List.of(TestEvents.statement("se-1", "v3", 0), TestEvents.summary("se-1", "v3", 2, 0, 0)));
        byte[] v1Bytes = RegistrySerdes.<Statement>serializer(settings).serialize(Topics.STATEMENTS, current);

        byte[] v2Bytes;
        try (AvroKafkaSerializer<GenericRecord> v2Serializer = new AvroKafkaSerializer<>()) {
            v2Serializer.configure(RegistrySerdes.config(settings), false);
            v2Bytes = v2Serializer.serialize(Topics.STATEMENTS, asV2(current, statementV2()));
        }
        assertThat(Arrays.copyOfRange(v2Bytes, 0, 5)).as("v2 is registered as its own schema content")
            .isNotEqualTo(Arrays.copyOfRange(v1Bytes, 0, 5));
        SinkHarness.produceRaw(settings, Topics.STATEMENTS, "se-1", v2Bytes);

        try (Running r = new Running(EventSinks.create(settings))) {
            r.awaitCaughtUp();
            assertThat(r.failure.get()).isNull();
        }
        FileCompactor.compact(out);

        List<JsonNode> statements = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String l : Files.readAllLines(out.resolve("statements.jsonl"))) {
            JsonNode n = json.readTree(l);
            if (n.get("articleId").asText().equals("se-1")) {
                statements.add(n);
            }
        }
        assertThat(statements).extracting(n -> n.get("eventId").asText()).containsExactly("se-1-v3-s0", "se-1-v3-s1");
        assertThat(statements.get(1).get("quote").asText()).isEqualTo("quote 1");
        assertThat(statements.get(1).has("sentiment")).as("the current reader schema decides the fields").isFalse();
        assertThat(SinkHarness.deadLetters(settings, "se-1")).isEmpty();
    }
}
