package vn.gov.bluezone.compliance.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import vn.gov.bluezone.compliance.BoardLevel;
import vn.gov.bluezone.compliance.BoardRow;
import vn.gov.bluezone.compliance.BoardTexts;
import vn.gov.bluezone.compliance.ProposalRequest;
import vn.gov.bluezone.compliance.ReprimandLevel;
import vn.gov.bluezone.compliance.ReprimandService;
import vn.gov.bluezone.compliance.Suggestion;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.ValidationException;
import vn.gov.bluezone.shared.ui.ErrorMessages;
import vn.gov.bluezone.shared.ui.Fields;

/**
 * Proposes reprimands for the selected units in one go: for each, the level (the board's suggestion
 * preselected) and the reason (the rules' reasons prefilled, editable).
 */
class ProposalDialog extends Dialog {

    private final transient ReprimandService reprimands;
    private final long campaignId;
    private final LocalDate day;
    private final BoardLevel level;
    private final transient Runnable onDone;
    private final Map<Long, Select<ReprimandLevel>> levels = new LinkedHashMap<>();
    private final Map<Long, TextArea> reasons = new LinkedHashMap<>();

    ProposalDialog(ReprimandService reprimands, BoardTexts texts, long campaignId, LocalDate day, BoardLevel level,
            List<BoardRow> rows, Runnable onDone) {
        this.reprimands = reprimands;
        this.campaignId = campaignId;
        this.day = day;
        this.level = level;
        this.onDone = onDone;
        setId("proposal-dialog");
        setHeaderTitle(getTranslation("proposal.dialog.title"));
        setWidth("min(44em, 100vw)");
        VerticalLayout units = new VerticalLayout();
        units.setPadding(false);
        int index = 0;
        for (BoardRow row : rows) {
            Select<ReprimandLevel> choice = Fields.choice(new Select<>(), "proposal-level-" + index,
                    getTranslation("proposal.dialog.level"), List.of(ReprimandLevel.values()),
                    l -> getTranslation("reprimand.level." + l.name()));
            choice.setValue(row.finding().suggestion() == Suggestion.CRITICISE ? ReprimandLevel.CRITICISE
                    : ReprimandLevel.REMIND);
            TextArea reason = Fields.text(new TextArea(), "proposal-reason-" + index,
                    getTranslation("proposal.dialog.reason"), ReprimandService.MAX_REASON);
            reason.setWidthFull();
            reason.setValue(texts.reasons(row.finding()));
            levels.put(row.unitId(), choice);
            reasons.put(row.unitId(), reason);
            units.add(new H4(row.name() + (row.parentName() == null ? "" : " — " + row.parentName())),
                    new Span(texts.suggestion(row.finding())), choice, reason);
            index++;
        }
        add(units);
        Button submit = new Button(getTranslation("proposal.dialog.submit"), click -> submit());
        submit.setId("proposal-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), submit);
    }

    private void submit() {
        List<ProposalRequest> requests = new ArrayList<>();
        levels.forEach((unitId, choice) -> requests.add(new ProposalRequest(unitId, choice.getValue(),
                reasons.get(unitId).getValue())));
        try {
            int sent = reprimands.propose(campaignId, day, level, requests).size();
            ErrorMessages.success(getTranslation("proposal.dialog.sent", sent));
            close();
            onDone.run();
        } catch (ValidationException invalid) {
            reasons.values().forEach(area -> {
                area.setInvalid(area.getValue().isBlank());
                area.setErrorMessage(getTranslation("reprimand.error.reason"));
            });
            ErrorMessages.show(this, new PortalException(invalid.fieldErrors().values().iterator().next()));
        } catch (PortalException refused) {
            ErrorMessages.show(this, refused);
        }
    }
}
