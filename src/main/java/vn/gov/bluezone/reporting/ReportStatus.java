package vn.gov.bluezone.reporting;

/** Where a report is in its life: draft → submitted → (returned for correction → amended …). */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    AMENDED
}
