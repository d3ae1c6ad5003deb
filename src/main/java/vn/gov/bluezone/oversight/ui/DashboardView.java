package vn.gov.bluezone.oversight.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.springframework.data.domain.PageRequest;

import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.LineageService;
import vn.gov.bluezone.hierarchy.UnitFilter;
import vn.gov.bluezone.hierarchy.UnitLevel;
import vn.gov.bluezone.oversight.CommuneDayRow;
import vn.gov.bluezone.oversight.CoveragePoint;
import vn.gov.bluezone.oversight.DashboardSection;
import vn.gov.bluezone.oversight.LineageRollup;
import vn.gov.bluezone.oversight.LineageRollupService;
import vn.gov.bluezone.oversight.OversightFilter;
import vn.gov.bluezone.oversight.OversightService;
import vn.gov.bluezone.oversight.TotalRow;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.DayStatus;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.ui.Fields;
import vn.gov.bluezone.shared.ui.PortalChart;
import vn.gov.bluezone.shared.ui.ViewPermission;

/**
 * The province's or the district's dashboard: coverage over time against the target pace, the
 * day's reporting status, and coverage per district (province) or per commune (district) — or, for a
 * campaign of former communes, per commune of today (decision 0031). Each chart has its figures in a
 * table below it.
 */
@Route("dashboard")
@ViewPermission(Permission.READ_OVERSIGHT)
@Menu(order = 1, title = "nav.dashboard", icon = "CHART")
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    /** The longest series drawn, in days. */
    static final int SERIES_DAYS = 60;

    private final transient OversightService oversight;
    private final transient LineageRollupService rollups;
    private final transient LineageService lineage;
    private final transient HierarchyService hierarchy;
    private final boolean districtLevel;
    private final Select<CampaignDetails> campaign = new Select<>();
    private final Select<Units> units = new Select<>();
    private final List<DashboardSection> sections = new ArrayList<>();
    private final H3 unitsTitle = new H3();
    private final DatePicker day = new DatePicker();
    private final PortalChart coverageChart = new PortalChart();
    private final PortalChart statusChart = new PortalChart();
    private final PortalChart unitsChart = new PortalChart();
    private final Grid<CoveragePoint> coverageTable = new Grid<>();
    private final Grid<StatusCount> statusTable = new Grid<>();
    private final Grid<UnitShare> unitsTable = new Grid<>();
    private final Span figures = new Span();

    record StatusCount(DayStatus status, long communes) {
    }

    /** Which units the last chart shows: those of the campaign, or the communes of today (decision 0031). */
    enum Units { CAMPAIGN, TODAY }

    /** A unit's bar: its figure in force in words ("3.848 (ngày 12/08)", "—"), and whether there is one. */
    record UnitShare(String name, long cumulative, long denominator, long population, String figure, String figureNote,
            boolean hasFigure) {
    }

    DashboardView(OversightService oversight, CampaignService campaigns, HierarchyService hierarchy,
            DailyReportService reports, LineageRollupService rollups, LineageService lineage,
            List<DashboardSection.Factory> sectionFactories) {
        this.oversight = oversight;
        this.rollups = rollups;
        this.lineage = lineage;
        this.hierarchy = hierarchy;
        addClassName("portal-view");
        this.districtLevel = hierarchy.ownUnit().map(u -> u.level() == UnitLevel.DISTRICT).orElse(false)
                || hierarchy.count(new UnitFilter(null, UnitLevel.DISTRICT)) == 0;

        List<CampaignDetails> visible = campaigns.visibleCampaigns();
        Fields.choice(campaign, "dashboard-campaign", getTranslation("report.campaign"), visible, CampaignDetails::name);
        Fields.date(day, "dashboard-day", getTranslation("report.date"), reports.today());
        Fields.choice(units, "dashboard-units", getTranslation("dashboard.units"), List.of(Units.values()),
                u -> getTranslation("dashboard.units." + u.name()));
        units.setValue(Units.CAMPAIGN);
        units.setVisible(false);
        coverageChart.setId("chart-coverage");
        statusChart.setId("chart-status");
        unitsChart.setId("chart-units");

        coverageTable.setId("table-coverage");
        coverageTable.setAllRowsVisible(true);
        coverageTable.addColumn(p -> VietnameseFormats.date(p.day())).setHeader(getTranslation("report.date"));
        coverageTable.addColumn(p -> percent(p.cumulative(), p.denominator())).setHeader(getTranslation("dashboard.coverage"))
                .setTextAlign(ColumnTextAlign.END);
        coverageTable.addColumn(p -> percent(p.paceInstalls(), p.denominator())).setHeader(getTranslation("oversight.pace"))
                .setTextAlign(ColumnTextAlign.END);
        statusTable.setId("table-status");
        statusTable.setAllRowsVisible(true);
        statusTable.addColumn(s -> getTranslation("dayStatus." + s.status().name())).setHeader(getTranslation("report.dayStatus"));
        statusTable.addColumn(s -> VietnameseFormats.count(s.communes(), getLocale())).setHeader(getTranslation("dashboard.communes"))
                .setTextAlign(ColumnTextAlign.END);
        unitsTable.setId("table-units");
        unitsTable.setAllRowsVisible(true);
        unitsTable.addColumn(UnitShare::name).setHeader(getTranslation("oversight.unit")).setFlexGrow(2);
        unitsTable.addColumn(UnitShare::figure).setHeader(getTranslation("board.figure"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(2).setTooltipGenerator(UnitShare::figureNote);
        unitsTable.addColumn(u -> u.hasFigure() ? percent(u.cumulative(), u.denominator()) : "—")
                .setHeader(getTranslation("dashboard.coverage")).setTextAlign(ColumnTextAlign.END);
        unitsTable.addColumn(u -> u.hasFigure() ? percent(u.cumulative(), u.population()) : "—")
                .setHeader(getTranslation("report.readout.populationShort")).setTextAlign(ColumnTextAlign.END);
        figures.setId("dashboard-figures");

        HorizontalLayout filters = new HorizontalLayout(campaign, day, units);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        sectionFactories.forEach(factory -> factory.create().ifPresent(sections::add));
        add(new H2(getTranslation("dashboard.title")), filters, figures);
        // the map first: officials read a campaign from the map before the tables
        sections.forEach(section -> add(section.component()));
        add(
                section("dashboard.coverageOverTime", coverageChart, coverageTable),
                section("dashboard.statusOfDay", statusChart, statusTable),
                section(unitsTitle, unitsChart, unitsTable));
        campaign.addValueChangeListener(change -> {
            // a campaign of former communes can also be shown on the communes of today
            boolean today = change.getValue() != null && hierarchy.hasDistricts(change.getValue().provincePath())
                    && lineage.hasSuccessorsUnder(change.getValue().provincePath());
            units.setVisible(today);
            if (!today) {
                units.setValue(Units.CAMPAIGN);
            }
            refresh();
        });
        day.addValueChangeListener(change -> refresh());
        units.addValueChangeListener(change -> refresh());
        if (!visible.isEmpty()) {
            campaign.setValue(visible.getFirst());
        }
    }

    private Div section(String titleKey, PortalChart chart, Grid<?> table) {
        return section(new H3(getTranslation(titleKey)), chart, table);
    }

    private Div section(H3 title, PortalChart chart, Grid<?> table) {
        Div section = new Div(title, chart, new Details(getTranslation("dashboard.figures"), table));
        section.setWidthFull();
        section.addClassName("portal-dashboard-section");
        return section;
    }

    private void refresh() {
        CampaignDetails selected = campaign.getValue();
        LocalDate date = day.getValue();
        if (selected == null || date == null) {
            return;
        }
        List<CoveragePoint> series = oversight.recentCoverage(OversightFilter.of(selected.id(), date), SERIES_DAYS);
        coverageTable.setItems(series);
        coverageChart.setOption(lineOption(series));

        List<TotalRow> totals = oversight.totals(OversightFilter.of(selected.id(), date));
        TotalRow total = totals.getLast();
        List<StatusCount> statuses = List.of(new StatusCount(DayStatus.ON_TIME, total.onTime()),
                new StatusCount(DayStatus.LATE, total.late()), new StatusCount(DayStatus.MISSING, total.missing()),
                new StatusCount(DayStatus.PENDING, total.pending()));
        statusTable.setItems(statuses);
        statusChart.setOption(barOption(statuses.stream().map(s -> getTranslation("dayStatus." + s.status().name())).toList(),
                statuses.stream().map(s -> (Object) s.communes()).toList(), getTranslation("dashboard.communes")));

        figures.setText(getTranslation("board.figure.note", VietnameseFormats.date(date), total.carriedCommunes(),
                total.communesWithoutFigure()));
        figures.setVisible(total.carriedCommunes() + total.communesWithoutFigure() > 0);

        List<UnitShare> shares = new ArrayList<>();
        boolean today = units.getValue() == Units.TODAY;
        unitsTitle.setText(getTranslation(today ? "dashboard.byToday" : districtLevel ? "dashboard.byCommune"
                : "dashboard.byDistrict"));
        if (today) {
            shares.addAll(today(rollups.rollup(selected.id(), date)));
        } else if (districtLevel) {
            for (CommuneDayRow row : oversight.communes(OversightFilter.of(selected.id(), date), PageRequest.of(0, 500))) {
                shares.add(commune(row));
            }
        } else {
            for (TotalRow row : totals.subList(0, totals.size() - 1)) {
                shares.add(district(row));
            }
        }
        unitsTable.setItems(shares);
        // a unit without any figure has no bar, rather than a bar of the installs at the start
        sections.forEach(section -> section.show(selected, date, today));
        unitsChart.setOption(barOption(shares.stream().map(UnitShare::name).toList(),
                shares.stream().map(s -> s.hasFigure() ? (Object) VietnameseFormats.percentValue(s.cumulative(), s.denominator())
                        : null).toList(),
                getTranslation("dashboard.coverage") + " (%)"));
    }

    /**
     * The communes of today with the summed figures in force of the former communes that went to
     * them, then each former commune split between several or without a successor, on its own.
     */
    private List<UnitShare> today(LineageRollup rollup) {
        List<UnitShare> shares = new ArrayList<>();
        String note = getTranslation("dashboard.units.rule");
        for (LineageRollup.Row row : rollup.rows()) {
            shares.add(new UnitShare(row.name(), row.installs(), row.denominator(), row.population(),
                    VietnameseFormats.count(row.installs(), getLocale()), note, true));
        }
        for (LineageRollup.Former former : rollup.splits()) {
            shares.add(new UnitShare(getTranslation("dashboard.units.split", former.label()), former.installs(),
                    former.denominator(), former.population(), VietnameseFormats.count(former.installs(), getLocale()),
                    getTranslation("lineage.splits.help"), true));
        }
        for (LineageRollup.Former former : rollup.withoutSuccessor()) {
            shares.add(new UnitShare(getTranslation("dashboard.units.without", former.label()), former.installs(),
                    former.denominator(), former.population(), VietnameseFormats.count(former.installs(), getLocale()),
                    getTranslation("lineage.without.help"), true));
        }
        return shares;
    }

    /** A commune's figure in force: the day's, an earlier report's with its day, or none. */
    private UnitShare commune(CommuneDayRow row) {
        String count = VietnameseFormats.count(row.cumulative(), getLocale());
        String figure = row.reported() ? count : row.carried()
                ? getTranslation("oversight.carried", count, VietnameseFormats.dayMonth(row.figureDate())) : "—";
        String note = row.carried() ? getTranslation("oversight.carried.tooltip", VietnameseFormats.date(row.figureDate()))
                : row.hasFigure() ? null : getTranslation("oversight.noFigure.tooltip");
        return new UnitShare(row.name(), row.cumulative(), row.denominator(), row.population(), figure, note,
                row.hasFigure());
    }

    /** A district's communes summed, with how many of them are on an earlier day's figure or have none. */
    private UnitShare district(TotalRow row) {
        String count = VietnameseFormats.count(row.cumulative(), getLocale());
        long carried = row.carriedCommunes();
        long none = row.communesWithoutFigure();
        String figure = carried > 0 && none > 0 ? getTranslation("board.figure.carriedAndNone", count, carried, none)
                : carried > 0 ? getTranslation("board.figure.carried", count, carried)
                : none > 0 ? getTranslation("board.figure.none", count, none) : count;
        return new UnitShare(row.districtName() == null ? "—" : row.districtName(), row.cumulative(), row.denominator(),
                row.population(), figure, getTranslation("board.figure.rule"), none < row.communes());
    }

    private Map<String, Object> lineOption(List<CoveragePoint> series) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", 48, "right", 16, "top", 32, "bottom", 32));
        option.put("xAxis", Map.of("type", "category", "data", series.stream().map(p -> VietnameseFormats.date(p.day())).toList()));
        option.put("yAxis", Map.of("type", "value", "axisLabel", Map.of("formatter", "{value} %")));
        option.put("series", List.of(
                Map.of("name", getTranslation("dashboard.coverage"), "type", "line",
                        "data", series.stream().map(p -> VietnameseFormats.percentValue(p.cumulative(), p.denominator())).toList()),
                Map.of("name", getTranslation("oversight.pace"), "type", "line", "lineStyle", Map.of("type", "dashed"),
                        "data", series.stream().map(p -> VietnameseFormats.percentValue(p.paceInstalls(), p.denominator())).toList())));
        return option;
    }

    private static Map<String, Object> barOption(List<String> labels, List<Object> values, String name) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("grid", Map.of("left", 48, "right", 16, "top", 16, "bottom", 80));
        option.put("xAxis", Map.of("type", "category", "data", labels, "axisLabel", Map.of("rotate", 40, "interval", 0)));
        option.put("yAxis", Map.of("type", "value"));
        option.put("series", List.of(Map.of("name", name, "type", "bar", "data", values)));
        return option;
    }

    private String percent(long part, long whole) {
        UI ui = UI.getCurrent();
        return VietnameseFormats.percent(part, whole, ui == null || ui.getLocale() == null
                ? Locale.forLanguageTag("vi-VN") : ui.getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
