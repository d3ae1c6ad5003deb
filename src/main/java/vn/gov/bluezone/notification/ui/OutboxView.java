package vn.gov.bluezone.notification.ui;

import java.util.List;

import org.springframework.data.domain.PageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import vn.gov.bluezone.notification.MessageStatus;
import vn.gov.bluezone.notification.Outbox;
import vn.gov.bluezone.notification.OutboxEntry;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.ui.ErrorMessages;
import vn.gov.bluezone.shared.ui.Fields;
import vn.gov.bluezone.shared.ui.ViewPermission;

/**
 * The mail outbox for the administrator: pending, sent and failed messages with their attempts
 * and last error, the text of each, and a retry. Without a mail server configured, this is where
 * the portal's messages can be read.
 */
@Route("outbox")
@ViewPermission(Permission.MANAGE_OUTBOX)
@Menu(order = 91, title = "nav.outbox", icon = "ENVELOPE")
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    private final transient Outbox outbox;
    private final Grid<OutboxEntry> grid = new Grid<>();

    OutboxView(Outbox outbox) {
        this.outbox = outbox;
        addClassName("portal-view");
        setSizeFull();
        Select<MessageStatus> status = Fields.choiceOrAll(new Select<>(), "outbox-status", getTranslation("outbox.status"),
                List.of(MessageStatus.values()), s -> getTranslation("outbox.status." + s.name()),
                getTranslation("outbox.allStatuses"));

        grid.setId("outbox-grid");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(m -> VietnameseFormats.dateTime(m.createdAt())).setHeader(getTranslation("outbox.created"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> getTranslation("outbox.kind." + m.kind().name())).setHeader(getTranslation("outbox.kind"))
                .setAutoWidth(true);
        grid.addColumn(m -> m.recipients() + (m.copyTo() == null ? "" : " (cc " + m.copyTo() + ")"))
                .setHeader(getTranslation("outbox.recipients")).setWidth("14rem");
        grid.addColumn(OutboxEntry::subject).setHeader(getTranslation("outbox.subject"))
                .setFlexGrow(2);
        grid.addComponentColumn(m -> Fields.badge(getTranslation("outbox.status." + m.status().name()),
                switch (m.status()) {
                    case SENT -> "success";
                    case PENDING -> "contrast";
                    case FAILED -> "error";
                })).setHeader(getTranslation("outbox.status")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("outbox.attempts", m.attempts(),
                m.sentAt() != null ? VietnameseFormats.dateTime(m.sentAt()) : VietnameseFormats.dateTime(m.nextAttemptAt())))
                .setHeader(getTranslation("outbox.delivery")).setWidth("12rem");
        grid.addColumn(m -> m.lastError() == null ? "" : m.lastError()).setHeader(getTranslation("outbox.error"))
                .setWidth("14rem");
        grid.addComponentColumn(this::retryButton).setAutoWidth(true).setFlexGrow(0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(m -> new Pre(m.body())));
        grid.setItems(query -> {
            var page = VaadinSpringDataHelpers.toSpringPageRequest(query);
            return outbox.list(status.getValue(), PageRequest.of(page.getPageNumber(), page.getPageSize())).stream();
        });
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(status, new Span(getTranslation("outbox.hint")));
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("outbox.title")), filters, grid);
        setFlexGrow(1, grid);
    }

    private Button retryButton(OutboxEntry message) {
        Button retry = new Button(getTranslation("outbox.retry"), click -> {
            try {
                outbox.retry(message.id(), message.version());
                ErrorMessages.success(getTranslation("outbox.retried"));
                grid.getDataProvider().refreshAll();
            } catch (PortalException refused) {
                ErrorMessages.show(this, refused);
            }
        });
        retry.addThemeVariants(ButtonVariant.SMALL);
        retry.setId("outbox-retry-" + message.id());
        retry.setVisible(message.status() != MessageStatus.SENT);
        return retry;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title");
    }
}
