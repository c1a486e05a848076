package org.newsevents.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ChildJvmClassPathTest {
    private static final String CWD = Path.of("").toAbsolutePath().toString();

    @Test
    void relativeEntriesAndWildcardsResolveAgainstTheParentsDirectory() {
        String relative = String.join(File.pathSeparator, "cli/target/newsevents-cli.jar", "cli/target/lib/*");

        assertThat(ChildJvm.absolute(relative)).isEqualTo(String.join(File.pathSeparator,
            CWD + "/cli/target/newsevents-cli.jar", CWD + "/cli/target/lib/*"));
    }

    @Test
    void absoluteEntriesStayAsTheyAre() {
        String absolute = String.join(File.pathSeparator, "/opt/app/lib/a.jar", "/opt/app/classes");

        assertThat(ChildJvm.absolute(absolute)).isEqualTo(absolute);
    }
}
