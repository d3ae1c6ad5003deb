package vn.gov.bluezone.compliance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import vn.gov.bluezone.compliance.BoardTexts;
import vn.gov.bluezone.compliance.Proposal;
import vn.gov.bluezone.compliance.ReprimandService;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.ValidationException;
import vn.gov.bluezone.shared.ui.ErrorMessages;
import vn.gov.bluezone.shared.ui.Fields;

/** The chair's decision on one proposal: approve (note optional) or reject (note required). */
class DecisionDialog extends Dialog {

    DecisionDialog(ReprimandService reprimands, BoardTexts texts, Proposal proposal, boolean approve, Runnable onDone) {
        setId("decision-dialog");
        setHeaderTitle(getTranslation("reprimands.decideTitle",
                getTranslation(approve ? "reprimands.approve" : "reprimands.reject"), proposal.unitName()));
        setWidth("min(36em, 100vw)");
        TextArea note = Fields.text(new TextArea(), "decision-note", getTranslation("reprimands.note"),
                ReprimandService.MAX_NOTE);
        note.setWidthFull();
        add(new Paragraph(texts.reprimand(proposal) + ": " + proposal.reason()), note);
        Button confirm = new Button(getTranslation(approve ? "reprimands.approve" : "reprimands.reject"), click -> {
            try {
                reprimands.decide(proposal.id(), approve, note.getValue(), proposal.version());
                ErrorMessages.success(getTranslation("reprimands.decided"));
                close();
                onDone.run();
            } catch (ValidationException invalid) {
                note.setErrorMessage(getTranslation(invalid.fieldErrors().values().iterator().next()));
                note.setInvalid(true);
            } catch (PortalException refused) {
                ErrorMessages.show(this, refused);
            }
        });
        confirm.setId("decision-confirm");
        confirm.addThemeVariants(approve ? ButtonVariant.PRIMARY : ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }
}
