package vn.gov.bluezone.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.HistoricCampaign;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.compliance.ComplianceBoardService;
import vn.gov.bluezone.documents.DocumentService;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Health, metrics and request ids on the real server (issue 19, decision 0040): the public health
 * endpoints answer the status and nothing more; administrators see each component; the Prometheus
 * page is refused to anyone else but a scraper with the token; a mail outbox that is not moving
 * makes the node DEGRADED, still ready; the Grafana dashboard's queries name only metrics the
 * application exports; every response carries its request id.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${SPRING_DATASOURCE_URL:jdbc:h2:mem:portal-operations;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}",
        "portal.demo.enabled=true",
        "portal.demo.current-units=false",
        "vaadin.launch-browser=false",
        "vaadin.productionMode=true",
        "portal.scheduling.enabled=false",
        // a mail server (nothing is sent: the jobs are off), so that a waiting message is a backlog
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=3025",
        "portal.management.metrics-token=" + OperationsEndpointsTest.TOKEN
})
class OperationsEndpointsTest {

    static final String TOKEN = "scrape-0123456789abcdef0123456789abcdef";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AsUser as;
    @Autowired
    CampaignService campaigns;
    @Autowired
    ComplianceBoardService board;
    @Autowired
    DocumentService documents;
    @Autowired
    LockProvider locks;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theHealthEndpointsTellAnyoneTheStatusAndOnlyAdministratorsTheDetails() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
                "/livez", "/readyz"}) {
            HttpResponse<String> response = get(path, null);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            JsonNode body = JSON.readTree(response.body());
            // DEGRADED when earlier tests on the same MariaDB left mail waiting (checked below)
            assertThat(body.get("status").asString()).as(path).isIn("UP", "DEGRADED");
            // the status, and on the root the names of the probe groups: no component, no detail
            assertThat(body.propertyNames()).as(path + " says the status only").contains("status")
                    .isSubsetOf("status", "groups");
        }
        // a signed-in commune officer is no administrator: the status only, too
        assertThat(JSON.readTree(get("/actuator/health", basic("xa.duclapha")).body()).propertyNames())
                .doesNotContain("components", "details");

        JsonNode admin = JSON.readTree(get("/actuator/health", basic("admin")).body());
        assertThat(admin.get("components").propertyNames()).contains("db", "outbox", "diskSpace", "livenessState",
                "readinessState");
        assertThat(admin.at("/components/outbox/details").propertyNames()).contains("pending", "failed",
                "oldestPendingSeconds");
        JsonNode readiness = JSON.readTree(get("/actuator/health/readiness", basic("admin")).body());
        assertThat(readiness.get("components").propertyNames()).containsExactlyInAnyOrder("db", "outbox", "diskSpace",
                "readinessState");
        // the database, the disk and the state are UP; the whole is the outbox's status
        for (String component : new String[] {"db", "diskSpace", "readinessState"}) {
            assertThat(readiness.at("/components/" + component + "/status").asString()).as(component).isEqualTo("UP");
        }
        assertThat(readiness.get("status").asString()).isEqualTo(readiness.at("/components/outbox/status").asString());
        assertThat(JSON.readTree(get("/livez", null).body()).get("status").asString()).isEqualTo("UP");
    }

    @Test
    void metricsAreForAdministratorsAndTheScraperWithItsToken() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "Bearer not-the-token-0123456789abcdef0123").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", basic("xa.duclapha")).statusCode()).isEqualTo(403);
        assertThat(get("/actuator/metrics", basic("tinh.sotttt")).statusCode()).isEqualTo(403);
        // the token opens the Prometheus page and nothing else
        assertThat(get("/actuator/metrics", "Bearer " + TOKEN).statusCode()).isEqualTo(403);
        HttpResponse<String> scraped = get("/actuator/prometheus", "Bearer " + TOKEN);
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("portal_outbox_messages{", "hikaricp_connections_active",
                "http_server_requests_seconds", "portal_reports_submitted_total{", "portal_signin_lockouts_total");
        assertThat(get("/actuator/metrics", basic("admin")).statusCode()).isEqualTo(200);
        // no session is made for a Basic login here
        assertThat(get("/actuator/prometheus", basic("admin")).headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void aWrongPasswordIsCountedAsAFailedSignIn() throws Exception {
        double before = counter(scrape(), "portal_signin_failures_total", "reason=\"BadCredentialsException\"");
        assertThat(get("/actuator/metrics", "Basic " + Base64.getEncoder()
                .encodeToString("tinh.lanhdao:wrong-password".getBytes(StandardCharsets.UTF_8))).statusCode()).isEqualTo(401);
        assertThat(counter(scrape(), "portal_signin_failures_total", "reason=\"BadCredentialsException\""))
                .isEqualTo(before + 1);
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: the outbox is read at most every 10 s, the others would see it degraded
    void mailWaitingTooLongMakesTheNodeDegradedButStillReady() throws Exception {
        jdbc.update("""
                insert into outbox_message (kind, unit_path, recipients, subject, body, status, attempts, next_attempt_at,
                    created_at, version)
                values ('REPORT_SUBMITTED', '/80/', 'a@example.invalid', 'Thử', 'Thử', 'PENDING', 3, ?, ?, 0)
                """, LocalDateTime.now(ZoneOffset.UTC), LocalDateTime.now(ZoneOffset.UTC).minusHours(2));
        try {
            // the snapshot is read at most every 10 s
            Thread.sleep(10_500);
            HttpResponse<String> readiness = get("/actuator/health/readiness", null);
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(readiness.body()).get("status").asString()).isEqualTo("DEGRADED");
            JsonNode outbox = JSON.readTree(get("/actuator/health", basic("admin")).body()).at("/components/outbox");
            assertThat(outbox.get("status").asString()).isEqualTo("DEGRADED");
            assertThat(outbox.at("/details/oldestPendingSeconds").asLong()).isGreaterThan(7000);
            assertThat(counter(scrape(), "portal_outbox_oldest_pending_seconds", "")).isGreaterThan(7000);
        } finally {
            jdbc.update("delete from outbox_message where recipients = 'a@example.invalid'");
        }
    }

    @Test
    void everyResponseCarriesItsRequestIdAndAPlainOneFromTheProxyIsKept() throws Exception {
        HttpResponse<String> fresh = get("/actuator/health", null);
        assertThat(fresh.headers().firstValue("X-Request-Id")).get().asString().matches("[0-9a-f]{16}");
        HttpResponse<String> given = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/actuator/health")).header("X-Request-Id", "lb-4f2a.77").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(given.headers().firstValue("X-Request-Id")).contains("lb-4f2a.77");
        HttpResponse<String> forged = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/actuator/health")).header("X-Request-Id", "<script>alert(1)</script>").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.headers().firstValue("X-Request-Id")).get().asString().matches("[0-9a-f]{16}");
    }

    @Test
    void theGrafanaDashboardParsesAndAsksOnlyForMetricsTheApplicationExports() throws Exception {
        // what the dashboard shows happens once: a board, a document, a job's turn and a skipped one,
        // a Vaadin request, a failed sign-in, an API request
        long campaign = as.call("tinh.sotttt", () -> HistoricCampaign.idOf(campaigns));
        as.call("tinh.sotttt", () -> board.communes(campaign, LocalDate.of(2020, 8, 19)));
        as.call("tinh.sotttt", () -> documents.provincialSummaryPdf(campaign, LocalDate.of(2020, 8, 19)));
        LockConfiguration turn = new LockConfiguration(Instant.now(), "operations-test", Duration.ofSeconds(30),
                Duration.ZERO);
        SimpleLock held = locks.lock(turn).orElseThrow();
        assertThat(locks.lock(turn)).isEmpty();
        held.unlock();
        get("/?v-r=heartbeat", null);
        get("/actuator/metrics", "Basic " + Base64.getEncoder().encodeToString("nobody:nothing".getBytes(StandardCharsets.UTF_8)));
        get("/api/v1/reports", basic("xa.duclapha"));

        JsonNode dashboard = JSON.readTree(Files.readString(Path.of("docs", "grafana", "bluezone-portal.json")));
        assertThat(dashboard.get("title").asString()).isNotBlank();
        Set<String> exported = new HashSet<>();
        for (String line : scrape().split("\n")) {
            if (line.startsWith("# TYPE ")) {
                String[] parts = line.split(" ");
                exported.add(parts[2]);
            }
        }
        Set<String> asked = new HashSet<>();
        Pattern metric = Pattern.compile("\\b(portal_[a-z_]+|http_server_requests_seconds|hikaricp_[a-z_]+|jvm_[a-z_]+|process_[a-z_]+)");
        int panels = 0;
        for (JsonNode panel : dashboard.get("panels")) {
            panels++;
            assertThat(panel.get("title").asString()).isNotBlank();
            for (JsonNode target : panel.get("targets")) {
                Matcher found = metric.matcher(target.get("expr").asString());
                while (found.find()) {
                    asked.add(found.group(1));
                }
            }
        }
        assertThat(panels).isGreaterThanOrEqualTo(8);
        // a counter or histogram appears as its family: portal_reports_submitted_total is family portal_reports_submitted
        for (String name : asked) {
            String family = name.replaceAll("_(total|bucket|count|sum|max)$", "");
            assertThat(exported).as("the dashboard asks for " + name).anyMatch(e -> e.equals(name) || e.equals(family));
        }
    }

    private String scrape() throws Exception {
        HttpResponse<String> response = get("/actuator/prometheus", "Bearer " + TOKEN);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The value of a sample whose line starts with {@code name} and holds {@code label}; 0 when none does. */
    private static double counter(String scrape, String name, String label) {
        return scrape.lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .filter(l -> l.contains(label)).mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":Bluezone@2020").getBytes(StandardCharsets.UTF_8));
    }
}
