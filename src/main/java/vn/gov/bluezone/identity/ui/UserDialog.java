package vn.gov.bluezone.identity.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitFilter;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.identity.IssuedPassword;
import vn.gov.bluezone.identity.Role;
import vn.gov.bluezone.identity.UserAdminService;
import vn.gov.bluezone.identity.UserDetailsForm;
import vn.gov.bluezone.identity.UserSummary;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.ValidationException;
import vn.gov.bluezone.shared.ui.ErrorMessages;
import vn.gov.bluezone.shared.ui.Fields;

/** Create or edit one user; the service decides what the caller may do and says why not. */
class UserDialog extends Dialog {

    private final transient UserAdminService users;
    private final transient Runnable onChange;
    private final UserSummary existing;

    private final TextField username = new TextField();
    private final TextField fullName = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final Select<Role> role = new Select<>();
    private final ComboBox<UnitSummary> unit = new ComboBox<>();

    UserDialog(UserAdminService users, HierarchyService hierarchy, UserSummary existing, Runnable onChange) {
        this.users = users;
        this.existing = existing;
        this.onChange = onChange;
        setId("user-dialog");
        setHeaderTitle(getTranslation(existing == null ? "users.create" : "users.edit"));
        setWidth("min(40em, 100vw)");

        username.setId("user-username");
        username.setLabel(getTranslation("users.username"));
        username.setHelperText(getTranslation("users.username.help"));
        username.setMaxLength(50);
        fullName.setId("user-fullname");
        fullName.setLabel(getTranslation("users.fullName"));
        fullName.setMaxLength(Fields.typingRoom(120));
        email.setId("user-email");
        email.setLabel(getTranslation("users.email"));
        email.setMaxLength(254);
        phone.setId("user-phone");
        phone.setLabel(getTranslation("users.phone"));
        phone.setMaxLength(20);
        role.setId("user-role");
        role.setLabel(getTranslation("users.role"));
        role.setItems(users.assignableRoles());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        unit.setId("user-unit");
        unit.setLabel(getTranslation("users.unit"));
        unit.setItemLabelGenerator(UnitSummary::name);
        unit.setItems(query -> hierarchy.browse(new UnitFilter(query.getFilter().orElse(null),
                role.getValue() == null ? null : role.getValue().unitLevel()),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        role.addValueChangeListener(change -> {
            unit.setEnabled(change.getValue() == null || change.getValue().unitLevel() != null);
            unit.getDataProvider().refreshAll();
        });

        FormLayout form = new FormLayout(username, fullName, email, phone, role, unit);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);

        if (existing != null) {
            username.setValue(existing.username());
            username.setReadOnly(true);
            fullName.setValue(existing.fullName());
            email.setValue(existing.email() == null ? "" : existing.email());
            phone.setValue(existing.phone() == null ? "" : existing.phone());
            role.setValue(existing.role());
            if (existing.unitId() != null) {
                unit.setValue(hierarchy.get(existing.unitId()));
            }
            addManageButtons();
        }

        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void addManageButtons() {
        Button enable = new Button(getTranslation(existing.enabled() ? "users.disable" : "users.enable"), click -> {
            run(() -> users.setEnabled(existing.id(), !existing.enabled()));
            ErrorMessages.success(getTranslation("users.saved"));
            close();
        });
        enable.setId("user-toggle-enabled");
        Button reset = new Button(getTranslation("users.resetPassword"), click -> {
            IssuedPassword issued = users.resetPassword(existing.id());
            showPassword(issued);
        });
        reset.setId("user-reset-password");
        getFooter().add(enable, reset);
    }

    private void save() {
        for (Component field : new Component[] {username, fullName, email, phone, role, unit}) {
            ((HasValidation) field).setInvalid(false);
        }
        UserDetailsForm form = new UserDetailsForm(username.getValue(), fullName.getValue(), email.getValue(),
                phone.getValue(), role.getValue(), unit.getValue() == null ? null : unit.getValue().id());
        try {
            if (existing == null) {
                showPassword(users.create(form));
            } else {
                users.update(existing.id(), form, existing.version());
                ErrorMessages.success(getTranslation("users.saved"));
                close();
            }
            onChange.run();
        } catch (ValidationException e) {
            showErrors(e.fieldErrors());
        }
    }

    private void showPassword(IssuedPassword issued) {
        removeAll();
        getFooter().removeAll();
        Paragraph text = new Paragraph(getTranslation("users.temporaryPassword", issued.username()));
        Paragraph password = new Paragraph(issued.temporaryPassword());
        password.setId("temporary-password");
        password.addClassName("portal-password");
        add(text, password, new Paragraph(getTranslation("users.temporaryPassword.help")));
        Button done = new Button(getTranslation("action.close"), click -> close());
        done.setId("user-done");
        getFooter().add(done);
    }

    private void showErrors(Map<String, String> errors) {
        errors.forEach((field, key) -> {
            HasValidation target = switch (field) {
                case "username" -> username;
                case "email" -> email;
                case "phone" -> phone;
                case "role" -> role;
                case "unit" -> unit;
                default -> fullName;
            };
            target.setErrorMessage(getTranslation(key));
            target.setInvalid(true);
        });
    }

    private void run(Runnable action) {
        try {
            action.run();
            onChange.run();
        } catch (PortalException e) {
            ErrorMessages.show(this, e);
        }
    }

}
