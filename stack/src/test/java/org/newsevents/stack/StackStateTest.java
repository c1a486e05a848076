package org.newsevents.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackStateTest {
    @TempDir
    Path dir;

    @Test
    void readsBackWhatWasWritten() {
        StackState state = new StackState("127.0.0.1", 19092, 19093, 18081);

        state.write(dir);

        assertThat(StackState.read(dir)).contains(state);
    }

    @Test
    void treatsMissingOrDamagedFileAsNoState() throws Exception {
        assertThat(StackState.read(dir)).isEmpty();

        Files.writeString(dir.resolve(StackState.FILE), "kafka.port=not-a-number");

        assertThat(StackState.read(dir)).isEmpty();
    }

    @Test
    void recordedPortsOverrideRequestedOnes() {
        StackSettings applied = new StackState("127.0.0.1", 19092, 19093, 18081).applyTo(StackSettings.defaults());

        assertThat(applied.bootstrapServers()).isEqualTo("127.0.0.1:19092");
        assertThat(applied.registryUrl()).isEqualTo("http://127.0.0.1:18081");
    }
}
