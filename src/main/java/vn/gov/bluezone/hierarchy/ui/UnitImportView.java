package vn.gov.bluezone.hierarchy.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import vn.gov.bluezone.hierarchy.SuccessorImportService;
import vn.gov.bluezone.hierarchy.UnitImportResult;
import vn.gov.bluezone.hierarchy.UnitImportService;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.TabularImport.Formats;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.ui.Fields;
import vn.gov.bluezone.shared.ui.ImportPanel;
import vn.gov.bluezone.shared.ui.ViewPermission;

/**
 * Upload of a GSO unit list (CSV, UTF-8), with the day it takes effect, and of the successor
 * table of a reorganisation. A file with any problem is refused whole, with every problem listed by
 * row; a clean file is applied in one transaction.
 */
@Route("units/import")
@ViewPermission(Permission.MANAGE_UNITS)
@Menu(order = 11, title = "nav.unitImport", icon = "UPLOAD")
public class UnitImportView extends VerticalLayout implements HasDynamicTitle {

    UnitImportView(UnitImportService importer, SuccessorImportService successors) {
        addClassName("portal-view");
        DatePicker validFrom = Fields.date(new DatePicker(), "unit-valid-from", getTranslation("unitImport.validFrom"), null);
        validFrom.setHelperText(getTranslation("unitImport.validFromHelp"));
        ImportPanel panel = new ImportPanel(new ImportPanel.Ids("unit-upload", "import-outcome", "import-problems"),
                Formats.CSV, UnitImportService.MAX_BYTES, "unitImport.help", (fileName, content) -> {
                    UnitImportResult result = importer.importGsoList(fileName, content, validFrom.getValue());
                    return getTranslation("unitImport.done", result.created(), result.updated(), result.unchanged())
                            + (result.ended() == 0 ? "" : " " + getTranslation("unitImport.ended", result.ended(),
                                    validFrom.getValue().format(VietnameseFormats.DATE)));
                }).tellRefusedFiles("import.error.fileRejected");
        DatePicker reformDay = Fields.date(new DatePicker(), "successor-reform-day",
                getTranslation("successorImport.reformDay"), LocalDate.of(2025, 7, 1));
        ImportPanel successorPanel = new ImportPanel(ImportPanel.Ids.of("successor"), Formats.CSV,
                UnitImportService.MAX_BYTES, "successorImport.help", (fileName, content) -> {
                    SuccessorImportService.Result result = successors.importSuccessors(fileName, content,
                            reformDay.getValue());
                    return getTranslation("successorImport.done", result.rows(), result.resolved(),
                            result.oldUnresolved(), result.newUnresolved());
                }).tellRefusedFiles("import.error.fileRejected");
        add(new H2(getTranslation("unitImport.title")), validFrom, panel,
                new H3(getTranslation("successorImport.title")), reformDay, successorPanel);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unitImport.title");
    }
}
