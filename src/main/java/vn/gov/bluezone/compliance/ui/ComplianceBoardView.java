package vn.gov.bluezone.compliance.ui;

import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.compliance.BoardRow;
import vn.gov.bluezone.compliance.ComplianceBoardService;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.ui.Fields;

/**
 * The compliance board at commune level (first part of issue 6): rank, coverage, pace and gap,
 * traffic light, on-time record, 7-day trend, flags with their reasons and the suggested action.
 * Proposals, decisions and the dispatch come next.
 */
@Route("board")
@RolesAllowed({"ADMIN", "PROVINCE_CHAIR", "PROVINCE_OFFICER", "DISTRICT_OFFICER"})
@Menu(order = 3, title = "nav.board", icon = "SCALE")
public class ComplianceBoardView extends VerticalLayout implements HasDynamicTitle {

    private final transient ComplianceBoardService board;
    private final Select<CampaignDetails> campaign = new Select<>();
    private final DatePicker day = new DatePicker();
    private final Grid<BoardRow> grid = new Grid<>();

    ComplianceBoardView(ComplianceBoardService board, CampaignService campaigns, DailyReportService reports) {
        this.board = board;
        addClassName("portal-view");
        setWidthFull();
        Fields.choice(campaign, "board-campaign", getTranslation("report.campaign"), campaigns.visibleCampaigns(),
                CampaignDetails::name);
        Fields.date(day, "board-day", getTranslation("report.date"), reports.today());

        grid.setId("board-grid");
        grid.setHeight("36rem");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.addColumn(BoardRow::rank).setHeader(getTranslation("board.rank")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(BoardRow::name).setHeader(getTranslation("units.name")).setWidth("11rem").setFrozen(true);
        grid.addColumn(r -> r.parentName() == null ? "" : r.parentName()).setHeader(getTranslation("units.parent"));
        grid.addComponentColumn(r -> Fields.badge(getTranslation("board.light." + r.finding().light().name()),
                r.finding().light().badgeTheme())).setHeader(getTranslation("board.light")).setAutoWidth(true);
        grid.addColumn(r -> percent(r.cumulative(), r.denominator())).setHeader(getTranslation("dashboard.coverage"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> percent(r.cumulative(), r.population())).setHeader(getTranslation("report.readout.populationShort"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> VietnameseFormats.count(r.paceInstalls())).setHeader(getTranslation("oversight.pace"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> (r.gapToPace() >= 0 ? "+" : "−") + VietnameseFormats.count(Math.abs(r.gapToPace())))
                .setHeader(getTranslation("oversight.gap")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> getTranslation("board.record", Math.round(r.onTimeRate()), r.lateCampaign(),
                r.missingCampaign(), r.lateWeek(), r.missingWeek())).setHeader(getTranslation("board.reporting"));
        grid.addColumn(r -> r.trend().stream().map(VietnameseFormats::decimal)
                .collect(Collectors.joining(" → "))).setHeader(getTranslation("board.trend"));
        grid.addColumn(r -> r.finding().reasons().stream()
                .map(reason -> getTranslation(reason.messageKey(), reason.arguments().toArray()))
                .collect(Collectors.joining("; "))).setHeader(getTranslation("board.flags")).setFlexGrow(3);
        grid.addColumn(r -> getTranslation("board.suggestion." + r.finding().suggestion().name()))
                .setHeader(getTranslation("board.suggestion"));

        campaign.addValueChangeListener(change -> refresh());
        day.addValueChangeListener(change -> refresh());
        HorizontalLayout filters = new HorizontalLayout(campaign, day);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("board.title")), filters, grid);
        campaign.getListDataView().getItems().findFirst().ifPresent(campaign::setValue);
    }

    private void refresh() {
        if (campaign.getValue() != null && day.getValue() != null) {
            grid.setItems(board.communes(campaign.getValue().id(), day.getValue()));
        }
    }

    private String percent(long part, long whole) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null || ui.getLocale() == null ? Locale.forLanguageTag("vi-VN") : ui.getLocale();
        return VietnameseFormats.percent(part, whole, locale);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("board.title");
    }

}
