package vn.gov.bluezone.shared.ui;

/**
 * The address of a daily report's PDF, in one place: the report screens link to it, the document
 * page links to it, the controller in {@code documents.ui} serves it and the security configuration
 * lets signed-in users reach it (the service behind it checks scope).
 */
public final class ReportDocumentAddress {

    /** The controller's mapping: what {@link RouteIds} accepts as an id, a plain positive number of at most 18 digits. */
    public static final String MAPPING = "/reports/{id:[1-9][0-9]{0,17}}/document.pdf";

    /** The request pattern every such file matches, for the security configuration. */
    public static final String FILES = "/reports/*/document.pdf";

    private ReportDocumentAddress() {
    }

    /** The address of the PDF of report {@code id}, relative to the application's root (as the views' links are). */
    public static String of(long id) {
        return "reports/" + id + "/document.pdf";
    }
}
