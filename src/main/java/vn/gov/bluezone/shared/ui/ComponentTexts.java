package vn.gov.bluezone.shared.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * The texts the Vaadin components carry themselves (the upload's button and messages, the date
 * picker's month names and buttons, the drawer toggle's label, …), from the message bundles in the
 * user's language instead of the components' English defaults. Every view gets these components
 * through here ({@link Fields#date}, {@link BoundedUpload#upload}, …), so no view sets them itself.
 * Dates are dd/MM/yyyy in both languages, weeks start on Monday, times are 24-hour.
 */
public final class ComponentTexts {

    /** Shown and typed dates; the second pattern also accepts 1/8/2020 when typed. */
    public static final String DATE_FORMAT = "dd/MM/yyyy";
    private static final String DATE_FORMAT_SHORT = "d/M/yyyy";
    private static final int MONDAY = 1;
    private static final Locale TWENTY_FOUR_HOURS = Locale.forLanguageTag("vi-VN");

    private ComponentTexts() {
    }

    public static DatePicker localize(DatePicker picker) {
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setDateFormats(DATE_FORMAT, DATE_FORMAT_SHORT)
                .setFirstDayOfWeek(MONDAY)
                .setMonthNames(list(picker, "datePicker.monthNames", 12))
                .setWeekdays(list(picker, "datePicker.weekdays", 7))
                .setWeekdaysShort(list(picker, "datePicker.weekdaysShort", 7))
                .setToday(picker.getTranslation("datePicker.today"))
                .setCancel(picker.getTranslation("datePicker.cancel"))
                .setBadInputErrorMessage(picker.getTranslation("datePicker.badInput")));
        return picker;
    }

    public static TimePicker localize(TimePicker picker) {
        picker.setLocale(TWENTY_FOUR_HOURS);
        picker.setI18n(new TimePicker.TimePickerI18n()
                .setBadInputErrorMessage(picker.getTranslation("timePicker.badInput")));
        return picker;
    }

    /** The upload's button, drop label, statuses and errors; {@code maxBytes} is named in "too large". */
    public static Upload localize(Upload upload, int maxBytes) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(upload.getTranslation("upload.addFiles.one"))
                .setMany(upload.getTranslation("upload.addFiles.many")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(upload.getTranslation("upload.dropFiles.one"))
                .setMany(upload.getTranslation("upload.dropFiles.many")));
        String tooLarge = upload.getTranslation("upload.error.tooLarge", maxBytes / (1024 * 1024));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(upload.getTranslation("upload.error.tooManyFiles"))
                .setFileIsTooBig(tooLarge)
                .setIncorrectFileType(upload.getTranslation("upload.error.incorrectFileType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(upload.getTranslation("upload.status.connecting"))
                        .setStalled(upload.getTranslation("upload.status.stalled"))
                        .setProcessing(upload.getTranslation("upload.status.processing"))
                        .setHeld(upload.getTranslation("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(upload.getTranslation("upload.remainingTime.prefix"))
                        .setUnknown(upload.getTranslation("upload.remainingTime.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(upload.getTranslation("upload.error.serverUnavailable"))
                        .setUnexpectedServerError(upload.getTranslation("upload.error.serverError"))
                        .setForbidden(upload.getTranslation("upload.error.forbidden"))
                        .setFileTooLarge(tooLarge)));
        i18n.setFile(new UploadI18N.File()
                .setRetry(upload.getTranslation("upload.file.retry"))
                .setStart(upload.getTranslation("upload.file.start"))
                .setRemove(upload.getTranslation("upload.file.remove")));
        upload.setI18n(i18n);
        return upload;
    }

    /** The layout's drawer, its toggle button and the navigation's sub-item toggles. */
    public static void localize(AppLayout layout, DrawerToggle toggle, SideNav nav) {
        layout.setI18n(new AppLayout.AppLayoutI18n().setDrawer(layout.getTranslation("nav.drawer")));
        toggle.setAriaLabel(toggle.getTranslation("nav.drawerToggle"));
        toggle.setTooltipText(toggle.getTranslation("nav.drawerToggle"));
        nav.setI18n(new SideNav.SideNavI18n().setToggle(nav.getTranslation("nav.subItems")));
    }

    /** The label of the "show password" button. */
    public static PasswordField localize(PasswordField field) {
        field.getElement().setPropertyMap("i18n", Map.of("reveal", field.getTranslation("password.reveal")));
        return field;
    }

    /** The "show password" button of the login form's own password field, which Java cannot reach. */
    public static LoginForm localize(LoginForm form) {
        form.getElement().executeJs("""
                const form = this;
                customElements.whenDefined('vaadin-login-form')
                    .then(() => form.updateComplete)
                    .then(() => {
                        const password = form.querySelector('vaadin-password-field');
                        if (password) {
                            password.i18n = { ...password.i18n, reveal: $0 };
                        }
                    });
                """, form.getTranslation("password.reveal"));
        return form;
    }

    /**
     * Multiple selection with check boxes whose accessible names ("select all", "select row") are in
     * the user's language; the grid has no API for them, so its default renderers are wrapped. A row
     * that the grid's item-selectable provider refuses shows no check box (the wrapper says so itself
     * rather than relying on the default renderer of the Vaadin version at hand to do it).
     */
    public static <T> Grid<T> multiSelect(Grid<T> grid) {
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.getElement().executeJs("""
                const grid = this;
                customElements.whenDefined('vaadin-grid-flow-selection-column').then(() => {
                    const column = grid.querySelector('vaadin-grid-flow-selection-column');
                    if (!column || column.__portalLabelled) {
                        return;
                    }
                    column.__portalLabelled = true;
                    column.headerRenderer = (root, owner) => {
                        column._defaultHeaderRenderer(root, owner);
                        if (root.firstElementChild) {
                            root.firstElementChild.accessibleName = $0;
                        }
                    };
                    column.renderer = (root, owner, model) => {
                        column._defaultRenderer(root, owner, model);
                        const checkbox = root.firstElementChild;
                        if (checkbox) {
                            checkbox.accessibleName = $1;
                            const selectable = !grid.isItemSelectable || grid.isItemSelectable(model.item);
                            checkbox.readonly = !selectable;
                            checkbox.hidden = !selectable && !model.selected;
                        }
                    };
                });
                """, grid.getTranslation("grid.selectAll"), grid.getTranslation("grid.selectRow"));
        return grid;
    }

    private static List<String> list(Component context, String key, int size) {
        List<String> items = Arrays.stream(context.getTranslation(key).split(",")).map(String::strip).toList();
        if (items.size() != size) {
            throw new IllegalStateException(key + " must list " + size + " names separated by commas");
        }
        return items;
    }
}
