package vn.gov.bluezone.hierarchy.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import vn.gov.bluezone.hierarchy.BoundaryImportService;
import vn.gov.bluezone.hierarchy.SuccessorImportService;
import vn.gov.bluezone.hierarchy.UnitImportResult;
import vn.gov.bluezone.hierarchy.UnitImportService;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.TabularImport.Formats;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.ui.Fields;
import vn.gov.bluezone.shared.ui.ImportPanel;
import vn.gov.bluezone.shared.ui.ViewPermission;

/**
 * Upload of a GSO unit list (CSV, UTF-8), with the day it takes effect, of the successor table of
 * a reorganisation, and of unit boundaries (GeoJSON, decision 0032). A file with any problem is
 * refused whole, with every problem listed by row (by feature for boundaries); a clean file is
 * applied in one transaction. After boundaries, the units beside them still without a shape are
 * named, as text: names are data, never markup.
 */
@Route("units/import")
@ViewPermission(Permission.MANAGE_UNITS)
@Menu(order = 11, title = "nav.unitImport", icon = "UPLOAD")
public class UnitImportView extends VerticalLayout implements HasDynamicTitle {

    /** Units without a shape named after an import, at most; the rest are counted. */
    static final int NAMED_WITHOUT_SHAPE = 30;

    UnitImportView(UnitImportService importer, SuccessorImportService successors, BoundaryImportService boundaries) {
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
        ImportPanel boundaryPanel = new ImportPanel(ImportPanel.Ids.of("boundary"),
                new String[] {".geojson", ".json", "application/geo+json", "application/json"}, "boundaryImport.feature",
                BoundaryImportService.MAX_BYTES, "boundaryImport.help", (fileName, content) ->
                        outcome(boundaries.importBoundaries(fileName, content)))
                .tellRefusedFiles("boundaryImport.fileRejected");
        add(new H2(getTranslation("unitImport.title")), validFrom, panel,
                new H3(getTranslation("successorImport.title")), reformDay, successorPanel,
                new H3(getTranslation("boundaryImport.title")), boundaryPanel);
    }

    private String outcome(BoundaryImportService.Result result) {
        String done = result.changed()
                ? getTranslation("boundaryImport.done", result.shapes(), result.created(), result.replaced(),
                        result.unchanged())
                : getTranslation("boundaryImport.unchanged", result.shapes());
        List<UnitSummary> missing = result.withoutShape();
        if (missing.isEmpty()) {
            return done + " " + getTranslation("boundaryImport.allShaped");
        }
        String names = missing.stream().limit(NAMED_WITHOUT_SHAPE).map(unit -> unit.name() + " (" + unit.code() + ")")
                .collect(Collectors.joining(", "));
        String more = missing.size() > NAMED_WITHOUT_SHAPE
                ? " " + getTranslation("boundaryImport.more", missing.size() - NAMED_WITHOUT_SHAPE) : "";
        return done + " " + getTranslation("boundaryImport.withoutShape", missing.size(), names) + more;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unitImport.title");
    }
}
