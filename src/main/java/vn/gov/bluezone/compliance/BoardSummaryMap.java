package vn.gov.bluezone.compliance;

import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.i18n.I18NProvider;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.documents.SummaryMap;
import vn.gov.bluezone.documents.SummaryMapSource;
import vn.gov.bluezone.hierarchy.BoundaryService;
import vn.gov.bluezone.hierarchy.UnitShape;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.VietnameseText;

/**
 * The map of the provincial summary (decision 0033, issue 16): the province's communes filled with
 * the class of their row on the board of the day ({@link CoverageClass}: the traffic light, grey
 * without a figure), the same classes and legend as the map on the screen. A campaign of former
 * communes whose communes have no boundaries is drawn on the communes of today they became part of
 * (the board's {@link BoardLevel#TODAY} rows); communes of the province outside the campaign are
 * outlined only. Without boundaries there is no map, and the summary reads as before.
 */
@Component
@Order(0)
class BoardSummaryMap implements SummaryMapSource {

    private final ComplianceBoardService board;
    private final CampaignService campaigns;
    private final BoundaryService boundaries;
    private final I18NProvider i18n;

    BoardSummaryMap(ComplianceBoardService board, CampaignService campaigns, BoundaryService boundaries,
            I18NProvider i18n) {
        this.board = board;
        this.campaigns = campaigns;
        this.boundaries = boundaries;
        this.i18n = i18n;
    }

    @Override
    public Optional<SummaryMap> provincialMap(long campaignId, LocalDate day) {
        CampaignDetails campaign = campaigns.get(campaignId);
        List<UnitShape> shapes = boundaries.shapesUnder(campaign.provinceId());
        BoardLevel level = BoardLevel.COMMUNE;
        List<BoardRow> ranked = null;
        if (shapes.isEmpty() && board.hasTodayUnits(campaignId)) {
            level = BoardLevel.TODAY;
            ranked = board.board(campaignId, day, level);
            shapes = board.todayProvince(ranked).map(boundaries::shapesUnder).orElse(List.of());
        }
        if (shapes.isEmpty()) {
            return Optional.empty();
        }
        Map<String, BoardRow> rows = new HashMap<>();
        (ranked != null ? ranked : board.board(campaignId, day, level)).forEach(row -> rows.put(row.code(), row));
        List<SummaryMap.Area> areas = new ArrayList<>();
        for (UnitShape shape : shapes) {
            BoardRow row = rows.get(shape.code());
            areas.add(new SummaryMap.Area(shape.code(), shape.name(), shape.polygons(),
                    row == null ? null : Color.decode(CoverageClass.of(row).colour())));
        }
        List<SummaryMap.LegendItem> legend = new ArrayList<>();
        for (CoverageClass coverage : CoverageClass.values()) {
            legend.add(new SummaryMap.LegendItem(Color.decode(coverage.colour()), text(coverage.labelKey())));
        }
        return Optional.of(new SummaryMap(null, areas, legend, text(level == BoardLevel.TODAY
                ? "map.document.noteToday" : "map.document.note", VietnameseFormats.date(day))));
    }

    /** Documents are in Vietnamese whatever the reader's language. */
    private String text(String key, Object... arguments) {
        return i18n.getTranslation(key, VietnameseText.VIETNAMESE, arguments);
    }
}
