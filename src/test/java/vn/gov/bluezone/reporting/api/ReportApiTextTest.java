package vn.gov.bluezone.reporting.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.text.Normalizer;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.ReportDetails;
import vn.gov.bluezone.reporting.ReportFixtures;

/**
 * Texts sent to the report API are stored composed (NFC) and clean, and their lengths are counted
 * after cleaning (decision 0016).
 */
@PortalSpringTest
class ReportApiTextTest {

    private static final String PASSWORD = "Bluezone@2020";
    /** 120 characters once composed. */
    private static final String LONG_NAME = "Phạm Thị Lập ".repeat(9) + "Phạ";

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
    void decomposedAndInvisibleCharactersAreStoredAsCleanComposedText() throws Exception {
        LocalDate day = today.minusDays(1);
        String name = nfd(LONG_NAME);
        assertThat(name.length()).isGreaterThan(DailyReportService.MAX_SIGNER);
        // JSON escapes: a byte-order mark, a zero-width space, NUL, ESC, the right-to-left override,
        // a left-to-right isolate, a lone high surrogate
        MockHttpServletResponse created = send(day, "\\ufeff" + name.replace("Thị", "Th\\u200bị") + "\\u0000",
                "Phó Chủ tịch\\u001b UBND xã\\u202e",
                nfd("Đã vận động 40 hộ") + "\\r\\nbiên bản \\u202egnp.exe\\u2066\\ud800 đính kèm");
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);

        ReportDetails stored = as.call(ReportFixtures.COMMUNE, () -> reports.open(campaign.id(), day).report());
        assertThat(stored.signerName()).isEqualTo(LONG_NAME).hasSize(120);
        assertThat(stored.signerTitle()).isEqualTo("Phó Chủ tịch UBND xã");
        assertThat(stored.results()).isEqualTo("Đã vận động 40 hộ\nbiên bản gnp.exe đính kèm");
    }

    @Test
    void aNameLongerThan120CharactersOnceComposedIsStillRefused() throws Exception {
        LocalDate day = today.minusDays(2);
        MockHttpServletResponse refused = send(day, nfd(LONG_NAME + "p"), "Chủ tịch UBND xã", "Đã vận động.");
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("\"signerName\":\"Nội dung quá dài.\"");

        // a name of invisible characters only is no name
        MockHttpServletResponse invisible = send(day, "\\u200b\\u202e\\u0000", "Chủ tịch UBND xã", "Đã vận động.");
        assertThat(invisible.getStatus()).isEqualTo(400);
        assertThat(invisible.getContentAsString()).contains("\"signerName\":\"Nhập họ tên người ký.\"");
        assertThat(as.call(ReportFixtures.COMMUNE, () -> reports.open(campaign.id(), day).report())).isNull();
    }

    private MockHttpServletResponse send(LocalDate day, String signerName, String signerTitle, String results)
            throws Exception {
        String body = """
                {"campaignId": %d, "reportDate": "%s", "cumulativeInstalls": 1100, "work": {"HOUSEHOLDS": 40},
                 "results": "%s", "signerName": "%s", "signerTitle": "%s"}
                """.formatted(campaign.id(), day, results, signerName, signerTitle);
        return mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic(ReportFixtures.COMMUNE, PASSWORD))).andReturn().getResponse();
    }

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }
}
