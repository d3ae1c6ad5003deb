package vn.gov.bluezone.compliance.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

import vn.gov.bluezone.compliance.BoardLevel;
import vn.gov.bluezone.compliance.BoardRow;
import vn.gov.bluezone.compliance.ReprimandService;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.ValidationException;
import vn.gov.bluezone.shared.ui.ErrorMessages;
import vn.gov.bluezone.shared.ui.Fields;

/** Dismisses one unit's suggestion for the day, with the reason why nothing is proposed. */
class DismissDialog extends Dialog {

    DismissDialog(ReprimandService reprimands, long campaignId, LocalDate day, BoardLevel level, BoardRow row,
            Runnable onDone) {
        setId("dismiss-dialog");
        setHeaderTitle(getTranslation("dismiss.dialog.title", row.name()));
        setWidth("min(36em, 100vw)");
        TextArea reason = Fields.text(new TextArea(), "dismiss-reason", getTranslation("dismiss.dialog.reason"),
                ReprimandService.MAX_REASON);
        reason.setWidthFull();
        add(reason);
        Button confirm = new Button(getTranslation("board.dismiss"), click -> {
            try {
                reprimands.dismiss(campaignId, day, level, row.unitId(), reason.getValue());
                ErrorMessages.success(getTranslation("dismiss.dialog.done"));
                close();
                onDone.run();
            } catch (ValidationException invalid) {
                reason.setErrorMessage(getTranslation(invalid.fieldErrors().values().iterator().next()));
                reason.setInvalid(true);
            } catch (PortalException refused) {
                ErrorMessages.show(this, refused);
            }
        });
        confirm.setId("dismiss-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }
}
