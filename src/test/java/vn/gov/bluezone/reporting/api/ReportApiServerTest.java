package vn.gov.bluezone.reporting.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parts of the API's contract that only the real embedded Tomcat shows (decision 0015): an
 * unknown address under /api does not reach Vaadin; the container's own errors (a URL the
 * firewall rejects, TRACE) are JSON, not Spring Boot's error page; a body above the limit is
 * answered 413 before it has been sent, whether its length is declared or it comes chunked; the
 * published contract is served by the real server to anyone, not Vaadin's page (decision 0041).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${SPRING_DATASOURCE_URL:jdbc:h2:mem:portal-api-server;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}",
        "portal.demo.enabled=true",
        // the same database as PortalSpringTest on MariaDB: Long An 2020 alone, as there
        "portal.demo.current-units=false",
        "vaadin.launch-browser=false",
        // the real server without a frontend build: nothing here needs a page of the portal
        "vaadin.productionMode=true",
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=3025",
        "portal.scheduling.enabled=false"
})
class ReportApiServerTest {

    private static final String COMMUNE = "Basic " + Base64.getEncoder()
            .encodeToString("xa.duclapha:Bluezone@2020".getBytes(StandardCharsets.UTF_8));
    private static final long SIXTY_FOUR_MB = 64L * 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void anUnknownApiAddressIs404JsonAndNotVaadinsPage() throws Exception {
        HttpResponse<String> signedIn = client.send(request("/api/v1/unknown").header("Authorization", COMMUNE)
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(signedIn.statusCode(), signedIn.headers(), signedIn.body(), 404, "API không có địa chỉ này");

        HttpResponse<String> anonymous = client.send(request("/api/v1/unknown").header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(anonymous.statusCode(), anonymous.headers(), anonymous.body(), 401, "Cần đăng nhập");

        // outside /api the portal behaves as before: its pages send a visitor to the login page
        HttpResponse<String> portal = client.send(request("/no-such-page").header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(portal.statusCode()).isEqualTo(302);
        assertThat(portal.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void theContractIsServedToAnyoneAndNothingBesideIt() throws Exception {
        HttpResponse<String> json = client.send(request("/v3/api-docs").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(json.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
        assertThat(JSON.readTree(json.body()).get("openapi").asString()).startsWith("3.");
        HttpResponse<String> yaml = client.send(request("/v3/api-docs.yaml").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.body()).startsWith("openapi: ");

        HttpResponse<String> beside = client.send(request("/v3/api-docs/swagger-config").header("Accept", "text/html")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(beside.statusCode()).isEqualTo(302);
        assertThat(beside.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void theContainersOwnErrorsAreJsonNotTheErrorPage() throws Exception {
        // a path parameter: Spring Security's firewall rejects the request with sendError(400)
        HttpResponse<String> rejected = client.send(request("/api/v1/reports;x=y?campaignId=1&date=2026-11-29")
                .header("Authorization", COMMUNE).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(rejected.statusCode(), rejected.headers(), rejected.body(), 400, "Dữ liệu gửi lên không đọc được");

        HttpResponse<String> wrongMethod = client.send(request("/api/v1/reports").header("Authorization", COMMUNE)
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(wrongMethod.statusCode(), wrongMethod.headers(), wrongMethod.body(), 405,
                "Địa chỉ này không nhận phương thức HTTP");
        assertThat(wrongMethod.headers().firstValue("Allow").orElse("")).contains("GET", "POST");

        HttpResponse<String> trace = client.send(request("/api/v1/reports").header("Authorization", COMMUNE)
                .method("TRACE", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(trace.statusCode(), trace.headers(), trace.body(), 405, "Địa chỉ này không nhận phương thức HTTP");
    }

    @Test
    void aDeclaredLengthAboveTheLimitIsRefusedBeforeTheBodyIsSent() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/reports HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + COMMUNE
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + SIXTY_FOUR_MB + "\r\n\r\n{\"campaignId\":")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // only 14 bytes of the 64 MB are sent: the answer comes anyway
            Answer answer = Answer.read(socket.getInputStream());
            assertProblem(answer.status, answer.headers(), answer.body, 413,
                    "Dữ liệu gửi lên quá lớn: mỗi yêu cầu tối đa 64 KB");
            assertThat(answer.head.toLowerCase(Locale.ROOT)).contains("connection: close");
        }
    }

    @Test
    void aChunkedBodyAboveTheLimitIsCutOffAndRefused() throws Exception {
        AtomicLong sent = new AtomicLong();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/reports HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + COMMUNE
                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            // 64 MB in 8 KB chunks, sent until the server stops taking them
            CompletableFuture<Void> sender = CompletableFuture.runAsync(() -> {
                byte[] chunk = ("2000\r\n" + " ".repeat(8192) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                try {
                    while (sent.get() < SIXTY_FOUR_MB) {
                        out.write(chunk);
                        sent.addAndGet(8192);
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException closedByTheServer) {
                    // expected: the server answered and closed the connection
                }
            });
            Answer answer = Answer.read(socket.getInputStream());
            assertProblem(answer.status, answer.headers(), answer.body, 413,
                    "Dữ liệu gửi lên quá lớn: mỗi yêu cầu tối đa 64 KB");
            assertThat(answer.head.toLowerCase(Locale.ROOT)).contains("connection: close");
            sender.get(20, TimeUnit.SECONDS);
        }
        // the server stopped reading at the limit: most of the 64 MB was never taken
        assertThat(sent.get()).isLessThan(SIXTY_FOUR_MB / 4);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(20));
    }

    private static void assertProblem(int status, HttpHeaders headers, String body, int expected,
            String message) {
        assertThat(status).as(body).isEqualTo(expected);
        assertThat(headers.firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(headers.firstValue("Location")).isEmpty();
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.get("status").asInt()).isEqualTo(expected);
        assertThat(problem.get("message").asString()).startsWith(message);
    }

    /** An HTTP/1.1 answer read off a socket: status line and headers, then the body by its length. */
    private record Answer(int status, String head, String body) {

        static Answer read(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int next = in.read();
                if (next < 0) {
                    throw new IOException("connection closed before the answer's headers ended: " + head);
                }
                head.write(next);
            }
            String headers = head.toString(StandardCharsets.ISO_8859_1);
            int length = headers.lines().filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                    .map(line -> Integer.parseInt(line.substring(15).strip())).findFirst().orElseThrow();
            byte[] body = in.readNBytes(length);
            return new Answer(Integer.parseInt(headers.substring(9, 12)), headers, new String(body, StandardCharsets.UTF_8));
        }

        HttpHeaders headers() {
            Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            head.lines().skip(1).filter(line -> line.contains(":")).forEach(line -> map
                    .computeIfAbsent(line.substring(0, line.indexOf(':')).strip(), name -> new ArrayList<>())
                    .add(line.substring(line.indexOf(':') + 1).strip()));
            return HttpHeaders.of(map, (name, value) -> true);
        }
    }
}
