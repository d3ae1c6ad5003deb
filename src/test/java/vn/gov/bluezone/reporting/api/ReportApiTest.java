package vn.gov.bluezone.reporting.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.ReportFixtures;

/** The report API through the real filter chains: login, scope, refusals in Vietnamese, nothing stored. */
@PortalSpringTest
class ReportApiTest {

    private static final String PASSWORD = "Bluezone@2020";

    @Autowired
    WebApplicationContext context;
    @Autowired
    ReportFixtures fixtures;
    @Autowired
    DailyReportService reports;
    @Autowired
    AsUser as;

    MockMvc mvc;
    CampaignDetails campaign;
    LocalDate today;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        today = reports.today();
        campaign = fixtures.campaign(today.minusDays(5), today.plusDays(10));
    }

    @Test
    void aCommuneSubmitsOnceReadsItBackAndASecondSubmissionIsRefused() throws Exception {
        MvcResult created = mvc.perform(submit(today.minusDays(1), "1100").with(httpBasic(ReportFixtures.COMMUNE, PASSWORD)))
                .andReturn();
        MockHttpServletResponse response = created.getResponse();
        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getContentAsString()).contains("\"cumulativeInstalls\":1100", "\"status\":\"SUBMITTED\"",
                "\"unitName\":\"Xã Đức Lập Hạ\"");
        assertThat(response.getHeader("Location")).contains("campaignId=" + campaign.id());

        // the login is kept in the session: no password on the next request
        MockHttpSession session = (MockHttpSession) created.getRequest().getSession(false);
        MockHttpServletResponse read = mvc.perform(get("/api/v1/reports").session(session)
                .param("campaignId", String.valueOf(campaign.id())).param("date", today.minusDays(1).toString()))
                .andReturn().getResponse();
        assertThat(read.getStatus()).isEqualTo(200);
        assertThat(read.getContentAsString()).contains("\"cumulativeInstalls\":1100");

        MockHttpServletResponse again = mvc.perform(submit(today.minusDays(1), "1200").session(session)).andReturn()
                .getResponse();
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentAsString()).contains("Xã đã có báo cáo cho ngày này");
        assertThat(dayFigure(today.minusDays(1))).isEqualTo(1100);
    }

    @Test
    void badInputIsRefusedInVietnameseAndNothingIsStored() throws Exception {
        LocalDate day = today.minusDays(2);
        MockHttpServletResponse negative = send(submit(day, "-5"));
        assertThat(negative.getStatus()).isEqualTo(400);
        assertThat(negative.getContentAsString()).contains("\"cumulativeInstalls\":\"Số không được âm.\"");

        MockHttpServletResponse text = send(submit(day, "\"12a\""));
        assertThat(text.getStatus()).isEqualTo(400);
        assertThat(text.getContentAsString()).contains("Dữ liệu gửi lên không đọc được");

        MockHttpServletResponse future = send(submit(today.plusDays(1), "1100"));
        assertThat(future.getStatus()).isEqualTo(400);
        assertThat(future.getContentAsString()).contains("\"reportDate\"");

        MockHttpServletResponse above = send(submit(day, "20000"));
        assertThat(above.getStatus()).isEqualTo(422);
        assertThat(above.getContentAsString()).contains("lớn hơn dân số");

        MockHttpServletResponse huge = send(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
                .content(body(day, "1100").replace("\"Đã vận động 40 hộ.\"", "\"" + "x".repeat(5_000) + "\"")));
        assertThat(huge.getStatus()).isEqualTo(400);
        assertThat(huge.getContentAsString()).contains("\"results\"");

        MockHttpServletResponse form = send(post("/api/v1/reports").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("campaignId", String.valueOf(campaign.id())));
        assertThat(form.getStatus()).isEqualTo(415);

        assertThat(as.call(ReportFixtures.COMMUNE, () -> reports.open(campaign.id(), day).report())).isNull();
    }

    @Test
    void onlyASignedInCommuneOfficerMaySubmitAndABrowserSessionIsNotAnApiLogin() throws Exception {
        LocalDate day = today.minusDays(3);
        MockHttpServletResponse anonymous = mvc.perform(submit(day, "1100")).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(anonymous.getContentAsString()).contains("Cần đăng nhập");

        MockHttpServletResponse wrong = mvc.perform(submit(day, "1100").with(httpBasic(ReportFixtures.COMMUNE, "wrong-1")))
                .andReturn().getResponse();
        assertThat(wrong.getStatus()).isEqualTo(401);

        MockHttpServletResponse district = mvc.perform(submit(day, "1100").with(httpBasic("huyen.duchoa", PASSWORD)))
                .andReturn().getResponse();
        assertThat(district.getStatus()).isEqualTo(403);
        assertThat(district.getContentAsString()).contains("Bạn không có quyền");

        // signed in to the portal through the login page: that session does not open the API
        MvcResult login = mvc.perform(post("/login").param("username", ReportFixtures.COMMUNE).param("password", PASSWORD)
                .with(csrf())).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/");
        MockHttpSession browser = (MockHttpSession) login.getRequest().getSession(false);
        assertThat(mvc.perform(submit(day, "1100").session(browser)).andReturn().getResponse().getStatus()).isEqualTo(401);

        assertThat(as.call(ReportFixtures.COMMUNE, () -> reports.open(campaign.id(), day).report())).isNull();
    }

    @Test
    void answersInEnglishWhenAsked() throws Exception {
        MockHttpServletResponse negative = mvc.perform(submit(today.minusDays(2), "-5")
                .header("Accept-Language", "en").with(httpBasic(ReportFixtures.COMMUNE, PASSWORD))).andReturn().getResponse();
        assertThat(negative.getStatus()).isEqualTo(400);
        assertThat(negative.getContentAsString()).contains("Some input is not valid");
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(ReportFixtures.COMMUNE, PASSWORD))).andReturn().getResponse();
    }

    private MockHttpServletRequestBuilder submit(LocalDate day, String cumulative) {
        return ReportApiRequests.submit(campaign.id(), day, cumulative);
    }

    private String body(LocalDate day, String cumulative) {
        return ReportApiRequests.body(campaign.id(), day, cumulative);
    }

    private long dayFigure(LocalDate day) {
        return as.call(ReportFixtures.COMMUNE, () -> reports.open(campaign.id(), day).report().cumulativeInstalls());
    }
}
