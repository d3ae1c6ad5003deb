package vn.gov.bluezone.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;

import vn.gov.bluezone.shared.ImportProblem;
import vn.gov.bluezone.shared.ImportRejectedException;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.TabularImport.Formats;

/**
 * The import screen's part, the same for every spreadsheet import: the help text, any fields the
 * import needs, the upload (limited on the server, {@link BoundedUpload}), the outcome and, when a
 * file is refused, its problems by row. A refused file shows "nothing stored" with the problem
 * count; a clean one shows the message the import returns.
 */
public class ImportPanel extends VerticalLayout {

    /** Runs the import of one file and returns the success message in the user's language. */
    @FunctionalInterface
    public interface Importer {

        String importFile(String fileName, byte[] content);
    }

    /** The component ids of a panel: the upload, the outcome paragraph and the problems grid. */
    public record Ids(String upload, String outcome, String problems) {

        /** {@code prefix-upload}, {@code prefix-outcome}, {@code prefix-problems}. */
        public static Ids of(String prefix) {
            return new Ids(prefix + "-upload", prefix + "-outcome", prefix + "-problems");
        }
    }

    private final Upload upload;
    private final int maxBytes;
    private final Paragraph outcome = new Paragraph();
    private final Grid<ImportProblem> problems = new Grid<>();
    private final transient Importer importer;

    /**
     * A panel for files of the given formats up to {@code maxBytes}; {@code fields} (e.g. the source
     * of the figures) stand between the help text and the upload.
     */
    public ImportPanel(Ids ids, Formats formats, int maxBytes, String helpKey, Importer importer, Component... fields) {
        this(ids, formats == Formats.CSV ? new String[] {".csv", "text/csv"}
                : new String[] {".csv", "text/csv", ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
                "import.row", maxBytes, helpKey, importer, fields);
    }

    /**
     * A panel for files that are not tables (a map's GeoJSON): the browser offers the
     * {@code acceptedTypes} (extensions and media types), and the problems' first column, headed
     * {@code numberKey}, numbers what the file holds (its features); 0, the file as a whole, shows
     * empty. The import itself still checks the file, whatever the browser let through.
     */
    public ImportPanel(Ids ids, String[] acceptedTypes, String numberKey, int maxBytes, String helpKey, Importer importer,
            Component... fields) {
        this.importer = importer;
        this.maxBytes = maxBytes;
        setPadding(false);
        upload = BoundedUpload.upload(ids.upload(), maxBytes, tooLarge(maxBytes), (metadata, content) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> apply(metadata.fileName(), content));
        });
        upload.setAcceptedFileTypes(acceptedTypes);
        outcome.setId(ids.outcome());
        problems.setId(ids.problems());
        problems.addColumn(problem -> problem.row() > 0 ? Integer.toString(problem.row()) : "")
                .setHeader(getTranslation(numberKey)).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(problem -> getTranslation(problem.messageKey(), problem.arguments().toArray()))
                .setHeader(getTranslation("import.problem")).setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);

        add(new Paragraph(getTranslation(helpKey)));
        add(fields);
        add(upload, outcome, problems);
    }

    /** A file the browser refuses (type or size) is told with this message key and the limit in MB. */
    public ImportPanel tellRefusedFiles(String messageKey) {
        upload.addFileRejectedListener(rejected -> ErrorMessages.show(this,
                new PortalException(messageKey, maxBytes / (1024 * 1024))));
        return this;
    }

    private void apply(String fileName, byte[] content) {
        problems.setVisible(false);
        try {
            outcome.setText(importer.importFile(fileName, content));
        } catch (ImportRejectedException rejected) {
            outcome.setText(getTranslation("import.rejected", rejected.problems().size()));
            problems.setItems(rejected.problems());
            problems.setVisible(true);
        } catch (PortalException refused) {
            outcome.setText(ErrorMessages.text(this, refused));
        }
    }

    private static PortalException tooLarge(int maxBytes) {
        return new PortalException("import.error.tooLarge", maxBytes / (1024 * 1024));
    }
}
