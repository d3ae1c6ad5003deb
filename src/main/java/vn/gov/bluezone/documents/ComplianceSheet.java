package vn.gov.bluezone.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * The compliance board of a day as a report of the provincial Department to the provincial chair:
 * the ranked table and, for each flagged unit, the reasons and the suggested or decided action. The
 * compliance module fills it with text already in words; this module lays it out.
 */
public record ComplianceSheet(long campaignId, LocalDate day, String levelTitle, List<Row> rows, List<String> flagged) {

    /** One ranked unit: rank, name, installs, coverage, on-time rate, traffic light, all as printed. */
    public record Row(String rank, String unit, String installs, String coverage, String onTime, String light) {
    }
}
