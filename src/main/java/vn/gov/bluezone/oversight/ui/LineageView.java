package vn.gov.bluezone.oversight.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import vn.gov.bluezone.oversight.LineageExport;
import vn.gov.bluezone.oversight.LineageRollup;
import vn.gov.bluezone.oversight.LineageRollupService;
import vn.gov.bluezone.oversight.LineageRollupService.LineageCampaign;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.VietnameseText;
import vn.gov.bluezone.shared.ui.Downloads;
import vn.gov.bluezone.shared.ui.ErrorMessages;
import vn.gov.bluezone.shared.ui.Fields;
import vn.gov.bluezone.shared.ui.ViewPermission;

/**
 * A campaign of former communes on the communes of today (decision 0031): one row per new commune
 * with the summed figures of the former communes that went to it, optionally grouped by former
 * district; the former communes split between several new communes and those without a successor
 * in sections of their own; the total; the rule said on screen; CSV and XLSX of what is shown.
 */
@Route("lineage")
@ViewPermission(Permission.READ_OVERSIGHT)
@Menu(order = 3.7, title = "nav.lineage", icon = "SPLIT")
public class LineageView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient LineageRollupService rollups;
    private final Select<LineageCampaign> campaign = new Select<>();
    private final DatePicker day = new DatePicker();
    private final Checkbox grouped = new Checkbox();
    private final Paragraph history = new Paragraph();
    private final TreeGrid<Line> grid = new TreeGrid<>();
    private final Grid<LineageRollup.Former> splits = new Grid<>();
    private final Grid<LineageRollup.Former> without = new Grid<>();
    private final H3 splitsTitle = new H3();
    private final H3 withoutTitle = new H3();
    private final Paragraph splitsHelp = new Paragraph();
    private final Paragraph withoutHelp = new Paragraph();
    private FooterRow footer;
    private final List<Grid.Column<Line>> columns = new ArrayList<>();

    /** A line of the grid: a new commune, or a former district's subtotal when grouped. */
    private record Line(boolean group, String name, String code, String formerCommunes, String formerDistricts,
            long population, long smartphoneUsers, long installs, int formers, int onTime, String note) {
    }

    LineageView(LineageRollupService rollups, LineageExport export) {
        this.rollups = rollups;
        addClassName("portal-view");
        setSizeFull();

        List<LineageCampaign> choices = rollups.campaigns();
        Fields.choice(campaign, "lineage-campaign", getTranslation("lineage.campaign"), choices,
                c -> c.territoryHistory() ? getTranslation("lineage.campaign.history", c.campaign().name())
                        : c.campaign().name());
        Fields.date(day, "lineage-day", getTranslation("lineage.day"), null);
        grouped.setId("lineage-group");
        grouped.setLabel(getTranslation("lineage.group"));
        history.setId("lineage-history");
        history.setText(getTranslation("lineage.history"));
        history.setVisible(false);
        Paragraph rule = new Paragraph(getTranslation("lineage.rule"));
        rule.setId("lineage-rule");

        grid.setId("lineage-grid");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        columns.add(grid.addHierarchyColumn(Line::name).setHeader(getTranslation("units.name")).setFlexGrow(2)
                .setWidth("12rem").setFrozen(true)
                .setComparator(Comparator.comparing((Line l) -> VietnameseText.sortKey(l.name()))));
        columns.add(grid.addColumn(Line::code).setHeader(getTranslation("units.code")).setSortable(true));
        columns.add(grid.addColumn(Line::formerCommunes).setHeader(getTranslation("lineage.formerCommunes"))
                .setFlexGrow(3).setWidth("14rem"));
        columns.add(grid.addColumn(Line::formerDistricts).setHeader(getTranslation("lineage.formerDistricts"))
                .setComparator(Comparator.comparing((Line l) -> VietnameseText.sortKey(l.formerDistricts()))));
        columns.add(number(grid.addColumn(l -> count(l.population())), "baseline.population")
                .setComparator(Comparator.comparingLong(Line::population)));
        columns.add(number(grid.addColumn(l -> count(l.smartphoneUsers())), "baseline.smartphones")
                .setComparator(Comparator.comparingLong(Line::smartphoneUsers)));
        columns.add(number(grid.addColumn(l -> count(l.installs())), "report.cumulative.short")
                .setComparator(Comparator.comparingLong(Line::installs)));
        columns.add(number(grid.addColumn(l -> percent(l.installs(), l.population())), "report.readout.populationShort")
                .setComparator(Comparator.comparingDouble(l -> share(l.installs(), l.population()))));
        columns.add(number(grid.addColumn(l -> percent(l.installs(), l.smartphoneUsers())),
                "report.readout.smartphonesShort")
                .setComparator(Comparator.comparingDouble(l -> share(l.installs(), l.smartphoneUsers()))));
        columns.add(number(grid.addColumn(l -> Integer.toString(l.formers())), "lineage.formerCount")
                .setComparator(Comparator.comparingInt(Line::formers)));
        columns.add(number(grid.addColumn(l -> Integer.toString(l.onTime())), "lineage.onTime")
                .setComparator(Comparator.comparingInt(Line::onTime)));
        columns.add(grid.addColumn(Line::note).setHeader(getTranslation("lineage.note")).setFlexGrow(2));
        footer = grid.appendFooterRow();
        grid.setMinHeight("20rem");

        splitsTitle.setText(getTranslation("lineage.section.splits"));
        formerGrid(splits, "lineage-splits", "lineage.successors");
        withoutTitle.setText(getTranslation("lineage.section.without"));
        formerGrid(without, "lineage-without", "lineage.note");

        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> Downloads.file(export.csv(chosen().campaign().id(),
                day.getValue(), Downloads.locale()), "don-vi-hien-nay.csv", "text/csv; charset=UTF-8")),
                getTranslation("oversight.exportCsv"));
        csv.setId("lineage-csv");
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> Downloads.file(export.xlsx(chosen().campaign().id(),
                day.getValue(), Downloads.locale()), "don-vi-hien-nay.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
                getTranslation("oversight.exportXlsx"));
        xlsx.setId("lineage-xlsx");

        campaign.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                day.setValue(change.getValue().lastDay());
            }
            refresh();
        });
        day.addValueChangeListener(change -> refresh());
        grouped.addValueChangeListener(change -> refresh());

        HorizontalLayout filters = new HorizontalLayout(campaign, day, grouped);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout exports = new HorizontalLayout(csv, xlsx);
        exports.setAlignItems(FlexComponent.Alignment.BASELINE);
        splitsHelp.setText(getTranslation("lineage.splits.help"));
        withoutHelp.setText(getTranslation("lineage.without.help"));
        add(new H2(getTranslation("lineage.title")), filters, rule, history, exports, grid, splitsTitle, splitsHelp,
                splits, withoutTitle, withoutHelp, without);
        setFlexGrow(1, grid);
        if (choices.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("lineage.noCampaign"));
            none.setId("lineage-none");
            addComponentAtIndex(2, none);
        } else {
            campaign.setValue(choices.getFirst());
        }
    }

    private LineageCampaign chosen() {
        if (campaign.getValue() == null || day.getValue() == null) {
            throw new PortalException("lineage.noCampaign");
        }
        return campaign.getValue();
    }

    private void refresh() {
        TreeData<Line> data = new TreeData<>();
        LineageRollup rollup = null;
        if (campaign.getValue() != null && day.getValue() != null) {
            try {
                rollup = rollups.rollup(campaign.getValue().campaign().id(), day.getValue());
            } catch (PortalException e) {
                ErrorMessages.show(this, e);
            }
        }
        if (rollup == null) {
            grid.setDataProvider(new TreeDataProvider<>(data));
            splits.setItems(List.of());
            without.setItems(List.of());
            history.setVisible(false);
            sections(false, false);
            return;
        }
        history.setVisible(rollup.territoryHistory());
        if (grouped.getValue()) {
            for (LineageRollup.Group group : rollup.groups()) {
                String name = group.formerDistrict() == null ? getTranslation("lineage.manyDistricts")
                        : group.formerDistrict();
                LineageRollup.Total t = group.subtotal();
                Line parent = new Line(true, getTranslation("lineage.groupRow", name, group.rows().size()), "", "",
                        name, t.population(), t.smartphoneUsers(), t.installs(), t.formerCommunes(), t.onTime(), "");
                data.addItem(null, parent);
                group.rows().forEach(row -> data.addItem(parent, line(row)));
            }
        } else {
            rollup.rows().forEach(row -> data.addItem(null, line(row)));
        }
        grid.setDataProvider(new TreeDataProvider<>(data));
        if (grouped.getValue()) {
            grid.expand(data.getRootItems());
        }
        LineageRollup.Total total = rollup.total();
        footer.getCell(columns.get(0)).setText(getTranslation("oversight.total"));
        footer.getCell(columns.get(4)).setText(count(total.population()));
        footer.getCell(columns.get(5)).setText(count(total.smartphoneUsers()));
        footer.getCell(columns.get(6)).setText(count(total.installs()));
        footer.getCell(columns.get(7)).setText(percent(total.installs(), total.population()));
        footer.getCell(columns.get(8)).setText(percent(total.installs(), total.smartphoneUsers()));
        footer.getCell(columns.get(9)).setText(Integer.toString(total.formerCommunes()));
        footer.getCell(columns.get(10)).setText(Integer.toString(total.onTime()));
        splits.setItems(rollup.splits());
        without.setItems(rollup.withoutSuccessor());
        sections(!rollup.splits().isEmpty(), !rollup.withoutSuccessor().isEmpty());
    }

    /** The sections of split communes and of communes without a successor show only when they list one. */
    private void sections(boolean withSplits, boolean withoutSuccessor) {
        splitsTitle.setVisible(withSplits);
        splitsHelp.setVisible(withSplits);
        splits.setVisible(withSplits);
        withoutTitle.setVisible(withoutSuccessor);
        withoutHelp.setVisible(withoutSuccessor);
        without.setVisible(withoutSuccessor);
    }

    private Line line(LineageRollup.Row row) {
        return new Line(false, row.name(), row.code(), String.join(", ", row.formerCommunes()),
                String.join(", ", row.formerDistricts()), row.population(), row.smartphoneUsers(), row.installs(),
                row.formerCommunes().size(), row.onTime(), String.join("; ", row.partsOf().stream()
                        .map(part -> getTranslation("lineage.partOf", part)).toList()));
    }

    private void formerGrid(Grid<LineageRollup.Former> formers, String id, String lastHeader) {
        formers.setId(id);
        formers.setAllRowsVisible(true);
        formers.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        formers.addColumn(LineageRollup.Former::label).setHeader(getTranslation("lineage.formerCommunes"))
                .setFlexGrow(2).setComparator(Comparator.comparing(f -> VietnameseText.sortKey(f.label())));
        formers.addColumn(LineageRollup.Former::code).setHeader(getTranslation("units.code"));
        formers.addColumn(f -> count(f.population())).setHeader(getTranslation("baseline.population"))
                .setTextAlign(ColumnTextAlign.END);
        formers.addColumn(f -> count(f.smartphoneUsers())).setHeader(getTranslation("baseline.smartphones"))
                .setTextAlign(ColumnTextAlign.END);
        formers.addColumn(f -> count(f.installs())).setHeader(getTranslation("report.cumulative.short"))
                .setTextAlign(ColumnTextAlign.END);
        formers.addColumn(f -> percent(f.installs(), f.population()))
                .setHeader(getTranslation("report.readout.populationShort")).setTextAlign(ColumnTextAlign.END);
        formers.addColumn(f -> percent(f.installs(), f.smartphoneUsers()))
                .setHeader(getTranslation("report.readout.smartphonesShort")).setTextAlign(ColumnTextAlign.END);
        formers.addColumn(f -> getTranslation("dayStatus." + f.status().name()))
                .setHeader(getTranslation("report.dayStatus"));
        formers.addColumn(f -> f.successors().isEmpty() ? "" : String.join(", ", f.successors())
                + (formers == without ? " " + getTranslation("lineage.notHeld") : ""))
                .setHeader(getTranslation(lastHeader)).setFlexGrow(2);
    }

    private Grid.Column<Line> number(Grid.Column<Line> column, String header) {
        return column.setHeader(getTranslation(header)).setTextAlign(ColumnTextAlign.END);
    }

    private static double share(long part, long whole) {
        return VietnameseFormats.percentValue(part, whole);
    }

    private String count(long value) {
        return VietnameseFormats.count(value, getLocale());
    }

    private String percent(long part, long whole) {
        return VietnameseFormats.percent(part, whole, Downloads.locale());
    }



    /** Opened from the board with {@code ?campaign=id}: that campaign, when the caller may see it here. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("campaign").ifPresent(id ->
                campaign.getListDataView().getItems().filter(c -> Long.toString(c.campaign().id()).equals(id))
                        .findFirst().ifPresent(campaign::setValue));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lineage.title");
    }
}
