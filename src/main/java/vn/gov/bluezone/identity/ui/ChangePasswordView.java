package vn.gov.bluezone.identity.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import vn.gov.bluezone.identity.AccountService;
import vn.gov.bluezone.identity.CurrentUser;
import vn.gov.bluezone.shared.ValidationException;
import vn.gov.bluezone.shared.ui.ComponentTexts;
import vn.gov.bluezone.shared.ui.ErrorMessages;

/** Changing one's own password; the only page open to a user who must change it first. */
@Route("account/password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordField current = new PasswordField();
    private final PasswordField fresh = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    ChangePasswordView(AccountService accounts, CurrentUser currentUser) {
        addClassName("portal-view");
        current.setId("current-password");
        fresh.setId("new-password");
        repeat.setId("repeat-password");
        current.setLabel(getTranslation("password.current"));
        fresh.setLabel(getTranslation("password.new"));
        fresh.setHelperText(getTranslation("password.rules"));
        repeat.setLabel(getTranslation("password.repeat"));
        for (PasswordField field : new PasswordField[] {current, fresh, repeat}) {
            ComponentTexts.localize(field);
        }
        Button save = new Button(getTranslation("password.save"), click -> {
            clearErrors();
            try {
                accounts.changePassword(current.getValue(), fresh.getValue(), repeat.getValue());
                ErrorMessages.success(getTranslation("password.changed"));
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (ValidationException e) {
                showErrors(e.fieldErrors());
            }
        });
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.PRIMARY);

        FormLayout form = new FormLayout(current, fresh, repeat);
        form.setMaxWidth("30em");
        add(new H2(getTranslation("password.title")));
        if (currentUser.get().map(user -> user.mustChangePassword()).orElse(false)) {
            Paragraph must = new Paragraph(getTranslation("password.mustChange"));
            must.setId("must-change");
            add(must);
        }
        add(form, save);
    }

    private void clearErrors() {
        for (PasswordField field : new PasswordField[] {current, fresh, repeat}) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    private void showErrors(Map<String, String> errors) {
        errors.forEach((field, key) -> {
            PasswordField target = switch (field) {
                case "currentPassword" -> current;
                case "repeatPassword" -> repeat;
                default -> fresh;
            };
            target.setErrorMessage(getTranslation(key));
            target.setInvalid(true);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
