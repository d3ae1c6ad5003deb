package vn.gov.bluezone.bench;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.gov.bluezone.Application;

/** The application as the benchmarks start it: against the benchmark database, no demo data, quiet. */
final class BenchApplication {

    private BenchApplication() {
    }

    /** Starts on a free port in production mode (run {@code ./mvnw -DskipTests package} once for the bundle). */
    static ConfigurableApplicationContext start(String url, String... more) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--vaadin.launch-browser=false",
                "--vaadin.productionMode=true", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + System.getenv().getOrDefault("BENCH_DB_USER", "root"),
                "--spring.datasource.password=" + System.getenv().getOrDefault("BENCH_DB_PASSWORD", ""),
                "--portal.demo.enabled=false", "--portal.scheduling.enabled=false", "--logging.level.root=warn"));
        // a setting given by the benchmark replaces the default above (Spring would join both values)
        for (String setting : more) {
            String key = setting.substring(0, setting.indexOf('=') + 1);
            arguments.removeIf(a -> a.startsWith(key));
            arguments.add(setting);
        }
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET).logStartupInfo(false)
                .run(arguments.toArray(String[]::new));
    }
}
