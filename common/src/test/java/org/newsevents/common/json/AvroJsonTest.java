package org.newsevents.common.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.schemas.Actor;
import org.newsevents.schemas.SanctionsAction;
import org.newsevents.schemas.SanctionsMention;

class AvroJsonTest {
    @Test
    void rendersPlainValuesWithoutUnionWrappers() {
        SanctionsMention m = SanctionsMention.newBuilder()
            .setEventId("e1").setArticleId("a1").setSource("s.txt").setStart(3).setEnd(9)
            .setText("imposed sanctions").setTrigger("imposed sanctions").setAction(SanctionsAction.IMPOSE)
            .setImposer(Actor.newBuilder().setCode("USA").setName("Washington").build())
            .setTargets(List.of(Actor.newBuilder().setCode(null).setName("entities").build()))
            .setDate(null).setExtractorVersion("v1").build();

        assertThat(AvroJson.toLine(m)).isEqualTo("{\"eventId\":\"e1\",\"articleId\":\"a1\",\"source\":\"s.txt\","
            + "\"start\":3,\"end\":9,\"text\":\"imposed sanctions\",\"trigger\":\"imposed sanctions\",\"action\":\"IMPOSE\","
            + "\"imposer\":{\"code\":\"USA\",\"name\":\"Washington\"},\"targets\":[{\"code\":null,\"name\":\"entities\"}],"
            + "\"date\":null,\"extractorVersion\":\"v1\"}");
    }
}
