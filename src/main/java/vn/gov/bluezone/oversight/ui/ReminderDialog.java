package vn.gov.bluezone.oversight.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

import vn.gov.bluezone.reporting.ReminderService;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.ui.ErrorMessages;
import vn.gov.bluezone.shared.ui.Fields;

/**
 * A reminder to the selected communes about one day's report: the message, prefilled with the
 * usual text, and send. A refusal shows beside the message; once sent the dialog closes and
 * {@code whenSent} runs.
 */
class ReminderDialog extends Dialog {

    private static final int MAX_MESSAGE = 500;

    private final TextArea message = new TextArea();

    ReminderDialog(ReminderService reminders, long campaignId, LocalDate day, List<Long> communes, Runnable whenSent) {
        setHeaderTitle(getTranslation("reminder.title"));
        setId("reminder-dialog");
        message.setLabel(getTranslation("reminder.message"));
        message.setId("reminder-message");
        message.setMaxLength(Fields.typingRoom(MAX_MESSAGE));
        message.setWidthFull();
        message.setValue(getTranslation("reminder.default", VietnameseFormats.date(day)));
        Button send = new Button(getTranslation("reminder.send"), click -> {
            try {
                int sent = reminders.remind(campaignId, day, communes, message.getValue());
                close();
                whenSent.run();
                ErrorMessages.success(getTranslation("reminder.sent", sent));
            } catch (PortalException e) {
                message.setErrorMessage(ErrorMessages.text(this, e));
                message.setInvalid(true);
            }
        });
        send.setId("reminder-send");
        add(message);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), send);
        setWidth("min(36em, 100vw)");
    }
}
