package vn.gov.bluezone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Fails when a module reaches into another's internals or when modules depend on each other in a
 * cycle; and when the module documentation in {@code docs/modules} (diagrams and canvases written
 * by Spring Modulith's Documenter) no longer describes the code, so the picture cannot drift.
 */
class ModuleStructureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);
    static final Path COMMITTED = Path.of("docs", "modules");
    static final Path WRITTEN = Path.of("target", "modulith-docs");

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /**
     * Writes the documentation afresh and compares it with the committed one. When they differ the
     * committed folder is rewritten (so the next commit carries the current picture) and the test
     * fails, naming the files that changed.
     */
    @Test
    void theModuleDocumentationDescribesTheCode() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(WRITTEN.toString()))
                .writeDocumentation();
        Map<String, String> written = contents(WRITTEN);
        Map<String, String> committed = contents(COMMITTED);
        assertThat(written).as("documentation written").isNotEmpty().containsKey("components.puml");
        if (!linesOf(written).equals(linesOf(committed))) {
            rewrite();
        }
        assertThat(linesOf(committed)).as("docs/modules was out of date and has been rewritten: commit it")
                .isEqualTo(linesOf(written));
    }

    private static void rewrite() throws IOException {
        if (Files.exists(COMMITTED)) {
            try (Stream<Path> old = Files.walk(COMMITTED)) {
                old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Files.createDirectories(COMMITTED);
        try (Stream<Path> files = Files.list(WRITTEN)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                try {
                    Files.copy(file, COMMITTED.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * Each file's lines in sorted order: the Documenter lists a module's relations in an order that
     * changes from run to run, which says nothing about the architecture.
     */
    private static Map<String, List<String>> linesOf(Map<String, String> contents) {
        Map<String, List<String>> lines = new TreeMap<>();
        contents.forEach((file, text) -> lines.put(file, text.lines().sorted().toList()));
        return lines;
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return contents;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(file.getFileName().toString(), Files.readString(file).replace("\r\n", "\n"));
            }
        }
        return contents;
    }
}
