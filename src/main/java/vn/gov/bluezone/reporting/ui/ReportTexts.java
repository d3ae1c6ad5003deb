package vn.gov.bluezone.reporting.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import vn.gov.bluezone.campaign.WorkForm;
import vn.gov.bluezone.reporting.DayStatus;
import vn.gov.bluezone.reporting.RevisionEntry;
import vn.gov.bluezone.reporting.SignedCopyFile;
import vn.gov.bluezone.reporting.SignedCopyService;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.ui.Fields;
import vn.gov.bluezone.shared.ui.ReportDocumentAddress;

/** Pieces the report screens share: status badges, the history, the signed-copy link. */
final class ReportTexts {

    private ReportTexts() {
    }

    static Span dayStatusBadge(Component context, DayStatus status) {
        return Fields.badge(context.getTranslation("dayStatus." + status.name()), status.badgeTheme());
    }

    static String percent(Component context, long part, long whole) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? null : ui.getLocale();
        return VietnameseFormats.percent(part, whole, locale == null ? Locale.forLanguageTag("vi-VN") : locale);
    }

    /** The history as stacked entries (readable on a phone): when, who, what, then one line per changed field. */
    static Div history() {
        Div history = new Div();
        history.setId("report-history");
        history.addClassName("portal-history");
        return history;
    }

    static void showHistory(Div history, Component context, List<RevisionEntry> revisions, List<WorkForm> workForms) {
        history.removeAll();
        Map<String, String> workLabels = workForms.stream()
                .collect(Collectors.toMap(WorkForm::code, WorkForm::label, (a, b) -> a));
        for (RevisionEntry revision : revisions) {
            Div entry = new Div();
            entry.addClassName("portal-history-entry");
            Span heading = new Span(context.getTranslation("history.entry", VietnameseFormats.dateTime(revision.occurredAt()),
                    revision.actorName(), context.getTranslation(revision.action().messageKey())));
            heading.addClassName("portal-history-heading");
            entry.add(heading);
            List<RevisionTexts.Change> changes = RevisionTexts.changes(revision.changes(), key -> context.getTranslation(key), workLabels);
            if (!changes.isEmpty()) {
                UnorderedList lines = new UnorderedList();
                for (RevisionTexts.Change change : changes) {
                    lines.add(new ListItem(change.label() == null ? change.after() : change.text()));
                }
                entry.add(lines);
            }
            history.add(entry);
        }
        if (revisions.isEmpty()) {
            history.add(new Span(context.getTranslation("history.empty")));
        }
    }

    /**
     * The report's PDF in one click (the documents module serves it beside the document page, at
     * {@code reports/{id}/document.pdf}, decision 0023) and the document page, with the DOCX and the issued
     * versions, under a link of its own.
     */
    static HorizontalLayout documentLinks(Component context, long reportId) {
        Anchor pdf = new Anchor(ReportDocumentAddress.of(reportId), context.getTranslation("document.viewPdf"));
        pdf.setTarget(AnchorTarget.BLANK);
        pdf.setRouterIgnore(true); // a file, not a route: the browser fetches it, the router does not navigate
        pdf.setId("report-document-pdf");
        Anchor page = new Anchor("reports/" + reportId + "/document", context.getTranslation("document.page"));
        page.setId("report-document-link");
        HorizontalLayout links = new HorizontalLayout(pdf, page);
        links.setWrap(true);
        return links;
    }

    /** A download link for the signed copy; the service checks scope again when it is clicked. */
    static Anchor signedCopyLink(Component context, SignedCopyService signedCopies, long reportId, String fileName) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            SignedCopyFile file = signedCopies.download(reportId);
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                    file.content().length);
        }), context.getTranslation("signedCopy.download", fileName));
        link.setId("signed-copy-link");
        return link;
    }
}
