package vn.gov.bluezone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Offices are data (decision 0030): no office's name or symbol is written in the code, the message
 * bundles or the report templates. The demo directories (src/main/resources/demo) hold them, as
 * data; the Flyway migrations, which cannot change once applied, are not looked at.
 */
class NoOfficeNamesInCodeTest {

    /** Looked for whatever the case. */
    static final List<String> PHRASES = List.of("Thông tin và Truyền thông", "THÔNG TIN VÀ", "Bộ TT", "Sở TT");
    /** Looked for as written (a login name such as "tinh.sotttt" is not an office's symbol). */
    static final List<String> SYMBOLS = List.of("TT&TT", "TT&amp;TT", "STTTT");

    @Test
    void noOfficeNameOrSymbolRemainsInTheCodeTheBundlesOrTheTemplates() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> java = Files.walk(Path.of("src/main/java"));
                Stream<Path> bundles = Files.list(Path.of("src/main/resources"));
                Stream<Path> reports = Files.walk(Path.of("reports"))) {
            java.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
            bundles.filter(p -> p.toString().endsWith(".properties")).forEach(files::add);
            reports.filter(Files::isRegularFile).forEach(files::add);
        }
        assertThat(files).hasSizeGreaterThan(100)
                .anyMatch(p -> p.endsWith("documents.properties"))
                .anyMatch(p -> p.endsWith("messages_vi.properties"));
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            String lower = text.toLowerCase(Locale.ROOT);
            PHRASES.stream().filter(p -> lower.contains(p.toLowerCase(Locale.ROOT))).forEach(p -> found.add(file + ": " + p));
            SYMBOLS.stream().filter(text::contains).forEach(s -> found.add(file + ": " + s));
        }
        assertThat(found).as("office names and symbols belong in the directory (table office), not in the code")
                .isEmpty();
    }

    @Test
    void theCheckWouldSeeAnOfficeNameInABundle() {
        String line = "report.recipientFallback=Sở Thông tin và Truyền thông".toLowerCase(Locale.ROOT);
        assertThat(PHRASES).anyMatch(p -> line.contains(p.toLowerCase(Locale.ROOT)));
    }
}
