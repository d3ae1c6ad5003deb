package vn.gov.bluezone.hierarchy.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import vn.gov.bluezone.hierarchy.UnitImportResult;
import vn.gov.bluezone.hierarchy.UnitImportService;
import vn.gov.bluezone.shared.ImportProblem;
import vn.gov.bluezone.shared.ImportRejectedException;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.ui.BoundedUpload;
import vn.gov.bluezone.shared.ui.ErrorMessages;

/**
 * Upload of a GSO unit list (CSV, UTF-8). A file with any problem is refused whole, with every
 * problem listed by row; a clean file is applied in one transaction.
 */
@Route("units/import")
@RolesAllowed("ADMIN")
@Menu(order = 11, title = "nav.unitImport", icon = "UPLOAD")
public class UnitImportView extends VerticalLayout implements HasDynamicTitle {

    private final UnitImportService importer;
    private final Paragraph outcome = new Paragraph();
    private final Grid<ImportProblem> problems = new Grid<>();

    UnitImportView(UnitImportService importer) {
        this.importer = importer;
        addClassName("portal-view");

        Upload upload = BoundedUpload.upload("unit-upload", UnitImportService.MAX_BYTES,
                new PortalException("import.error.tooLarge", UnitImportService.MAX_BYTES / (1024 * 1024)), (metadata, content) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> apply(metadata.fileName(), content));
        });
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.addFileRejectedListener(rejected -> ErrorMessages.show(this,
                new PortalException("import.error.fileRejected", UnitImportService.MAX_BYTES / (1024 * 1024))));

        outcome.setId("import-outcome");
        problems.setId("import-problems");
        problems.addColumn(ImportProblem::row).setHeader(getTranslation("import.row")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(problem -> getTranslation(problem.messageKey(), problem.arguments().toArray()))
                .setHeader(getTranslation("import.problem")).setFlexGrow(1);
        problems.setVisible(false);
        problems.setAllRowsVisible(true);

        add(new H2(getTranslation("unitImport.title")), new Paragraph(getTranslation("unitImport.help")), upload,
                outcome, problems);
    }

    void apply(String fileName, byte[] content) {
        problems.setVisible(false);
        try {
            UnitImportResult result = importer.importGsoList(fileName, content);
            outcome.setText(getTranslation("unitImport.done", result.created(), result.updated(), result.unchanged()));
        } catch (ImportRejectedException rejected) {
            outcome.setText(getTranslation("import.rejected", rejected.problems().size()));
            problems.setItems(rejected.problems());
            problems.setVisible(true);
        } catch (PortalException refused) {
            outcome.setText(ErrorMessages.text(this, refused));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unitImport.title");
    }
}
