package org.newsevents.cli.subscribers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The README's Node and Python subscriber snippets are, character for character, the scripts SubscribersIT runs. */
class ReadmeSubscriberSnippetsTest {
    @ParameterizedTest
    @ValueSource(strings = {"node/subscriber.js", "python/subscriber.py"})
    void readmeShowsTheScriptTheTestRuns(String script) throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String source = Files.readString(Path.of("src", "test", "subscribers", script));
        assertThat(readme).as("README.md must show cli/src/test/subscribers/" + script + " unchanged").contains(source);
    }
}
