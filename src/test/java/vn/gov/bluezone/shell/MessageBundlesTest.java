package vn.gov.bluezone.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        Properties vi = load("messages_vi.properties");
        Properties en = load("messages_en.properties");
        assertThat(vi.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames());
    }

    @Test
    void vietnameseTextsCarryTheirDiacritics() throws IOException {
        Properties vi = load("messages_vi.properties");
        assertThat(vi.getProperty("login.title")).isEqualTo("Đăng nhập");
        assertThat(vi.getProperty("role.DISTRICT_OFFICER")).isEqualTo("Cán bộ cấp huyện");
        assertThat(vi.stringPropertyNames()).allSatisfy(key -> assertThat(vi.getProperty(key)).isNotBlank());
    }

    @Test
    void everyKeyTranslatesAndArgumentsAreFormattedInVietnamese() throws IOException {
        Properties vi = load("messages_vi.properties");
        PortalI18n i18n = new PortalI18n();
        for (String key : vi.stringPropertyNames()) {
            assertThat(i18n.getTranslation(key, PortalI18n.ENGLISH, 1, 2, 3)).doesNotStartWith("!");
        }
        assertThat(i18n.getTranslation("units.count", PortalI18n.VIETNAMESE, 1234)).isEqualTo("1.234 đơn vị");
        assertThat(i18n.getTranslation("no.such.key", PortalI18n.VIETNAMESE)).isEqualTo("!no.such.key!");
    }

    @Test
    void everyKeyNamedInTheCodeIsInTheBundles() throws IOException {
        Properties vi = load("messages_vi.properties");
        Pattern literalKey = Pattern.compile(
                "(?:getTranslation|PortalException|ImportProblem\\([^,]+,|check\\([^\"]+\"[a-zA-Z]+\",)\\s*\\(?\\s*\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z_]+)+)\"");
        Set<String> used = new TreeSet<>();
        try (var files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literalKey.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(used).allSatisfy(key -> assertThat(vi.stringPropertyNames()).contains(key));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
