package vn.gov.bluezone;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** Real units for tests, cut from the GSO national list. */
public final class TestUnits {

    private TestUnits() {
    }

    /** All rows of one province from the national list, as a three-level GSO file. */
    public static byte[] province(String provinceCode) {
        List<String> lines = nationalList().lines().toList();
        String body = lines.stream().skip(1).filter(line -> line.startsWith(provinceCode + ","))
                .collect(Collectors.joining("\n"));
        return (lines.get(0) + "\n" + body + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** One province of the national list re-cut as two levels: its communes directly under it. */
    public static byte[] provinceAsTwoLevels(String provinceCode) {
        String body = nationalList().lines().skip(1).filter(line -> line.startsWith(provinceCode + ","))
                .map(line -> {
                    String[] c = line.split(",");
                    return String.join(",", c[0], c[1], c[4], c[5]);
                })
                .collect(Collectors.joining("\n"));
        return ("province_code,province_name,commune_code,commune_name\n" + body + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    public static String nationalList() {
        return resource("reference/vn-units-2020.csv");
    }

    public static String resource(String path) {
        try (InputStream in = TestUnits.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
