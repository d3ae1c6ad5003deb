package vn.gov.bluezone.directory.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import vn.gov.bluezone.directory.OfficeForm;
import vn.gov.bluezone.directory.OfficeKind;
import vn.gov.bluezone.directory.OfficeService;
import vn.gov.bluezone.directory.OfficeSigner;
import vn.gov.bluezone.directory.OfficeSummary;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.ValidationException;
import vn.gov.bluezone.shared.ui.ErrorMessages;
import vn.gov.bluezone.shared.ui.Fields;

/**
 * Adds or edits an office of a unit (none: a central agency). Signers are typed one per line as
 * "full name | title | authority", a "/" breaking the authority line.
 */
class OfficeDialog extends Dialog {

    private final transient OfficeService offices;
    private final transient Runnable onSaved;
    private final OfficeSummary existing;
    private final Long unitId;
    private final Select<OfficeKind> kind = new Select<>();
    private final TextField name = new TextField();
    private final TextField shortName = new TextField();
    private final TextArea headerName = new TextArea();
    private final TextField abbreviation = new TextField();
    private final TextField email = new TextField();
    private final DatePicker validFrom = new DatePicker();
    private final DatePicker validTo = new DatePicker();
    private final TextArea signers = new TextArea();

    OfficeDialog(OfficeService offices, UnitSummary unit, OfficeSummary existing, Runnable onSaved) {
        this.offices = offices;
        this.existing = existing;
        this.onSaved = onSaved;
        this.unitId = existing != null ? existing.unitId() : unit == null ? null : unit.id();
        setId("office-dialog");
        setHeaderTitle(getTranslation(existing == null ? "offices.create" : "offices.edit")
                + (unit == null ? "" : " — " + unit.name()));
        setWidth("min(48em, 100vw)");

        Fields.choice(kind, "office-kind", getTranslation("office.kind"), List.of(OfficeKind.values()),
                k -> getTranslation("officeKind." + k.name()));
        Fields.text(name, "office-name", getTranslation("office.name"), 200);
        Fields.text(shortName, "office-short-name", getTranslation("office.shortName"), 120);
        Fields.text(headerName, "office-header-name", getTranslation("office.headerName"), 200);
        Fields.text(abbreviation, "office-abbreviation", getTranslation("office.abbreviation"), 20);
        Fields.text(email, "office-email", getTranslation("office.email"), 254);
        Fields.date(validFrom, "office-valid-from", getTranslation("office.validFrom"), null);
        Fields.date(validTo, "office-valid-to", getTranslation("office.validTo"), null);
        Fields.text(signers, "office-signers", getTranslation("office.signers"), 2000);
        signers.setTooltipText(getTranslation("office.signers.help"));

        if (existing != null) {
            kind.setValue(existing.kind());
            name.setValue(existing.name());
            shortName.setValue(existing.shortName());
            headerName.setValue(existing.headerName());
            abbreviation.setValue(existing.abbreviation());
            email.setValue(existing.email() == null ? "" : existing.email());
            validFrom.setValue(existing.validFrom());
            validTo.setValue(existing.validTo());
            signers.setValue(OfficesView.signersText(existing.signers()));
        }

        FormLayout form = new FormLayout(kind, abbreviation, name, shortName, headerName, email, validFrom, validTo);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(name, 2);
        form.setColspan(headerName, 2);
        form.add(signers, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("office-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void save() {
        List<OfficeSigner> typed = new ArrayList<>();
        for (String line : signers.getValue().lines().filter(l -> !l.isBlank()).toList()) {
            String[] parts = line.split("\\|", 3);
            typed.add(new OfficeSigner(parts[0].strip(), parts.length > 1 ? parts[1].strip() : null,
                    parts.length > 2 ? parts[2].strip().replaceAll("\\s*/\\s*", "\n") : null));
        }
        OfficeForm form = new OfficeForm(unitId, kind.getValue(), name.getValue(), shortName.getValue(),
                headerName.getValue(), abbreviation.getValue(), email.getValue(), validFrom.getValue(),
                validTo.getValue(), typed);
        try {
            if (existing == null) {
                offices.create(form);
            } else {
                offices.update(existing.id(), form, existing.version());
            }
            ErrorMessages.success(getTranslation("offices.saved"));
            onSaved.run();
            close();
        } catch (ValidationException invalid) {
            showErrors(invalid.fieldErrors());
        } catch (PortalException e) {
            ErrorMessages.show(this, e);
        }
    }

    private void showErrors(Map<String, String> errors) {
        errors.forEach((field, key) -> {
            HasValidation target = switch (field) {
                case "kind" -> kind;
                case "name" -> name;
                case "shortName" -> shortName;
                case "headerName" -> headerName;
                case "abbreviation" -> abbreviation;
                case "email" -> email;
                case "validTo" -> validTo;
                case "signers" -> signers;
                default -> null;
            };
            if (target == null) {
                ErrorMessages.error(getTranslation(key));
                return;
            }
            target.setErrorMessage(getTranslation(key));
            target.setInvalid(true);
        });
    }
}
