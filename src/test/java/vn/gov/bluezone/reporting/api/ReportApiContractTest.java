package vn.gov.bluezone.reporting.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.audit.AuditEntry;
import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.audit.DeniedAccess;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.identity.AccountService;
import vn.gov.bluezone.identity.Role;
import vn.gov.bluezone.identity.UserAdminService;
import vn.gov.bluezone.identity.UserDetailsForm;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.ReportFixtures;
import vn.gov.bluezone.shared.SystemAccess;
import vn.gov.bluezone.shared.api.ApiBodyLimit;

/**
 * The report API's contract, one error class at a time, through the real filter chains: every
 * answer under /api is JSON with the right status and a Vietnamese message, never a redirect, a
 * forward to Vaadin or an HTML page, and a refused submission stores nothing (decision 0015).
 */
@PortalSpringTest
class ReportApiContractTest {

    private static final String PASSWORD = "Bluezone@2020";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebApplicationContext context;
    @Autowired
    ReportFixtures fixtures;
    @Autowired
    DailyReportService reports;
    @Autowired
    UserAdminService users;
    @Autowired
    AccountService accounts;
    @Autowired
    HierarchyService hierarchy;
    @Autowired
    AsUser as;
    @Autowired
    AuditLog auditLog;

    MockMvc mvc;
    CampaignDetails campaign;
    LocalDate day;

    @BeforeEach
    void setUp() {
        // MockMvc runs only the filters it is given: the body limit in front of the security chain, as
        // the servlet container orders them (ReportApiServerTest shows it there)
        mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(context.getBean(ApiBodyLimit.class))
                .apply(springSecurity()).build();
        LocalDate today = reports.today();
        campaign = fixtures.campaign(today.minusDays(5), today.plusDays(10));
        day = today.minusDays(1);
    }

    @Test
    void aBodyThatIsNotJsonIs415() throws Exception {
        for (MediaType type : List.of(MediaType.APPLICATION_FORM_URLENCODED, MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML)) {
            MockHttpServletResponse answer = send(post("/api/v1/reports").contentType(type).content(body(day, "1100")));
            JsonNode problem = problem(answer, 415, "API chỉ nhận dữ liệu JSON");
            assertThat(problem.get("fields").isEmpty()).isTrue();
        }
        MockHttpServletResponse none = send(post("/api/v1/reports").content(body(day, "1100")));
        problem(none, 415, "API chỉ nhận dữ liệu JSON");
        assertNothingStored(day);
    }

    @Test
    void anUnknownAddressUnderApiIs404AndNeverReachesVaadin() throws Exception {
        for (String path : List.of("/api/v1/unknown", "/api/v2/reports", "/api", "/api/", "/api/v1/reports/42")) {
            MockHttpServletResponse answer = send(get(path).accept(MediaType.TEXT_HTML));
            problem(answer, 404, "API không có địa chỉ này");
            assertThat(answer.getForwardedUrl()).as(path).isNull();
        }
        problem(send(post("/api/v1/report").contentType(MediaType.APPLICATION_JSON).content(body(day, "1100"))), 404,
                "API không có địa chỉ này");
        assertNothingStored(day);
    }

    @Test
    void aWrongMethodIs405WithTheMethodsAllowed() throws Exception {
        for (HttpMethod method : List.of(HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH)) {
            MockHttpServletResponse answer = send(request(method, "/api/v1/reports")
                    .contentType(MediaType.APPLICATION_JSON).content(body(day, "1100")));
            problem(answer, 405, "Địa chỉ này không nhận phương thức HTTP đã gửi");
            assertThat(answer.getHeader("Allow")).as(method.name()).contains("GET", "POST");
        }
        assertNothingStored(day);

        // asking is not refused: OPTIONS lists the methods, as HTTP has it
        MockHttpServletResponse options = send(request(HttpMethod.OPTIONS, "/api/v1/reports"));
        assertThat(options.getStatus()).isEqualTo(200);
        assertThat(options.getHeader("Allow")).contains("GET", "POST");
    }

    /** Decided: a client that accepts only HTML is told so in JSON (406), and nothing is stored. */
    @Test
    void aClientAcceptingOnlyHtmlGets406InJson() throws Exception {
        MockHttpServletResponse submitted = send(submit(day, "1100").accept(MediaType.TEXT_HTML));
        problem(submitted, 406, "API chỉ trả lời bằng JSON");
        MockHttpServletResponse read = send(get("/api/v1/reports").accept(MediaType.TEXT_HTML)
                .param("campaignId", String.valueOf(campaign.id())).param("date", day.toString()));
        problem(read, 406, "API chỉ trả lời bằng JSON");
        assertNothingStored(day);

        // a browser's usual Accept includes */*: it gets the JSON answer
        MockHttpServletResponse browser = send(get("/api/v1/reports").header("Accept",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .param("campaignId", String.valueOf(campaign.id())).param("date", day.toString()));
        problem(browser, 404, "Xã chưa có báo cáo cho ngày này");
    }

    @Test
    void withoutALoginEveryApiRequestIs401WhateverThePathMethodOrAccept() throws Exception {
        for (String path : List.of("/api/v1/reports", "/api/v1/unknown", "/api", "/api/x/y")) {
            for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE,
                    HttpMethod.OPTIONS)) {
                for (MediaType accept : List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, MediaType.ALL)) {
                    MockHttpServletResponse answer = mvc.perform(request(method, path).accept(accept)
                            .contentType(MediaType.APPLICATION_JSON).content(body(day, "1100"))).andReturn().getResponse();
                    problem(answer, 401, "Cần đăng nhập");
                    assertThat(answer.getHeader("WWW-Authenticate")).startsWith("Basic");
                }
            }
        }
        assertNothingStored(day);
    }

    @Test
    void wrongCredentialsAre401() throws Exception {
        MockHttpServletResponse wrongPassword = mvc.perform(submit(day, "1100")
                .with(httpBasic(ReportFixtures.COMMUNE, "Sai-mat-khau-1"))).andReturn().getResponse();
        problem(wrongPassword, 401, "Cần đăng nhập");
        MockHttpServletResponse unknownUser = mvc.perform(submit(day, "1100")
                .with(httpBasic("khong.co.ai", PASSWORD))).andReturn().getResponse();
        problem(unknownUser, 401, "Cần đăng nhập");
        assertNothingStored(day);
    }

    @Test
    void anAccountWithAnIssuedPasswordIsRefusedUntilItChangesIt() throws Exception {
        String username = "api.tam." + System.nanoTime() % 100_000;
        long unitId = SystemAccess.runAsSystem(() -> hierarchy.getByCode("27958").id());
        String temporary = SystemAccess.runAsSystem(() -> users.create(new UserDetailsForm(username, "Lê Văn Tạm",
                null, null, Role.COMMUNE_OFFICER, unitId))).temporaryPassword();

        MvcResult submitted = mvc.perform(submit(day, "1100").with(httpBasic(username, temporary))).andReturn();
        problem(submitted.getResponse(), 403, "Mật khẩu của tài khoản này do quản trị viên cấp");
        // no session is kept for such a login
        assertThat(submitted.getRequest().getSession(false)).isNull();
        MockHttpServletResponse read = mvc.perform(get("/api/v1/reports").with(httpBasic(username, temporary))
                .param("campaignId", String.valueOf(campaign.id())).param("date", day.toString()))
                .andReturn().getResponse();
        problem(read, 403, "Mật khẩu của tài khoản này do quản trị viên cấp");
        problem(mvc.perform(get("/api/v1/unknown").with(httpBasic(username, temporary))).andReturn().getResponse(),
                403, "Mật khẩu của tài khoản này do quản trị viên cấp");
        assertNothingStored(day);
        assertThat(denied(username)).extracting(AuditEntry::getTarget, AuditEntry::getDetails).containsExactlyInAnyOrder(
                tuple("/api/v1/reports", DeniedAccess.API_ACTION.name()),
                tuple("/api/v1/unknown", DeniedAccess.API_ACTION.name()));

        // the services refuse such a caller too, whatever the entry point; changing the password is open
        assertThatThrownBy(() -> as.call(username, () -> reports.open(campaign.id(), day)))
                .isInstanceOf(AccessDeniedException.class);
        as.run(username, () -> accounts.changePassword(temporary, "Duc-Lap-Ha-2026", "Duc-Lap-Ha-2026"));

        problem(mvc.perform(submit(day, "1100").with(httpBasic(username, temporary))).andReturn().getResponse(), 401,
                "Cần đăng nhập");
        MockHttpServletResponse afterChange = mvc.perform(submit(day, "1100")
                .with(httpBasic(username, "Duc-Lap-Ha-2026"))).andReturn().getResponse();
        assertThat(afterChange.getStatus()).isEqualTo(201);
        assertThat(dayFigure(day)).isEqualTo(1100);
    }

    @Test
    void anotherRoleThanACommuneOfficerIs403() throws Exception {
        for (String user : List.of("huyen.duchoa", "tinh.sotttt", "tinh.lanhdao", "admin")) {
            MockHttpServletResponse answer = mvc.perform(submit(day, "1100").with(httpBasic(user, PASSWORD)))
                    .andReturn().getResponse();
            problem(answer, 403, "Bạn không có quyền");
        }
        assertNothingStored(day);
    }

    /** Decision 0021: a signed-in caller refused by role or scope is in the audit log, as a page would be. */
    @Test
    void refusalsOfRoleAndScopeAreAudited() throws Exception {
        problem(mvc.perform(submit(day, "1100").with(httpBasic("huyen.duchoa", PASSWORD))).andReturn().getResponse(),
                403, "Bạn không có quyền");
        assertThat(denied("huyen.duchoa")).extracting(AuditEntry::getTarget, AuditEntry::getDetails)
                .contains(tuple("/api/v1/reports", DeniedAccess.API_ACTION.name()));

        String foreign = "/api/v1/reports?campaignId=987654321&date=" + day;
        MockHttpServletResponse outside = mvc.perform(get(foreign).with(httpBasic(ReportFixtures.COMMUNE, PASSWORD)))
                .andReturn().getResponse();
        assertThat(outside.getStatus()).isEqualTo(404);
        assertThat(denied(ReportFixtures.COMMUNE)).extracting(AuditEntry::getTarget, AuditEntry::getDetails)
                .contains(tuple(foreign, DeniedAccess.API_RECORD.name()));

        // bad input is not an access attempt: nothing more is recorded for it
        int before = denied(ReportFixtures.COMMUNE).size();
        problem(send(post("/api/v1/reports").contentType(MediaType.TEXT_PLAIN).content(body(day, "1100"))), 415,
                "API chỉ nhận dữ liệu JSON");
        assertThat(denied(ReportFixtures.COMMUNE)).hasSize(before);
    }

    private List<AuditEntry> denied(String user) {
        return as.call("admin", () -> auditLog.search(user, AuditAction.ACCESS_DENIED, null, PageRequest.of(0, 50))
                .getContent());
    }

    @Test
    void figuresAndDatesOfTheWrongJsonTypeAre400NamingTheField() throws Exception {
        String integer = "Phải là số nguyên";
        assertFieldRefused(body(day, "\"4000\""), "cumulativeInstalls", integer);
        assertFieldRefused(body(day, "2500.9"), "cumulativeInstalls", integer);
        assertFieldRefused(body(day, "2500.0"), "cumulativeInstalls", integer);
        assertFieldRefused(body(day, "true"), "cumulativeInstalls", integer);
        assertFieldRefused(body(day, "99999999999999999999"), "cumulativeInstalls", integer);
        assertFieldRefused(body(day, "1100").replace("\"campaignId\": " + campaign.id(), "\"campaignId\": 2.5"),
                "campaignId", integer);
        assertFieldRefused(body(day, "1100").replace("\"HOUSEHOLDS\": 40", "\"HOUSEHOLDS\": \"40\""), "work.HOUSEHOLDS",
                integer);

        String date = "Phải là ngày dạng yyyy-MM-dd";
        assertFieldRefused(body(day, "1100").replace("\"" + day + "\"", "\"" + day + "T10:00:00\""), "reportDate", date);
        assertFieldRefused(body(day, "1100").replace("\"" + day + "\"", "\"" + day + "+07:00\""), "reportDate", date);
        assertFieldRefused(body(day, "1100").replace("\"" + day + "\"",
                "[" + day.getYear() + "," + day.getMonthValue() + "," + day.getDayOfMonth() + "]"), "reportDate", date);

        assertFieldRefused(plus(body(day, "20000"), "\"confirmAboveLimits\": \"true\""), "confirmAboveLimits",
                "Phải là true hoặc false");
        assertFieldRefused(plus(body(day, "20000"), "\"confirmAboveLimits\": 1"), "confirmAboveLimits",
                "Phải là true hoặc false");
        assertFieldRefused(body(day, "1100").replace("\"Đã vận động 40 hộ.\"", "40"), "results",
                "Phải là chuỗi ký tự");
        assertNothingStored(day);
    }

    /** Decided: a property the API does not know, or one sent twice, is refused rather than ignored. */
    @Test
    void anUnknownOrRepeatedPropertyIs400NamingIt() throws Exception {
        assertFieldRefused(body(day, "1100").replace("\"cumulativeInstalls\"", "\"cumulativeInstall\""),
                "cumulativeInstall", "Báo cáo không có trường này");
        assertFieldRefused(plus(body(day, "1100"), "\"cumulativeInstalls\": 9000"), "cumulativeInstalls",
                "Trường này được gửi hai lần");
        MockHttpServletResponse trailing = send(submit(day, "1100").content(body(day, "1100") + " {}"));
        problem(trailing, 400, "Dữ liệu gửi lên không đọc được");
        MockHttpServletResponse nothing = send(submit(day, "1100").content("null"));
        problem(nothing, 400, "Dữ liệu gửi lên không đọc được");
        MockHttpServletResponse empty = send(submit(day, "1100").content(""));
        problem(empty, 400, "Dữ liệu gửi lên không đọc được");
        assertNothingStored(day);
    }

    @Test
    void queryParametersOfTheWrongTypeAre400NamingTheParameter() throws Exception {
        MockHttpServletResponse fraction = send(get("/api/v1/reports").param("campaignId", "2.5")
                .param("date", day.toString()));
        assertThat(problem(fraction, 400, "Dữ liệu gửi lên không đọc được").at("/fields/campaignId").asString())
                .startsWith("Phải là số nguyên");
        MockHttpServletResponse dateTime = send(get("/api/v1/reports").param("campaignId", String.valueOf(campaign.id()))
                .param("date", day + "T10:00"));
        assertThat(problem(dateTime, 400, "Dữ liệu gửi lên không đọc được").at("/fields/date").asString())
                .startsWith("Phải là ngày dạng yyyy-MM-dd");
        MockHttpServletResponse missing = send(get("/api/v1/reports").param("campaignId", String.valueOf(campaign.id())));
        assertThat(problem(missing, 400, "Dữ liệu gửi lên không đọc được").at("/fields/date").asString())
                .isEqualTo("Bắt buộc phải có.");
    }

    @Test
    void aBodyAboveTheLimitIs413AndNothingIsStored() throws Exception {
        String padded = body(day, "1100");
        padded = padded + " ".repeat(64 * 1024 + 1 - padded.getBytes(StandardCharsets.UTF_8).length);
        MockHttpServletResponse answer = send(submit(day, "1100").content(padded));
        problem(answer, 413, "Dữ liệu gửi lên quá lớn: mỗi yêu cầu tối đa 64 KB");
        assertNothingStored(day);

        // at the limit itself the report is taken
        MockHttpServletResponse atLimit = send(submit(day, "1100").content(padded.substring(0, padded.length() - 1)));
        assertThat(atLimit.getStatus()).isEqualTo(201);
    }

    @Test
    void aSecondReportForTheDayIs409AndTheFirstStays() throws Exception {
        assertThat(send(submit(day, "1100")).getStatus()).isEqualTo(201);
        MockHttpServletResponse again = send(submit(day, "1200"));
        problem(again, 409, "Xã đã có báo cáo cho ngày này");
        assertThat(dayFigure(day)).isEqualTo(1100);
    }

    @Test
    void figuresThatNeedConfirmingAre422WithWhatToConfirm() throws Exception {
        MockHttpServletResponse answer = send(submit(day, "20000"));
        JsonNode problem = problem(answer, 422, "Số liệu cần được xác nhận trước khi gửi");
        assertThat(problem.get("confirm").size()).isPositive();
        assertThat(problem.get("confirm").get(0).asString()).contains("lớn hơn dân số");
        assertNothingStored(day);
    }

    @Test
    void theMessagesAreInEnglishWhenAsked() throws Exception {
        MockHttpServletResponse answer = send(post("/api/v1/reports").header("Accept-Language", "en")
                .contentType(MediaType.TEXT_PLAIN).content("x"));
        problem(answer, 415, null);
        assertThat(json(answer).get("message").asString()).isEqualTo(
                "The API takes JSON only; send the header Content-Type: application/json.");
        MockHttpServletResponse field = send(submit(day, "\"4000\"").header("Accept-Language", "en"));
        assertThat(json(field).at("/fields/cumulativeInstalls").asString()).startsWith("Must be a whole number");
    }

    private void assertFieldRefused(String body, String field, String message) throws Exception {
        MockHttpServletResponse answer = send(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content(body));
        JsonNode problem = problem(answer, 400, "Dữ liệu gửi lên không đọc được");
        assertThat(problem.get("fields").propertyNames()).as(body).containsExactly(field);
        assertThat(problem.get("fields").get(field).asString()).as(body).startsWith(message);
    }

    /**
     * The answer is the API's problem: the status, JSON, the status again in the body and the
     * message; no redirect, no forward (to Vaadin or an error page).
     */
    private static JsonNode problem(MockHttpServletResponse answer, int status, String message) throws Exception {
        assertThat(answer.getStatus()).isEqualTo(status);
        assertThat(answer.getContentType()).isNotNull();
        assertThat(MediaType.parseMediaType(answer.getContentType()).isCompatibleWith(MediaType.APPLICATION_JSON))
                .as(answer.getContentType()).isTrue();
        assertThat(answer.getHeader("Location")).isNull();
        assertThat(answer.getRedirectedUrl()).isNull();
        assertThat(answer.getForwardedUrl()).isNull();
        JsonNode problem = json(answer);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        if (message != null) {
            assertThat(problem.get("message").asString()).startsWith(message);
        }
        return problem;
    }

    private static JsonNode json(MockHttpServletResponse answer) throws Exception {
        return JSON.readTree(answer.getContentAsString(StandardCharsets.UTF_8));
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(ReportFixtures.COMMUNE, PASSWORD))).andReturn().getResponse();
    }

    private MockHttpServletRequestBuilder submit(LocalDate date, String cumulative) {
        return ReportApiRequests.submit(campaign.id(), date, cumulative);
    }

    private String body(LocalDate date, String cumulative) {
        return ReportApiRequests.body(campaign.id(), date, cumulative);
    }

    /** The body with one more property at its end. */
    private static String plus(String body, String property) {
        int end = body.lastIndexOf('}');
        return body.substring(0, end) + ", " + property + body.substring(end);
    }

    private void assertNothingStored(LocalDate date) {
        assertThat(as.call(ReportFixtures.COMMUNE, () -> reports.open(campaign.id(), date).report())).isNull();
    }

    private long dayFigure(LocalDate date) {
        return as.call(ReportFixtures.COMMUNE, () -> reports.open(campaign.id(), date).report().cumulativeInstalls());
    }
}
