package vn.gov.bluezone.reporting.ui;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.DayStatus;
import vn.gov.bluezone.reporting.RevisionView;
import vn.gov.bluezone.reporting.SignedCopyFile;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.ui.Fields;

/** Pieces the report screens share: status badges, the history grid, the signed-copy link. */
final class ReportTexts {

    private ReportTexts() {
    }

    static Span dayStatusBadge(Component context, DayStatus status) {
        return Fields.badge(context.getTranslation("dayStatus." + status.name()), status.badgeTheme());
    }

    static String percent(Component context, long part, long whole) {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        Locale locale = ui == null ? null : ui.getLocale();
        return VietnameseFormats.percent(part, whole, locale == null ? Locale.forLanguageTag("vi-VN") : locale);
    }

    static Grid<RevisionView> historyGrid(Component context) {
        Grid<RevisionView> grid = new Grid<>();
        grid.setId("report-history");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> VietnameseFormats.dateTime(r.occurredAt())).setHeader(context.getTranslation("history.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RevisionView::actor).setHeader(context.getTranslation("history.actor")).setAutoWidth(true);
        grid.addColumn(r -> context.getTranslation("history.action." + r.action())).setHeader(context.getTranslation("history.action"));
        grid.addColumn(r -> r.changes() == null ? "" : r.changes()).setHeader(context.getTranslation("history.changes"))
                .setFlexGrow(3);
        return grid;
    }

    /** A download link for the signed copy; the service checks scope again when it is clicked. */
    static Anchor signedCopyLink(Component context, DailyReportService reports, long reportId, String fileName) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            SignedCopyFile file = reports.signedCopy(reportId);
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                    file.content().length);
        }), context.getTranslation("signedCopy.download", fileName));
        link.setId("signed-copy-link");
        return link;
    }
}
