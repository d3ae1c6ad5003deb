package vn.gov.bluezone.reporting.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The report API tests' usual submission: Xã Đức Lập Hạ's day with the given cumulative figure. */
final class ReportApiRequests {

    private ReportApiRequests() {
    }

    /** A POST of {@link #body}; {@code cumulative} is written into the JSON as given (a number or not). */
    static MockHttpServletRequestBuilder submit(long campaignId, LocalDate day, String cumulative) {
        return post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content(body(campaignId, day, cumulative));
    }

    static String body(long campaignId, LocalDate day, String cumulative) {
        return """
                {"campaignId": %d, "reportDate": "%s", "cumulativeInstalls": %s, "work": {"HOUSEHOLDS": 40},
                 "results": "Đã vận động 40 hộ.", "signerName": "Phạm Thị Lập", "signerTitle": "Phó Chủ tịch UBND xã"}
                """.formatted(campaignId, day, cumulative);
    }
}
