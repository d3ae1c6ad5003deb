package vn.gov.bluezone.oversight.ui;

import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import org.springframework.data.domain.PageRequest;

import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitFilter;
import vn.gov.bluezone.hierarchy.UnitLevel;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.oversight.CommuneDayRow;
import vn.gov.bluezone.oversight.CommunePeriodRow;
import vn.gov.bluezone.oversight.CommuneStandings;
import vn.gov.bluezone.oversight.OfficialCountService;
import vn.gov.bluezone.oversight.OversightExport;
import vn.gov.bluezone.oversight.OversightFilter;
import vn.gov.bluezone.oversight.OversightService;
import vn.gov.bluezone.oversight.TotalRow;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.DayStatus;
import vn.gov.bluezone.reporting.ReminderService;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.Permissions;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.TabularImport.Formats;
import vn.gov.bluezone.shared.ui.Downloads;
import vn.gov.bluezone.shared.ui.ComponentTexts;
import vn.gov.bluezone.shared.ui.ErrorMessages;
import vn.gov.bluezone.shared.ui.Fields;
import vn.gov.bluezone.shared.ui.ImportPanel;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.ui.ViewPermission;

/**
 * Every commune of the officer's scope on one day: status (missing ones included), submitted at,
 * figures, shares, gap to the pace, returned marker; district subtotals and the total; filters by
 * district, status and coverage band; export of exactly what is shown. Paged from the database.
 */
@Route("reports")
@ViewPermission(Permission.READ_OVERSIGHT)
@Menu(order = 2, title = "nav.reports", icon = "TABLE")
public class OversightView extends VerticalLayout implements HasDynamicTitle {

    private static final List<int[]> BANDS = List.of(new int[] {0, 25}, new int[] {25, 50}, new int[] {50, 75},
            new int[] {75, 100_000});

    private final transient OversightService oversight;
    private final Select<CampaignDetails> campaign = new Select<>();
    private final DatePicker day = new DatePicker();
    private final Select<UnitSummary> district = new Select<>();
    private final Select<DayStatus> status = new Select<>();
    private final Select<int[]> band = new Select<>();
    private final DatePicker from = new DatePicker();
    private final Grid<CommunePeriodRow> grid = new Grid<>();
    private final Grid<TotalRow> totals = new Grid<>();

    private final transient ReminderService reminders;

    OversightView(OversightService oversight, CommuneStandings standings, OversightExport export,
            CampaignService campaigns,
            HierarchyService hierarchy, DailyReportService reports, ReminderService reminders,
            OfficialCountService officialCounts, Permissions permissions) {
        this.oversight = oversight;
        this.reminders = reminders;
        addClassName("portal-view");
        setSizeFull();

        List<CampaignDetails> visible = campaigns.visibleCampaigns();
        Fields.choice(campaign, "oversight-campaign", getTranslation("report.campaign"), visible, CampaignDetails::name);
        Fields.date(day, "oversight-day", getTranslation("report.date"), reports.today());
        Fields.date(from, "oversight-from", getTranslation("oversight.periodFrom"), null);
        from.setHelperText(getTranslation("oversight.periodHelp"));
        List<UnitSummary> districts = hierarchy.browse(new UnitFilter(null, UnitLevel.DISTRICT),
                PageRequest.of(0, 1000)).getContent();
        district.setId("oversight-district");
        district.setLabel(getTranslation("oversight.district"));
        district.setEmptySelectionAllowed(true);
        district.setEmptySelectionCaption(getTranslation("oversight.allDistricts"));
        district.setItems(districts);
        district.setItemLabelGenerator(u -> u == null ? getTranslation("oversight.allDistricts") : u.name());
        district.setVisible(districts.size() > 1);
        status.setId("oversight-status");
        status.setLabel(getTranslation("report.dayStatus"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("oversight.allStatuses"));
        status.setItems(DayStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("oversight.allStatuses") : getTranslation("dayStatus." + s.name()));
        band.setId("oversight-band");
        band.setLabel(getTranslation("oversight.band"));
        band.setEmptySelectionAllowed(true);
        band.setEmptySelectionCaption(getTranslation("oversight.allBands"));
        band.setItems(BANDS);
        band.setItemLabelGenerator(b -> b == null ? getTranslation("oversight.allBands")
                : b[1] > 100 ? getTranslation("oversight.bandFrom", b[0]) : getTranslation("oversight.bandRange", b[0], b[1]));

        grid.setId("oversight-grid");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.addColumn(r -> r.day().name()).setHeader(getTranslation("units.name")).setFlexGrow(2)
                .setWidth("11rem").setFrozen(true).setSortProperty("name");
        grid.addColumn(r -> r.day().districtName() == null ? "" : r.day().districtName())
                .setHeader(getTranslation("units.parent")).setSortProperty("district");
        grid.addComponentColumn(r -> statusCell(r.day())).setHeader(getTranslation("report.dayStatus")).setAutoWidth(true);
        grid.addColumn(r -> VietnameseFormats.dateTime(r.day().submittedAt())).setHeader(getTranslation("report.submittedAt"))
                .setSortProperty("submittedAt");
        grid.addColumn(r -> figure(r.day()))
                .setHeader(getTranslation("report.cumulative.short")).setTextAlign(ColumnTextAlign.END)
                .setSortProperty("cumulative")
                .setTooltipGenerator(r -> r.day().carried()
                        ? getTranslation("oversight.carried.tooltip", VietnameseFormats.date(r.day().figureDate()))
                        : r.day().hasFigure() ? null : getTranslation("oversight.noFigure.tooltip"));
        grid.addColumn(r -> r.day().reported() ? VietnameseFormats.count(r.day().newSincePrevious(), getLocale()) : "—")
                .setHeader(getTranslation("report.newInstalls")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.day().hasFigure() ? percent(r.day().cumulative(), r.day().population()) : "")
                .setHeader(getTranslation("report.readout.populationShort")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.day().hasFigure() ? percent(r.day().cumulative(), r.day().smartphoneUsers()) : "")
                .setHeader(getTranslation("report.readout.smartphonesShort")).setTextAlign(ColumnTextAlign.END)
                .setSortProperty("coverage");
        grid.addColumn(r -> r.day().hasFigure() ? signed(r.day().gapToPace()) : "").setHeader(getTranslation("oversight.gap"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.day().officialInstalls() == null ? "" : VietnameseFormats.count(r.day().officialInstalls(), getLocale()))
                .setHeader(getTranslation("official.installs")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.day().differenceToOfficial() == null || !r.day().hasFigure() ? ""
                        : signed(r.day().differenceToOfficial()))
                .setHeader(getTranslation("official.difference")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.period() == null ? "" : getTranslation("oversight.periodCounts", r.period().onTime(),
                r.period().late(), r.period().missing())).setHeader(getTranslation("oversight.period"));
        grid.setItems(query -> filter() == null ? Stream.empty()
                : standings.communesOverPeriod(filter(), from.getValue(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        ComponentTexts.multiSelect(grid);
        grid.addItemClickListener(click -> {
            if (click.getItem().day().reportId() != null) {
                UI.getCurrent().navigate("reports/" + click.getItem().day().reportId());
            }
        });

        totals.setId("oversight-totals");
        totals.setAllRowsVisible(true);
        totals.getStyle().set("flex-shrink", "0");
        totals.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        totals.addColumn(t -> t.districtCode() == null ? getTranslation("oversight.total") : t.districtName())
                .setHeader(getTranslation("oversight.unit")).setFlexGrow(2);
        totals.addColumn(t -> getTranslation("oversight.statusCounts", t.onTime(), t.late(), t.missing(), t.pending()))
                .setHeader(getTranslation("oversight.statuses")).setFlexGrow(2);
        totals.addColumn(t -> VietnameseFormats.count(t.cumulative(), getLocale())).setHeader(getTranslation("report.cumulative.short"))
                .setTextAlign(ColumnTextAlign.END);
        totals.addColumn(t -> percent(t.cumulative(), t.population())).setHeader(getTranslation("report.readout.populationShort"))
                .setTextAlign(ColumnTextAlign.END);
        totals.addColumn(t -> percent(t.cumulative(), t.smartphoneUsers())).setHeader(getTranslation("report.readout.smartphonesShort"))
                .setTextAlign(ColumnTextAlign.END);
        totals.addColumn(t -> signed(t.gapToPace())).setHeader(getTranslation("oversight.gap")).setTextAlign(ColumnTextAlign.END);

        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> Downloads.file(export.csv(filter(), Downloads.locale()),
                "bao-cao-cac-xa.csv", "text/csv; charset=UTF-8")), getTranslation("oversight.exportCsv"));
        csv.setId("oversight-csv");
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> Downloads.file(export.xlsx(filter(), Downloads.locale()),
                "bao-cao-cac-xa.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
                getTranslation("oversight.exportXlsx"));
        xlsx.setId("oversight-xlsx");

        for (var field : List.<HasValue<?, ?>>of(campaign, day, from, district, status, band)) {
            field.addValueChangeListener(change -> refresh());
        }
        HorizontalLayout filters = new HorizontalLayout(campaign, day, from, district, status, band);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        Button remind = new Button(getTranslation("reminder.button"), VaadinIcon.BELL.create(), click -> openReminder());
        remind.setId("oversight-remind");
        remind.setVisible(permissions.has(Permission.REMIND));
        HorizontalLayout exports = new HorizontalLayout(csv, xlsx, remind);
        exports.setAlignItems(FlexComponent.Alignment.BASELINE);
        exports.setWrap(true);
        add(new H2(getTranslation("reports.title")), filters, totals, exports, grid);
        if (permissions.has(Permission.IMPORT_OFFICIAL_COUNTS)) {
            add(officialCountImport(officialCounts));
        }
        // the communes fill what the filters and totals leave of the screen, and scroll inside; on a
        // phone, where little is left, the grid keeps room for a few rows and the whole view scrolls
        grid.setMinHeight("20rem");
        setFlexGrow(1, grid);
        if (!visible.isEmpty()) {
            campaign.setValue(visible.getFirst());
        }
    }

    private OversightFilter filter() {
        if (campaign.getValue() == null || day.getValue() == null) {
            return null;
        }
        int[] range = band.getValue();
        return new OversightFilter(campaign.getValue().id(), day.getValue(),
                district.getValue() == null ? null : district.getValue().code(), status.getValue(),
                range == null ? null : range[0], range == null || range[1] > 100 ? null : range[1]);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        totals.setItems(filter() == null ? List.of() : oversight.totals(filter()));
    }

    /** Upload of official counts for the chosen campaign, all or nothing, with the problems by row. */
    private Details officialCountImport(OfficialCountService officialCounts) {
        TextField source = new TextField(getTranslation("official.source"));
        source.setId("official-source");
        source.setMaxLength(Fields.typingRoom(200));
        ImportPanel content = new ImportPanel(ImportPanel.Ids.of("official"), Formats.CSV_OR_XLSX,
                OfficialCountService.MAX_BYTES, "official.help", (fileName, bytes) -> {
                    int rows = officialCounts.importCounts(campaign.getValue().id(), fileName, bytes, source.getValue());
                    refresh();
                    return getTranslation("official.imported", rows);
                }, source);
        Details details = new Details(getTranslation("official.title"), content);
        details.setId("official-import");
        return details;
    }

    private void openReminder() {
        OversightFilter filter = filter();
        List<Long> communes = grid.getSelectedItems().stream().map(r -> r.day().unitId()).toList();
        if (filter == null || communes.isEmpty()) {
            ErrorMessages.show(this, new PortalException("reminder.error.noCommune"));
            return;
        }
        new ReminderDialog(reminders, filter.campaignId(), filter.day(), communes, grid::deselectAll).open();
    }

    private Component statusCell(CommuneDayRow row) {
        return Fields.badge(getTranslation("dayStatus." + row.status().name())
                + (row.returned() ? " · " + getTranslation("oversight.returnedMark") : ""), row.status().badgeTheme());
    }

    /**
     * The figure in force: the day's own, or an earlier report's with its day ("3.836 (ngày 12/08)"),
     * or "—" when the commune has never reported.
     */
    private String figure(CommuneDayRow row) {
        if (row.reported()) {
            return VietnameseFormats.count(row.cumulative(), getLocale());
        }
        return row.carried() ? getTranslation("oversight.carried", VietnameseFormats.count(row.cumulative(), getLocale()),
                VietnameseFormats.dayMonth(row.figureDate())) : "—";
    }

    private String percent(long part, long whole) {
        return VietnameseFormats.percent(part, whole, Downloads.locale());
    }

    private String signed(long value) {
        return (value >= 0 ? "+" : "−") + VietnameseFormats.count(Math.abs(value), getLocale());
    }



    @Override
    public String getPageTitle() {
        return getTranslation("reports.title");
    }
}
