package vn.gov.bluezone.reporting.ui;

import java.util.List;

import com.vaadin.flow.component.datepicker.DatePicker;
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
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.ReportView;
import vn.gov.bluezone.shared.VietnameseFormats;

/**
 * The reports received for one day in the officer's scope, paged from the database; a click opens
 * the report (read only, with history, signed copy and return for correction). The full oversight
 * grid with missing communes and totals is the oversight issue's.
 */
@Route("reports")
@RolesAllowed({"ADMIN", "PROVINCE_CHAIR", "PROVINCE_OFFICER", "DISTRICT_OFFICER"})
@Menu(order = 2, title = "nav.reports", icon = "FILE_TEXT_O")
public class ReportListView extends VerticalLayout implements HasDynamicTitle {

    ReportListView(DailyReportService reports, CampaignService campaigns) {
        addClassName("portal-view");
        setSizeFull();
        List<CampaignDetails> visible = campaigns.visibleCampaigns();
        Select<CampaignDetails> campaign = new Select<>();
        campaign.setId("reports-campaign");
        campaign.setLabel(getTranslation("report.campaign"));
        campaign.setItems(visible);
        campaign.setItemLabelGenerator(CampaignDetails::name);
        DatePicker date = new DatePicker(getTranslation("report.date"));
        date.setId("reports-date");
        date.setLocale(java.util.Locale.forLanguageTag("vi-VN"));
        date.setValue(reports.today());

        Grid<ReportView> grid = new Grid<>();
        grid.setId("reports-grid");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(ReportView::unitName).setHeader(getTranslation("units.name")).setFlexGrow(2);
        grid.addComponentColumn(r -> ReportTexts.dayStatusBadge(this, r.dayStatus())).setHeader(getTranslation("report.dayStatus"));
        grid.addColumn(r -> getTranslation("reportStatus." + r.status().name())).setHeader(getTranslation("report.state"));
        grid.addColumn(r -> VietnameseFormats.dateTime(r.firstSubmittedAt())).setHeader(getTranslation("report.submittedAt"));
        grid.addColumn(r -> VietnameseFormats.count(r.cumulativeInstalls())).setHeader(getTranslation("report.cumulative.short"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(r -> ReportTexts.percent(this, r.cumulativeInstalls(), r.smartphoneUsers()))
                .setHeader(getTranslation("report.readout.smartphonesShort"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.setItems(query -> {
            if (campaign.getValue() == null || date.getValue() == null) {
                return java.util.stream.Stream.empty();
            }
            var page = VaadinSpringDataHelpers.toSpringPageRequest(query);
            return reports.reportsOfDay(campaign.getValue().id(), date.getValue(),
                    PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("unitPath"))).stream();
        });
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ReportDetailView.class,
                new RouteParameters("id", String.valueOf(click.getItem().id())))));
        campaign.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        date.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        if (!visible.isEmpty()) {
            campaign.setValue(visible.getFirst());
        }

        HorizontalLayout filters = new HorizontalLayout(campaign, date);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("reports.title")), filters, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.title");
    }
}
