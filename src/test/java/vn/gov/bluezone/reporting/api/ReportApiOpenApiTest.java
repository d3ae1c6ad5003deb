package vn.gov.bluezone.reporting.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.zaxxer.hikari.HikariDataSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.identity.Role;
import vn.gov.bluezone.identity.UserAdminService;
import vn.gov.bluezone.identity.UserDetailsForm;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.ReportFixtures;
import vn.gov.bluezone.shared.SystemAccess;
import vn.gov.bluezone.shared.api.ApiBodyLimit;
import vn.gov.bluezone.shared.api.ApiContractAddress;
import vn.gov.bluezone.shared.api.ApiProblems;

/**
 * The report API's published contract (decision 0041) against its real answers, both ways. Every
 * status the description gives an operation is produced by a real request through the filter
 * chains and the database, with the documented body (its required properties, of their types) and
 * headers; and every request the API's other tests know to be refused in its own way (bad JSON, a
 * wrong type, a rule of the form, scope, role, login, throttle, body size, the database) gets a
 * status the description gives that operation. A status added to the code without its
 * documentation, or documented without being produced, fails here.
 */
@PortalSpringTest
class ReportApiOpenApiTest {

    private static final String PASSWORD = "Bluezone@2020";
    private static final String REPORTS = "/api/v1/reports";
    private static final String POST = "post " + REPORTS;
    private static final String GET = "get " + REPORTS;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Each run's requests come from addresses of their own, so the sign-in throttle counts them apart. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger((int) (System.nanoTime() % 200));

    @Autowired
    WebApplicationContext context;
    @Autowired
    ReportFixtures fixtures;
    @Autowired
    DailyReportService reports;
    @Autowired
    UserAdminService users;
    @Autowired
    HierarchyService hierarchy;
    @Autowired
    DataSource dataSource;

    MockMvc mvc;
    CampaignDetails campaign;
    LocalDate today;
    String address;

    @BeforeEach
    void setUp() {
        // the body limit in front of the security chain, as the servlet container orders them
        mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(context.getBean(ApiBodyLimit.class))
                .apply(springSecurity()).build();
        today = reports.today();
        campaign = fixtures.campaign(today.minusDays(5), today.plusDays(10));
        address = "198.18." + ADDRESSES.incrementAndGet() % 250 + "." + (1 + System.nanoTime() % 250);
    }

    @Test
    void theContractIsOpenApi3OfTheApiAloneReadableByAnyone() throws Exception {
        MvcResult fetched = mvc.perform(get(ApiContractAddress.JSON)).andReturn();
        MockHttpServletResponse answer = fetched.getResponse();
        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(MediaType.parseMediaType(answer.getContentType()).isCompatibleWith(MediaType.APPLICATION_JSON))
                .isTrue();
        assertThat(fetched.getRequest().getSession(false)).as("no session for a reader of the contract").isNull();
        JsonNode spec = JSON.readTree(answer.getContentAsString(StandardCharsets.UTF_8));
        assertThat(spec.get("openapi").asString()).startsWith("3.");
        assertThat(spec.at("/info/title").asString()).isNotBlank();
        assertThat(spec.at("/info/version").asString()).isEqualTo("v1");
        assertThat(spec.at("/info/contact/name").asString()).isNotBlank();
        assertThat(spec.at("/components/securitySchemes/basic/scheme").asString()).isEqualTo("basic");
        assertThat(spec.get("paths").propertyNames()).isNotEmpty()
                .allSatisfy(path -> assertThat(path).startsWith(ApiProblems.PREFIX + "/"));
        assertThat(spec.at("/components/schemas").propertyNames())
                .contains(ReportApiContract.PROBLEM, "ReportSubmission", "ReportReceipt");

        // every operation the application serves under /api is described, and nothing else
        assertThat(operations(spec)).isEqualTo(servedOperations());

        MockHttpServletResponse yaml = mvc.perform(get(ApiContractAddress.YAML)).andReturn().getResponse();
        assertThat(yaml.getStatus()).isEqualTo(200);
        assertThat(yaml.getContentAsString(StandardCharsets.UTF_8)).startsWith("openapi: ").contains(REPORTS);

        // only those two addresses, for reading, are open: near them the portal asks for a login
        for (MockHttpServletRequestBuilder near : List.of(get("/v3/api-docs/swagger-config"), get("/v3/api-docs/x"),
                get("/v3"), get("/swagger-ui.html"), post(ApiContractAddress.JSON))) {
            MockHttpServletResponse refused = mvc.perform(near).andReturn().getResponse();
            assertThat(refused.getStatus()).isIn(302, 401, 403);
            if (refused.getStatus() == 302) {
                assertThat(refused.getRedirectedUrl()).endsWith("/login");
            }
        }
    }

    @Test
    void everyDocumentedAnswerIsProducedAndEveryRealAnswerIsDocumented() throws Exception {
        JsonNode spec = JSON.readTree(mvc.perform(get(ApiContractAddress.JSON)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        Map<String, Set<String>> documented = new TreeMap<>();
        operationsOf(spec).forEach((operation, node) -> documented.put(operation,
                new TreeSet<>(node.get("responses").propertyNames())));

        Map<String, Set<String>> produced = new TreeMap<>();
        List<String> undocumented = new ArrayList<>();
        for (Case example : cases()) {
            MockHttpServletResponse answer = example.run();
            String status = Integer.toString(answer.getStatus());
            JsonNode operation = operationsOf(spec).get(example.operation());
            assertThat(operation).as(example.operation()).isNotNull();
            JsonNode response = operation.at("/responses/" + status);
            if (response.isMissingNode()) {
                undocumented.add(example.operation() + " " + status + ": " + example.name() + " "
                        + answer.getContentAsString(StandardCharsets.UTF_8));
                continue;
            }
            produced.computeIfAbsent(example.operation(), key -> new TreeSet<>()).add(status);
            assertAsDocumented(spec, response, answer, example);
        }
        // both ways at once, so that a changed status shows as one undocumented and one unproduced
        SoftAssertions.assertSoftly(both -> {
            both.assertThat(undocumented).as("real answers the contract does not give").isEmpty();
            both.assertThat(produced).as("documented answers, each produced by a real request").isEqualTo(documented);
        });
    }

    /**
     * The requests that reach each error path of the API, named as the other API tests name them;
     * the successful ones first where a refusal needs their report (409).
     */
    private List<Case> cases() {
        // the refusals are for the day after the stored one, where a figure is checked against the day before
        LocalDate day = today.minusDays(2);
        LocalDate other = today.minusDays(1);
        String id = Long.toString(campaign.id());
        List<Case> cases = new ArrayList<>();
        // successes: the day's report submitted and read back
        cases.add(new Case(POST, "a day's report", () -> send(submit(day, "1100"))));
        cases.add(new Case(GET, "the day's report", () -> send(read(id, day.toString()))));

        // reading the body
        cases.add(new Case(POST, "bad JSON", () -> send(submit(other, "1100").content("{\"campaignId\": "))));
        cases.add(new Case(POST, "text in a number", () -> send(submit(other, "\"12a\""))));
        cases.add(new Case(POST, "a fraction", () -> send(submit(other, "2500.9"))));
        cases.add(new Case(POST, "a date-time for a date", () -> send(post(REPORTS)
                .contentType(MediaType.APPLICATION_JSON).content(body(other, "1100")
                        .replace("\"" + other + "\"", "\"" + other + "T10:00:00\"")))));
        cases.add(new Case(POST, "an unknown property", () -> send(post(REPORTS).contentType(MediaType.APPLICATION_JSON)
                .content(body(other, "1100").replace("\"cumulativeInstalls\"", "\"cumulativeInstall\"")))));
        cases.add(new Case(POST, "a property twice", () -> send(post(REPORTS).contentType(MediaType.APPLICATION_JSON)
                .content(body(other, "1100").replace("\"results\"", "\"cumulativeInstalls\": 1, \"results\"")))));
        cases.add(new Case(POST, "null", () -> send(submit(other, "1100").content("null"))));
        cases.add(new Case(POST, "an empty body", () -> send(submit(other, "1100").content(""))));
        cases.add(new Case(POST, "no campaign", () -> send(post(REPORTS).contentType(MediaType.APPLICATION_JSON)
                .content(body(other, "1100").replace("\"campaignId\": " + id + ",", "")))));
        // the rules of the form
        cases.add(new Case(POST, "a negative number", () -> send(submit(other, "-5"))));
        cases.add(new Case(POST, "a falling cumulative count", () -> send(submit(other, "900"))));
        cases.add(new Case(POST, "a day after today", () -> send(submit(today.plusDays(1), "1100"))));
        cases.add(new Case(POST, "a day before the campaign", () -> send(submit(today.minusDays(6), "1100"))));
        cases.add(new Case(POST, "a text too long", () -> send(post(REPORTS).contentType(MediaType.APPLICATION_JSON)
                .content(body(other, "1100").replace("\"Đã vận động 40 hộ.\"", "\"" + "x".repeat(5_000) + "\"")))));
        cases.add(new Case(POST, "above the population", () -> send(submit(other, "20000"))));
        cases.add(new Case(POST, "the day again", () -> send(submit(day, "1200"))));
        // scope
        cases.add(new Case(POST, "a wrong campaign", () -> send(post(REPORTS).contentType(MediaType.APPLICATION_JSON)
                .content(ReportApiRequests.body(987_654_321L, other, "1100")))));
        CampaignDetails elsewhere = fixtures.campaign("Chiến dịch xã khác " + System.nanoTime() % 1_000_000,
                today.minusDays(5), today.plusDays(10), null,
                "commune_code,population,smartphone_users,installs_at_start\n27961,10000,6000,1000\n");
        cases.add(new Case(POST, "a campaign without the commune", () -> send(post(REPORTS)
                .contentType(MediaType.APPLICATION_JSON).content(ReportApiRequests.body(elsewhere.id(), other, "1100")))));
        // the protocol
        cases.add(new Case(POST, "a body above the limit", () -> {
            String padded = body(other, "1100");
            return send(submit(other, "1100").content(padded + " ".repeat(64 * 1024 + 1
                    - padded.getBytes(StandardCharsets.UTF_8).length)));
        }));
        cases.add(new Case(POST, "text, not JSON", () -> send(submit(other, "1100").contentType(MediaType.TEXT_PLAIN))));
        cases.add(new Case(POST, "a form", () -> send(submit(other, "1100")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED))));
        cases.add(new Case(POST, "no content type", () -> send(post(REPORTS).content(body(other, "1100")))));
        cases.add(new Case(POST, "accepting only HTML", () -> send(submit(other, "1100").accept(MediaType.TEXT_HTML))));
        cases.add(new Case(GET, "accepting only HTML", () -> send(read(id, day.toString()).accept(MediaType.TEXT_HTML))));

        // the query
        cases.add(new Case(GET, "a fraction for the campaign", () -> send(read("2.5", day.toString()))));
        cases.add(new Case(GET, "text for the campaign", () -> send(read("abc", day.toString()))));
        cases.add(new Case(GET, "a date-time for the date", () -> send(read(id, day + "T10:00"))));
        cases.add(new Case(GET, "no date", () -> send(get(REPORTS).param("campaignId", id))));
        cases.add(new Case(GET, "no campaign", () -> send(get(REPORTS).param("date", day.toString()))));
        cases.add(new Case(GET, "a day without a report", () -> send(read(id, other.toString()))));
        cases.add(new Case(GET, "a wrong campaign", () -> send(read("987654321", day.toString()))));
        cases.add(new Case(GET, "a campaign without the commune", () -> send(read(elsewhere.id() + "", day.toString()))));

        // the login, the role, the throttle, the database: the same for both operations
        for (String operation : List.of(POST, GET)) {
            cases.add(new Case(operation, "no login", () -> perform(operation, day, null, null)));
            cases.add(new Case(operation, "a wrong password", () -> perform(operation, day, ReportFixtures.COMMUNE,
                    "Sai-mat-khau-1")));
            cases.add(new Case(operation, "an unknown user", () -> perform(operation, day, "khong.co.ai", PASSWORD)));
            for (String user : List.of("huyen.duchoa", "tinh.sotttt", "admin")) {
                cases.add(new Case(operation, "the role of " + user, () -> perform(operation, other, user, PASSWORD)));
            }
            cases.add(new Case(operation, "an issued password", () -> {
                String username = "api.oa." + System.nanoTime() % 1_000_000;
                long unitId = SystemAccess.runAsSystem(() -> hierarchy.getByCode("27958").id());
                String temporary = SystemAccess.runAsSystem(() -> users.create(new UserDetailsForm(username,
                        "Lê Văn Tạm", null, null, Role.COMMUNE_OFFICER, unitId))).temporaryPassword();
                return perform(operation, other, username, temporary);
            }));
            cases.add(new Case(operation, "a throttled address", () -> throttled(operation, other)));
            cases.add(new Case(operation, "an unreachable database", () -> withoutDatabase(() ->
                    perform(operation, other, ReportFixtures.COMMUNE, PASSWORD))));
        }
        return cases;
    }

    /** The request of {@code operation} for {@code day}, signed in as {@code user} (none when null). */
    private MockHttpServletResponse perform(String operation, LocalDate day, String user, String password)
            throws Exception {
        MockHttpServletRequestBuilder request = operation.equals(POST) ? submit(day, "1100")
                : read(Long.toString(campaign.id()), day.toString());
        if (user != null) {
            request.with(httpBasic(user, password));
        }
        return mvc.perform(request.with(from(address))).andReturn().getResponse();
    }

    /** An address that failed to sign in as often as allowed is held back, whoever it then signs in as. */
    private MockHttpServletResponse throttled(String operation, LocalDate day) throws Exception {
        String attacker = "198.19." + ADDRESSES.incrementAndGet() % 250 + "." + (1 + System.nanoTime() % 250);
        String saved = address;
        try {
            address = attacker;
            // the limit is 20 (portal.security.address-failure-limit); the loop ends at the first refusal that is not 401
            for (int attempt = 0; attempt < 100
                    && perform(GET, day, "khong.co.ai." + attempt, "sai").getStatus() == 401; attempt++) {
                // one more failure counted against the address
            }
            return perform(operation, day, ReportFixtures.COMMUNE, PASSWORD);
        } finally {
            address = saved;
        }
    }

    /**
     * The request while no connection can be had: every connection of the pool is taken, so the
     * request's wait for one runs out as it would with the database down.
     */
    private MockHttpServletResponse withoutDatabase(Request request) throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        List<Connection> taken = new ArrayList<>();
        try {
            while (taken.size() < pool.getMaximumPoolSize()) {
                taken.add(pool.getConnection());
            }
            return request.run();
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
        }
    }

    /**
     * The answer has what the contract says for its status: the media type, each documented
     * header, and a body with the schema's required properties, each of its documented type.
     */
    private static void assertAsDocumented(JsonNode spec, JsonNode response, MockHttpServletResponse answer,
            Case example) throws Exception {
        String what = example.operation() + " " + answer.getStatus() + " (" + example.name() + ")";
        for (String header : response.path("headers").propertyNames()) {
            assertThat(answer.getHeader(header)).as(what + ": header " + header).isNotBlank();
        }
        JsonNode content = response.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return;
        }
        assertThat(answer.getContentType()).as(what).isNotNull();
        MediaType actual = MediaType.parseMediaType(answer.getContentType());
        String documentedType = content.propertyNames().stream()
                .filter(type -> MediaType.parseMediaType(type).isCompatibleWith(actual)).findFirst().orElse(null);
        assertThat(documentedType).as(what + ": " + actual + " among " + content.propertyNames()).isNotNull();
        assertThat(actual.getSubtype()).as(what).isIn("json", "problem+json");
        JsonNode body = JSON.readTree(answer.getContentAsString(StandardCharsets.UTF_8));
        assertMatches(spec, content.get(documentedType).get("schema"), body, what);
    }

    private static void assertMatches(JsonNode spec, JsonNode schema, JsonNode value, String what) {
        JsonNode resolved = resolve(spec, schema);
        assertThat(value.isObject()).as(what + ": an object").isTrue();
        for (JsonNode required : resolved.path("required")) {
            assertThat(value.has(required.asString())).as(what + ": required " + required.asString() + " in " + value)
                    .isTrue();
        }
        for (String property : resolved.path("properties").propertyNames()) {
            if (value.has(property)) {
                JsonNode declared = resolve(spec, resolved.at("/properties/" + property));
                assertThat(hasType(declared, value.get(property))).as(what + ": " + property + " is "
                        + declared + " but " + value.get(property)).isTrue();
            }
        }
        assertThat(value.propertyNames()).as(what + ": only documented properties")
                .allSatisfy(name -> assertThat(resolved.path("properties").has(name)).as(name).isTrue());
    }

    /** Whether {@code value} is of the schema's JSON type (3.0's {@code type} and {@code nullable}, or 3.1's list). */
    private static boolean hasType(JsonNode schema, JsonNode value) {
        Set<String> types = new TreeSet<>();
        JsonNode type = schema.get("type");
        if (type == null) {
            schema.path("types").forEach(each -> types.add(each.asString()));
        } else if (type.isArray()) {
            type.forEach(each -> types.add(each.asString()));
        } else {
            types.add(type.asString());
        }
        if (schema.path("nullable").asBoolean(false)) {
            types.add("null");
        }
        if (types.isEmpty()) {
            return true;
        }
        String actual = switch (value.getNodeType()) {
            case NUMBER -> value.isIntegralNumber() ? "integer" : "number";
            case STRING -> "string";
            case BOOLEAN -> "boolean";
            case ARRAY -> "array";
            case OBJECT -> "object";
            case NULL -> "null";
            default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
        };
        return types.contains(actual) || actual.equals("integer") && types.contains("number");
    }

    private static JsonNode resolve(JsonNode spec, JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        String name = ref.asString().substring(ref.asString().lastIndexOf('/') + 1);
        JsonNode target = spec.at("/components/schemas/" + name);
        assertThat(target.isMissingNode()).as("schema " + name + " is in the components").isFalse();
        return target;
    }

    /** Each operation of the description, as {@code "method path"}. */
    private static Map<String, JsonNode> operationsOf(JsonNode spec) {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        for (String path : spec.get("paths").propertyNames()) {
            for (String method : spec.get("paths").get(path).propertyNames()) {
                if (Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace").contains(method)) {
                    operations.put(method + " " + path, spec.get("paths").get(path).get(method));
                }
            }
        }
        return operations;
    }

    private static Set<String> operations(JsonNode spec) {
        return new TreeSet<>(operationsOf(spec).keySet());
    }

    /** Each controller method under /api as {@code "method path"}, from Spring MVC's own mappings. */
    private Set<String> servedOperations() {
        Set<String> served = new TreeSet<>();
        context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class).getHandlerMethods()
                .keySet().forEach(info -> info.getPatternValues().stream()
                        .filter(path -> path.startsWith(ApiProblems.PREFIX + "/"))
                        .forEach(path -> info.getMethodsCondition().getMethods().forEach(method ->
                                served.add(method.name().toLowerCase(Locale.ROOT) + " " + path))));
        return served;
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(ReportFixtures.COMMUNE, PASSWORD)).with(from(address))).andReturn()
                .getResponse();
    }

    private MockHttpServletRequestBuilder submit(LocalDate day, String cumulative) {
        return ReportApiRequests.submit(campaign.id(), day, cumulative);
    }

    private MockHttpServletRequestBuilder read(String campaignId, String date) {
        return request(HttpMethod.GET, REPORTS).param("campaignId", campaignId).param("date", date);
    }

    private String body(LocalDate day, String cumulative) {
        return ReportApiRequests.body(campaign.id(), day, cumulative);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @FunctionalInterface
    private interface Request {
        MockHttpServletResponse run() throws Exception;
    }

    /** A real request of an operation, named for the failure messages. */
    private record Case(String operation, String name, Request request) {

        MockHttpServletResponse run() throws Exception {
            return request.run();
        }
    }
}
