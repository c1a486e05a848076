package org.newsevents.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryDistributionTest {

    @Test
    void findsTheDistributionTheBuildUnpacked() {
        Path home = RegistryDistribution.home(null);

        assertThat(home).endsWith(Path.of("target", "apicurio-registry"));
        assertThat(RegistryDistribution.runnerJar(home).getFileName().toString()).endsWith("-runner.jar");
        assertThat(RegistryDistribution.mainClass(RegistryDistribution.runnerJar(home))).isNotBlank();
    }

    @Test
    void explicitHomeWins() {
        assertThat(RegistryDistribution.home(Path.of("/opt/registry"))).isEqualTo(Path.of("/opt/registry"));
    }

    @Test
    void missingDistributionSaysHowToGetOne(@TempDir Path empty) {
        assertThatThrownBy(() -> RegistryDistribution.runnerJar(empty))
                .isInstanceOf(StackException.class)
                .hasMessageContaining(empty.toString())
                .hasMessageContaining(RegistryDistribution.PROPERTY);
    }
}
