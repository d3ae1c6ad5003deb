package vn.gov.bluezone.compliance.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import org.springframework.data.domain.Pageable;

import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.compliance.BoardLevel;
import vn.gov.bluezone.compliance.BoardRow;
import vn.gov.bluezone.compliance.BoardTexts;
import vn.gov.bluezone.compliance.ComplianceBoardService;
import vn.gov.bluezone.compliance.CoverageClass;
import vn.gov.bluezone.hierarchy.BoundaryService;
import vn.gov.bluezone.oversight.CommuneDayRow;
import vn.gov.bluezone.oversight.OversightFilter;
import vn.gov.bluezone.oversight.OversightService;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.Permissions;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.ui.MapDataAddress;
import vn.gov.bluezone.shared.ui.PortalChart;

/**
 * The campaign's communes on the map for a day (issue 16): each commune coloured by the board's
 * traffic light (the same rows, the same rules), grey where it has no figure, with the legend; the
 * tooltip names the commune, its figure in force, coverage and the day's reporting status; a click
 * opens the day's report, or the unit when there is none. A campaign of former communes is drawn on
 * the communes of today they became part of (the board's {@link BoardLevel#TODAY} rows). Without
 * boundaries for the province it says so instead of drawing an empty frame. The board's table
 * stays beside it: the map is a way in, not the record.
 */
class CoverageMap extends Div {

    private final transient ComplianceBoardService board;
    private final transient OversightService oversight;
    private final transient BoundaryService boundaries;
    private final transient BoardTexts texts = new BoardTexts(this::getTranslation);
    private final PortalChart chart = new PortalChart();
    private final Paragraph missing = new Paragraph();
    private final Paragraph note = new Paragraph();
    /** What a click on an area opens, by the area's code. */
    private final Map<String, String> targets = new HashMap<>();
    private final boolean readsReports;

    CoverageMap(ComplianceBoardService board, OversightService oversight, BoundaryService boundaries,
            Permissions permissions) {
        this.board = board;
        this.oversight = oversight;
        this.boundaries = boundaries;
        setWidthFull();
        addClassName("portal-map");
        chart.setId("coverage-map");
        chart.setHeight("28rem");
        missing.setId("coverage-map-missing");
        missing.setVisible(false);
        note.setId("coverage-map-note");
        note.addClassName("portal-note");
        // the officers who follow the reports open the day's report; everyone else the unit
        readsReports = permissions.has(Permission.RETURN_REPORT);
        chart.addAreaClickListener(code -> {
            String target = targets.get(code);
            if (target != null) {
                UI.getCurrent().navigate(target);
            }
        });
        add(chart, missing, note);
    }

    /**
     * Draws the campaign on the day: its communes, or with {@code todayUnits} the communes of today
     * its former communes became part of.
     */
    void show(CampaignDetails campaign, LocalDate day, boolean todayUnits) {
        show(campaign, day, todayUnits, List.of());
    }

    /**
     * The same, reusing the board's rows of the day the caller has already read ({@code shown}, of
     * any level): they are the map's when they are of the level it draws.
     */
    void show(CampaignDetails campaign, LocalDate day, boolean todayUnits, List<BoardRow> shown) {
        targets.clear();
        List<BoardRow> rows = List.of();
        Long parent = null;
        Map<String, String> shapes = Map.of();
        boolean fellBack = false;
        if (!todayUnits) {
            rows = rowsOf(BoardLevel.COMMUNE, campaign, day, shown);
            parent = campaign.provinceId();
            shapes = boundaries.shapedUnder(parent);
            // communes of an earlier list have no boundaries: drawn on those of today, where there are
            fellBack = shapes.isEmpty() && board.hasTodayUnits(campaign.id());
        }
        if (todayUnits || fellBack) {
            rows = rowsOf(BoardLevel.TODAY, campaign, day, shown);
            parent = board.todayProvince(rows).orElse(null);
            shapes = parent == null ? Map.of() : boundaries.shapedUnder(parent);
            todayUnits = true;
        }
        if (shapes.isEmpty()) {
            chart.setVisible(false);
            note.setVisible(false);
            missing.setVisible(true);
            missing.setText(getTranslation(todayUnits || parent == null ? "map.missing.today" : "map.missing",
                    campaign.provinceName()));
            return;
        }
        Map<Long, CommuneDayRow> days = new HashMap<>();
        if (!todayUnits) {
            for (CommuneDayRow row : oversight.communes(OversightFilter.of(campaign.id(), day), Pageable.unpaged())) {
                days.put(row.unitId(), row);
            }
        }
        List<Object> data = new ArrayList<>();
        int drawn = 0;
        List<String> apart = new ArrayList<>();
        Map<String, String> byCode = new HashMap<>(shapes);
        for (BoardRow row : rows) {
            if (!byCode.containsKey(row.code())) {
                // a former commune split between several, or without a successor: in the table only
                apart.add(row.name());
                continue;
            }
            drawn++;
            CommuneDayRow commune = days.get(row.unitId());
            CoverageClass coverage = CoverageClass.of(row);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", row.code());
            item.put("value", coverage.ordinal());
            item.put("tooltip", Map.of("formatter", tooltip(row, commune, day, coverage)));
            data.add(item);
            if (!todayUnits) {
                // a commune of today belongs to today's province, not to the campaign's readers: no link
                targets.put(row.code(), readsReports && commune != null && commune.reportId() != null
                        ? "reports/" + commune.reportId() : "units/" + row.unitId());
            }
        }
        // the province's other units (not in the campaign): named, uncoloured
        rows.forEach(row -> byCode.remove(row.code()));
        for (Map.Entry<String, String> other : byCode.entrySet()) {
            data.add(Map.of("name", other.getKey(), "tooltip", Map.of("formatter", "<b>" + html(other.getValue())
                    + "</b><br/>" + html(getTranslation("map.notInCampaign")))));
        }
        chart.setVisible(true);
        missing.setVisible(false);
        String mapName = "units-" + parent;
        chart.setMap(mapName, MapDataAddress.unitsUnder(parent));
        chart.setOption(option(mapName, data, this::getTranslation));
        note.setText((fellBack ? getTranslation("map.fellBack") + " " : "")
                + getTranslation(todayUnits ? "map.note.today" : "map.note", drawn, shapes.size())
                + (apart.isEmpty() ? "" : " " + getTranslation("map.apart", String.join(", ", apart))));
        note.setVisible(true);
    }

    private List<BoardRow> rowsOf(BoardLevel level, CampaignDetails campaign, LocalDate day, List<BoardRow> shown) {
        return !shown.isEmpty() && shown.getFirst().level() == level ? shown : board.board(campaign.id(), day, level);
    }

    /** A map series classed by {@link CoverageClass}, with its legend; labels from the bundles. */
    static Map<String, Object> option(String mapName, List<Object> data, Function<String, String> translate) {
        List<Object> pieces = new ArrayList<>();
        for (CoverageClass coverage : CoverageClass.values()) {
            pieces.add(Map.of("value", coverage.ordinal(), "label", translate.apply(coverage.labelKey()),
                    "color", coverage.colour()));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "item", "confine", true));
        option.put("visualMap", Map.of("type", "piecewise", "pieces", pieces, "inverse", true, "left", 8, "bottom", 8,
                "orient", "vertical", "itemGap", 6, "textStyle", Map.of("fontSize", 12)));
        option.put("series", List.of(Map.of("type", "map", "map", mapName, "nameProperty", "code", "roam", true,
                "selectedMode", false, "aspectScale", 0.95,
                "label", Map.of("show", false),
                "itemStyle", Map.of("areaColor", "#eeeeee", "borderColor", "#ffffff", "borderWidth", 0.6),
                "emphasis", Map.of("label", Map.of("show", false), "itemStyle", Map.of("borderColor", "#212121",
                        "borderWidth", 1.5)),
                "data", data)));
        return option;
    }

    /** The tooltip as HTML: every text escaped (names are data), line breaks between the facts. */
    private String tooltip(BoardRow row, CommuneDayRow commune, LocalDate day, CoverageClass coverage) {
        List<String> lines = new ArrayList<>();
        lines.add("<b>" + html(row.name()) + "</b>");
        String parent = texts.parent(row);
        if (!parent.isEmpty()) {
            lines.add(html(parent));
        }
        lines.add(html(getTranslation("board.figure") + ": " + texts.figure(row, day)));
        if (row.hasFigure()) {
            lines.add(html(getTranslation("dashboard.coverage") + ": "
                    + VietnameseFormats.percent(row.cumulative(), row.denominator(), getLocale())));
        }
        if (commune != null) {
            lines.add(html(getTranslation("report.dayStatus") + ": "
                    + getTranslation("dayStatus." + commune.status().name())));
        } else {
            lines.add(html(getTranslation("map.onTime", row.onTimeCampaign(),
                    row.onTimeCampaign() + row.lateCampaign() + row.missingCampaign())));
        }
        lines.add(html(getTranslation("board.light") + ": " + getTranslation(coverage.labelKey())));
        return String.join("<br/>", lines);
    }

    /**
     * Text made safe for ECharts' HTML tooltip: markup escaped, and the template braces of its
     * formatter ({a}, {b} …) taken out.
     */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("{", "(").replace("}", ")");
    }
}
