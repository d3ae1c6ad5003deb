package vn.gov.bluezone.compliance.ui;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;

import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.compliance.BoardExport;
import vn.gov.bluezone.compliance.BoardLevel;
import vn.gov.bluezone.compliance.BoardRow;
import vn.gov.bluezone.compliance.BoardTexts;
import vn.gov.bluezone.compliance.BoardTotal;
import vn.gov.bluezone.compliance.ComplianceBoardService;
import vn.gov.bluezone.compliance.ReprimandService;
import vn.gov.bluezone.documents.Issuance;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.LineageService;
import vn.gov.bluezone.hierarchy.Succession;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.Permissions;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.VietnameseText;
import vn.gov.bluezone.shared.ui.Downloads;
import vn.gov.bluezone.shared.ui.ComponentTexts;
import vn.gov.bluezone.shared.ui.ErrorMessages;
import vn.gov.bluezone.shared.ui.Fields;
import vn.gov.bluezone.shared.ui.ViewPermission;

/**
 * The compliance board the provincial chair's office opens every afternoon: campaign, day and level
 * (districts or communes); rank, coverage, pace and gap, light, reporting record, 7-day trend, flags
 * with reasons, suggestion, the reprimand concerning the unit and its results since the dispatch.
 * The provincial officer selects flagged units to propose or dismiss; everyone in scope can export.
 */
@Route("board")
@ViewPermission(Permission.READ_OVERSIGHT)
@Menu(order = 3, title = "nav.board", icon = "SCALE")
public class ComplianceBoardView extends VerticalLayout implements HasDynamicTitle {

    /** Up to this many rows the grid shows them all; beyond, it fills the view and scrolls. */
    static final int FEW_ROWS = 10;
    /** Room for a few rows of a long board even on a phone, where the whole view then scrolls. */
    static final String MIN_GRID_HEIGHT = "20rem";

    private final transient ComplianceBoardService board;
    private final transient ReprimandService reprimands;
    private final transient BoardTexts texts = new BoardTexts(this::getTranslation);
    private final boolean officer;
    private final Select<CampaignDetails> campaign = new Select<>();
    private final DatePicker day = new DatePicker();
    private final Select<BoardLevel> level = new Select<>();
    private final Grid<BoardRow> grid = new Grid<>();
    private final Grid.Column<BoardRow> communesColumn;
    private final Button propose = new Button();
    private final Button dismiss = new Button();
    private final Span total = new Span();
    private final Span figures = new Span();
    /** On two levels: each commune's former districts, by unit id; empty where there are districts. */
    private Map<Long, String> formerDistricts = Map.of();
    private LocalDate shownDay;
    private final CoverageMap map;

    ComplianceBoardView(ComplianceBoardService board, ReprimandService reprimands, BoardExport export,
            CampaignService campaigns, DailyReportService reports, Permissions permissions, HierarchyService hierarchy,
            LineageService lineage, CoverageMaps maps) {
        this.board = board;
        this.reprimands = reprimands;
        this.officer = permissions.has(Permission.PROPOSE_REPRIMAND);
        addClassName("portal-view");
        setSizeFull();
        Fields.choice(campaign, "board-campaign", getTranslation("report.campaign"), campaigns.visibleCampaigns(),
                CampaignDetails::name);
        Fields.date(day, "board-day", getTranslation("report.date"), reports.today());
        Fields.choice(level, "board-level", getTranslation("board.level"), List.of(BoardLevel.values()),
                l -> getTranslation("board.level." + l.name()));
        // who reads the whole province starts at its districts; a district office at its communes
        level.setValue(permissions.has(Permission.READ_PROVINCE_SUMMARY) ? BoardLevel.DISTRICT : BoardLevel.COMMUNE);

        grid.setId("board-grid");
        grid.setMinHeight(MIN_GRID_HEIGHT);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.addColumn(BoardRow::rank).setHeader(getTranslation("board.rank")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(BoardRow::name).setHeader(getTranslation("units.name")).setWidth("11rem").setFrozen(true);
        grid.addColumn(this::parentOrFormerDistricts).setHeader(getTranslation("units.parent"))
                .setKey("parent").setWidth("10rem").setFlexGrow(0).setSortable(true)
                .setComparator(Comparator.comparing(r -> VietnameseText.sortKey(parentOrFormerDistricts(r))));
        communesColumn = grid.addColumn(BoardRow::communes).setHeader(getTranslation("board.communes"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(r -> Fields.badge(getTranslation("board.light." + r.finding().light().name()),
                r.finding().light().badgeTheme())).setHeader(getTranslation("board.light")).setAutoWidth(true);
        grid.addColumn(r -> texts.figure(r, shownDay)).setHeader(getTranslation("board.figure")).setKey("figure")
                .setTextAlign(ColumnTextAlign.END).setWidth("9rem").setFlexGrow(0)
                .setTooltipGenerator(r -> texts.figureTooltip(r, shownDay));
        grid.addColumn(r -> r.hasFigure() ? percent(r.cumulative(), r.denominator()) : "—")
                .setHeader(getTranslation("dashboard.coverage")).setKey("coverage")
                .setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(r -> r.hasFigure() ? percent(r.cumulative(), r.population()) : "—")
                .setHeader(getTranslation("report.readout.populationShort"))
                .setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(r -> VietnameseFormats.count(r.paceInstalls(), getLocale())).setHeader(getTranslation("oversight.pace"))
                .setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(r -> !r.hasFigure() ? "—" : (r.gapToPace() >= 0 ? "+" : "−")
                        + VietnameseFormats.count(Math.abs(r.gapToPace()), getLocale()))
                .setHeader(getTranslation("oversight.gap")).setTextAlign(ColumnTextAlign.END).setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(texts::record).setHeader(getTranslation("board.reporting")).setWidth("15rem").setFlexGrow(0);
        grid.addColumn(texts::trend).setHeader(getTranslation("board.trend")).setWidth("13rem").setFlexGrow(0);
        grid.addColumn(r -> texts.reasons(r.finding())).setHeader(getTranslation("board.flags")).setWidth("20rem")
                .setFlexGrow(1);
        grid.addColumn(r -> texts.suggestion(r.finding())).setHeader(getTranslation("board.suggestion"))
                .setWidth("7rem").setFlexGrow(0);
        grid.addComponentColumn(r -> r.reprimand() == null ? new Span()
                : Fields.badge(texts.reprimand(r.reprimand()), r.reprimand().status().badgeTheme()))
                .setHeader(getTranslation("board.reprimand")).setKey("reprimand").setWidth("13rem").setFlexGrow(0);
        grid.addColumn(r -> texts.followUp(r.followUp())).setHeader(getTranslation("board.followUp"))
                .setWidth("16rem").setFlexGrow(0);

        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (officer) {
            ComponentTexts.multiSelect(grid);
            grid.setItemSelectableProvider(BoardRow::actionable);
            // a row without a check box says why, whichever cell the officer points at
            grid.getColumns().stream().filter(c -> !"figure".equals(c.getKey()))
                    .forEach(c -> c.setTooltipGenerator(texts::notSelectable));
            propose.setText(getTranslation("board.propose"));
            propose.setId("board-propose");
            propose.addThemeVariants(ButtonVariant.PRIMARY);
            propose.addClickListener(click -> new ProposalDialog(reprimands, texts, campaign.getValue().id(),
                    day.getValue(), level.getValue(), List.copyOf(grid.getSelectedItems()), this::refresh).open());
            dismiss.setText(getTranslation("board.dismiss"));
            dismiss.setId("board-dismiss");
            dismiss.addClickListener(click -> new DismissDialog(reprimands, campaign.getValue().id(), day.getValue(),
                    level.getValue(), grid.getSelectedItems().iterator().next(), this::refresh).open());
            grid.addSelectionListener(selection -> updateActions());
            actions.add(propose, dismiss, new Span(getTranslation("board.selectHint")));
            updateActions();
        }
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> Downloads.file(export.xlsx(campaign.getValue().id(),
                day.getValue(), level.getValue(), Downloads.locale()), "bang-tuan-thu.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")), getTranslation("board.exportXlsx"));
        xlsx.setId("board-xlsx");
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> Downloads.file(export.pdf(campaign.getValue().id(),
                day.getValue(), level.getValue()), "bang-tuan-thu.pdf", "application/pdf")),
                getTranslation("board.exportPdf"));
        pdf.setId("board-pdf");
        actions.add(xlsx, pdf);
        if (officer) {
            Button issue = new Button(getTranslation("board.issue"), click -> {
                try {
                    Issuance issuance = export.issue(campaign.getValue().id(), day.getValue(), level.getValue());
                    String reference = issuance.document().reference();
                    Notification.show(!issuance.newlyIssued() ? getTranslation("document.alreadyIssued", reference)
                            : issuance.replaced() == null ? getTranslation("document.issued", reference)
                            : getTranslation("document.issuedReplacing", reference, issuance.replaced().reference()));
                } catch (PortalException e) {
                    ErrorMessages.show(this, e);
                }
            });
            issue.setId("board-issue");
            actions.add(issue);
        }
        actions.add(new RouterLink(getTranslation("board.toReprimands"), ReprimandsView.class));
        // the lineage view is the oversight module's (decision 0031): linked by its route
        Anchor lineageLink = new Anchor("lineage", getTranslation("lineage.link"));
        lineageLink.setId("board-lineage");
        actions.add(lineageLink);
        campaign.addValueChangeListener(change -> lineageLink.setHref(change.getValue() == null ? "lineage"
                : "lineage?campaign=" + change.getValue().id()));

        boolean readsProvince = permissions.has(Permission.READ_PROVINCE_SUMMARY);
        campaign.addValueChangeListener(change -> {
            // a two-level province (since 1/7/2025) has no district to rank: its communes are ranked directly
            boolean districts = change.getValue() != null && hierarchy.hasDistricts(change.getValue().provincePath());
            formerDistricts = districts || change.getValue() == null ? Map.of()
                    : formerDistricts(lineage.predecessorsUnder(change.getValue().provincePath()));
            // a campaign of former communes can also be ranked on the communes of today (decision 0031)
            boolean today = districts && board.hasTodayUnits(change.getValue().id());
            BoardLevel shown = level.getValue();
            level.setItems(today ? List.of(BoardLevel.values()) : List.of(BoardLevel.DISTRICT, BoardLevel.COMMUNE));
            // since 1/7/2025: xã, phường, đặc khu (no more thị trấn)
            level.setItemLabelGenerator(l -> getTranslation("board.level." + l.name()
                    + (districts || l != BoardLevel.COMMUNE ? "" : ".twoLevelName")));
            lineageLink.setVisible(today);
            level.setReadOnly(!districts);
            if (!districts) {
                level.setValue(BoardLevel.COMMUNE);
            } else if (change.isFromClient() && readsProvince || shown == null
                    || shown == BoardLevel.TODAY && !today) {
                level.setValue(readsProvince ? BoardLevel.DISTRICT : BoardLevel.COMMUNE);
            } else {
                level.setValue(shown);
            }
            refresh();
        });
        day.addValueChangeListener(change -> refresh());
        level.addValueChangeListener(change -> refresh());
        HorizontalLayout filters = new HorizontalLayout(campaign, day, level);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        total.setId("board-total");
        figures.setId("board-figures");
        map = maps.communes();
        Details mapSection = new Details(getTranslation("map.title"), map);
        mapSection.setId("board-map");
        mapSection.setOpened(true);
        mapSection.setWidthFull();
        add(new H2(getTranslation("board.title")), filters, total, figures, mapSection, actions, grid);
        campaign.getListDataView().getItems().findFirst().ifPresent(campaign::setValue);
    }

    /**
     * The commune's district; on two levels, the districts its former communes belonged to before
     * 1/7/2025 (through lineage), for readers used to them: sorting by it groups the communes so.
     */
    private String parentOrFormerDistricts(BoardRow row) {
        if (row.lineage() != null) {
            return texts.parent(row);
        }
        if (!formerDistricts.isEmpty()) {
            return formerDistricts.getOrDefault(row.unitId(), "");
        }
        return row.parentName() == null ? "" : row.parentName();
    }

    private static Map<Long, String> formerDistricts(List<Succession> rows) {
        Map<Long, SortedSet<String>> names = new HashMap<>();
        for (Succession row : rows) {
            if (row.newUnitId() != null && row.oldDistrictName() != null) {
                names.computeIfAbsent(row.newUnitId(), id -> new TreeSet<>(Comparator.comparing(VietnameseText::sortKey)))
                        .add(row.oldDistrictName());
            }
        }
        Map<Long, String> joined = new HashMap<>();
        names.forEach((id, districts) -> joined.put(id, String.join(", ", districts)));
        return joined;
    }

    private void refresh() {
        if (campaign.getValue() != null && day.getValue() != null && level.getValue() != null) {
            grid.deselectAll();
            shownDay = day.getValue();
            List<BoardRow> rows = board.board(campaign.getValue().id(), shownDay, level.getValue());
            grid.setItems(rows);
            fit(rows.size());
            BoardTotal sum = BoardTotal.of(rows);
            total.setText(getTranslation("board.total", sum.units(), VietnameseFormats.count(sum.cumulative(), getLocale()),
                    percent(sum.cumulative(), sum.population()), percent(sum.cumulative(), sum.denominator()),
                    VietnameseFormats.count(sum.paceInstalls(), getLocale())));
            figures.setText(getTranslation("board.figure.note", VietnameseFormats.date(shownDay), sum.carriedCommunes(),
                    sum.communesWithoutFigure()));
            figures.setVisible(sum.carriedCommunes() + sum.communesWithoutFigure() > 0);
            BoardLevel shownLevel = level.getValue();
            map.show(campaign.getValue(), shownDay, shownLevel == BoardLevel.TODAY, rows);
            communesColumn.setVisible(shownLevel != BoardLevel.COMMUNE);
            grid.getColumnByKey("parent").setVisible(shownLevel != BoardLevel.DISTRICT);
            grid.getColumnByKey("parent").setHeader(getTranslation(shownLevel == BoardLevel.TODAY
                    ? "board.today.formerCommunes" : formerDistricts.isEmpty() ? "units.parent" : "board.formerDistricts"));
            level.setHelperText(level.isReadOnly() ? getTranslation("board.level.twoLevel")
                    : shownLevel == BoardLevel.TODAY ? getTranslation("board.level.todayHelp") : null);
            updateActions();
        }
    }

    /** A short board sizes to its rows; a long one fills the rest of the screen and scrolls inside. */
    private void fit(int rows) {
        boolean few = rows <= FEW_ROWS;
        grid.setAllRowsVisible(few);
        setFlexGrow(few ? 0 : 1, grid);
        grid.getStyle().set("flex-shrink", few ? "0" : "1");
    }

    private void updateActions() {
        int selected = grid.getSelectedItems().size();
        propose.setEnabled(selected > 0);
        dismiss.setEnabled(selected == 1);
    }


    private String percent(long part, long whole) {
        return VietnameseFormats.percent(part, whole, Downloads.locale());
    }


    @Override
    public String getPageTitle() {
        return getTranslation("board.title");
    }
}
