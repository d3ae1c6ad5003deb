package vn.gov.bluezone.compliance.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;

import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.compliance.BoardExport;
import vn.gov.bluezone.compliance.ComplianceBoardService;
import vn.gov.bluezone.compliance.CoverageClass;
import vn.gov.bluezone.compliance.ProvinceStanding;
import vn.gov.bluezone.hierarchy.BoundaryService;
import vn.gov.bluezone.hierarchy.UnitShape;
import vn.gov.bluezone.oversight.DashboardSection;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.ui.Downloads;
import vn.gov.bluezone.shared.ui.MapDataAddress;
import vn.gov.bluezone.shared.ui.PortalChart;

/**
 * The national map for a day (issue 16): the 34 provinces — the whole territory, Hoàng Sa and
 * Trường Sa included, from the shipped national base map — each province with a campaign running
 * that day coloured by the light of its total, the others grey; the tooltip names the province,
 * its campaign and figures. For those who read the national summary.
 */
class ProvinceMap extends Div implements DashboardSection {

    static final String MAP = "provinces";

    private final transient ComplianceBoardService board;
    private final transient BoundaryService boundaries;
    private final PortalChart chart = new PortalChart();
    private final Paragraph note = new Paragraph();
    private final Anchor xlsx;
    private LocalDate shownDay;

    ProvinceMap(ComplianceBoardService board, BoardExport export, BoundaryService boundaries) {
        this.board = board;
        this.boundaries = boundaries;
        setWidthFull();
        addClassName("portal-dashboard-section");
        chart.setId("province-map");
        chart.setHeight("36rem");
        note.setId("province-map-note");
        // every commune of every running province on the map's day, ranked within its province
        xlsx = new Anchor(DownloadHandler.fromInputStream(event -> Downloads.file(export.nationalXlsx(shownDay,
                Downloads.locale()), "bang-xep-hang-ca-nuoc.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
                getTranslation("map.national.xlsx"));
        xlsx.setId("national-board-xlsx");
        xlsx.setVisible(false);
        add(new H3(getTranslation("map.national")), chart, note, xlsx);
    }

    @Override
    public Div component() {
        return this;
    }

    @Override
    public void show(CampaignDetails campaign, LocalDate day, boolean todayUnits) {
        shownDay = day;
        xlsx.setVisible(true);
        Map<String, ProvinceStanding> standings = new HashMap<>();
        board.provinces(day).forEach(p -> standings.put(p.provinceCode(), p));
        List<Object> data = new ArrayList<>();
        for (UnitShape province : boundaries.provinceShapes()) {
            ProvinceStanding standing = standings.get(province.code());
            CoverageClass coverage = standing == null ? CoverageClass.NONE : standing.coverage();
            List<String> lines = new ArrayList<>();
            lines.add("<b>" + CoverageMap.html(province.name()) + "</b>");
            if (standing == null) {
                lines.add(CoverageMap.html(getTranslation("map.noCampaign")));
            } else {
                lines.add(CoverageMap.html(standing.campaignName()));
                lines.add(CoverageMap.html(getTranslation("board.figure") + ": "
                        + VietnameseFormats.count(standing.cumulative(), getLocale())));
                lines.add(CoverageMap.html(getTranslation("dashboard.coverage") + ": "
                        + VietnameseFormats.percent(standing.cumulative(), standing.denominator(), getLocale())));
                lines.add(CoverageMap.html(getTranslation("board.light") + ": " + getTranslation(coverage.labelKey())));
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", province.code());
            item.put("value", coverage.ordinal());
            item.put("tooltip", Map.of("formatter", String.join("<br/>", lines)));
            data.add(item);
        }
        chart.setMap(MAP, MapDataAddress.provinces());
        chart.setOption(CoverageMap.option(MAP, data, this::getTranslation));
        note.setText(getTranslation("map.national.note", VietnameseFormats.date(day), standings.size()));
    }
}
