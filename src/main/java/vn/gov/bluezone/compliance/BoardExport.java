package vn.gov.bluezone.compliance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;

import com.vaadin.flow.i18n.I18NProvider;

import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.documents.ComplianceSheet;
import vn.gov.bluezone.documents.DocumentService;
import vn.gov.bluezone.documents.Issuance;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.Requires;
import vn.gov.bluezone.shared.SafeCells;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.VietnameseText;

/**
 * The board as shown, as a workbook (numbers as numbers, text cells neutralised against formulas)
 * and as a report in the official layout through the documents module.
 */
@Service
public class BoardExport {

    private final ComplianceBoardService board;
    private final CampaignService campaigns;
    private final DocumentService documents;
    private final I18NProvider i18n;

    BoardExport(ComplianceBoardService board, CampaignService campaigns, DocumentService documents, I18NProvider i18n) {
        this.board = board;
        this.campaigns = campaigns;
        this.documents = documents;
        this.i18n = i18n;
    }

    @Requires(Permission.READ_OVERSIGHT)
    public byte[] xlsx(long campaignId, LocalDate day, BoardLevel level, Locale locale) {
        return workbook(day, level, locale, List.of(), List.of(new Part(List.of(), board.board(campaignId, day, level))));
    }

    /**
     * The national board ({@link ComplianceBoardService#boards}) as one sheet: every commune of every
     * province with a campaign running on the day, province by province in Vietnamese order, each
     * ranked within its province, its province and campaign in the first two columns.
     */
    @Requires(Permission.READ_NATIONAL_SUMMARY)
    public byte[] nationalXlsx(LocalDate day, Locale locale) {
        Map<Long, CampaignDetails> running = new HashMap<>();
        campaigns.visibleCampaigns().forEach(c -> running.put(c.id(), c));
        List<Part> parts = new ArrayList<>();
        board.boards(day).forEach((campaignId, rows) -> parts.add(new Part(
                List.of(running.get(campaignId).provinceName(), running.get(campaignId).name()), rows)));
        parts.sort(Comparator.comparing(part -> VietnameseText.sortKey(part.leading().getFirst())));
        return workbook(day, BoardLevel.COMMUNE, locale,
                List.of(t(locale, "campaign.province"), t(locale, "board.export.campaign")), parts);
    }

    /** Rows of one board, with the cells that come before each (none, or the province and campaign). */
    private record Part(List<String> leading, List<BoardRow> rows) {
    }

    private byte[] workbook(LocalDate day, BoardLevel level, Locale locale, List<String> leadingHeader,
            List<Part> parts) {
        BoardTexts texts = texts(locale);
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(t(locale, "board.sheet"));
            List<String> header = new ArrayList<>(leadingHeader);
            header.addAll(List.of(t(locale, "board.rank"), t(locale, "board.export.code"), t(locale, "units.name"),
                    t(locale, level == BoardLevel.TODAY ? "board.today.formerCommunes" : "units.parent"),
                    t(locale, "board.export.installs"), t(locale, "board.export.denominator"),
                    t(locale, "board.export.population"), t(locale, "dashboard.coverage"),
                    t(locale, "report.readout.populationShort"), t(locale, "oversight.pace"), t(locale, "oversight.gap"),
                    t(locale, "board.light"), t(locale, "board.export.onTime"), t(locale, "board.export.late"),
                    t(locale, "board.export.missing"), t(locale, "board.export.lateWeek"),
                    t(locale, "board.export.missingWeek"), t(locale, "board.trend"), t(locale, "board.flags"),
                    t(locale, "board.suggestion"), t(locale, "board.reprimand"), t(locale, "board.followUp"),
                    t(locale, "board.figure")));
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                first.createCell(i).setCellValue(header.get(i));
            }
            int next = 1;
            for (Part part : parts) {
                for (BoardRow r : part.rows()) {
                    List<Object> cells = new ArrayList<>(part.leading());
                    cells.addAll(List.of(r.rank(), r.code(), r.name(), texts.parent(r),
                            r.cumulative(), r.denominator(), r.population(), r.coverage(),
                            ComplianceBoardService.share(r.cumulative(), r.population()), r.paceInstalls(),
                            r.gapToPace(), t(locale, "board.light." + r.finding().light().name()),
                            Math.round(r.onTimeRate() * 100) / 100.0, r.lateCampaign(), r.missingCampaign(),
                            r.lateWeek(), r.missingWeek(), texts.trend(r), texts.reasons(r.finding()),
                            texts.suggestion(r.finding()), texts.reprimand(r.reprimand()),
                            texts.followUp(r.followUp()), texts.figure(r, day)));
                    Row row = sheet.createRow(next++);
                    for (int i = 0; i < cells.size(); i++) {
                        if (cells.get(i) instanceof Number number) {
                            row.createCell(i).setCellValue(number.doubleValue());
                        } else {
                            row.createCell(i).setCellValue(SafeCells.text(cells.get(i).toString()));
                        }
                    }
                }
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The board as a report of the Department in the official layout, always in Vietnamese. */
    @Requires(Permission.READ_OVERSIGHT)
    public byte[] pdf(long campaignId, LocalDate day, BoardLevel level) {
        return documents.compliancePdf(sheet(campaignId, day, level));
    }

    /**
     * Issues the board as shown into the province's register (numbered, signed by the issuing
     * officer); an unchanged board of the same day and level returns the entry already issued.
     */
    @Requires(Permission.ISSUE_PROVINCE_SUMMARY)
    public Issuance issue(long campaignId, LocalDate day, BoardLevel level) {
        return documents.issueCompliance(sheet(campaignId, day, level));
    }

    private static final String NONE = "—";

    private ComplianceSheet sheet(long campaignId, LocalDate day, BoardLevel level) {
        Locale vi = VietnameseText.VIETNAMESE;
        BoardTexts texts = texts(vi);
        List<ComplianceSheet.Row> rows = new ArrayList<>();
        List<String> flagged = new ArrayList<>();
        for (BoardRow r : board.board(campaignId, day, level)) {
            // the figure in force as on the board: a commune's earlier day beside it, none as a dash
            String installs = !r.hasFigure() ? NONE : r.level() == BoardLevel.COMMUNE && r.carried(day)
                    ? VietnameseFormats.count(r.cumulative()) + " (" + VietnameseFormats.dayMonth(r.figureDate()) + ")"
                    : VietnameseFormats.count(r.cumulative());
            rows.add(new ComplianceSheet.Row(Integer.toString(r.rank()), r.name(), installs,
                    r.hasFigure() ? VietnameseFormats.percent(r.cumulative(), r.denominator()) : NONE,
                    VietnameseFormats.decimal(r.onTimeRate()) + " %", t(vi, "board.light." + r.finding().light().name())));
            if (r.finding().suggestion() != Suggestion.NONE || r.reprimand() != null) {
                String action = r.reprimand() != null ? texts.reprimand(r.reprimand()) : texts.suggestion(r.finding());
                String reasons = texts.reasons(r.finding());
                String parent = texts.parent(r);
                flagged.add(r.name() + (parent.isEmpty() ? "" : " (" + parent + ")") + ": "
                        + (reasons.isEmpty() ? "" : reasons + ". ") + t(vi, "board.suggestion") + ": " + action + ".");
            }
        }
        return new ComplianceSheet(campaignId, day, t(vi, "board.level." + level.name()).toUpperCase(vi), rows, flagged);
    }

    private BoardTexts texts(Locale locale) {
        return new BoardTexts((key, arguments) -> i18n.getTranslation(key, locale, arguments));
    }

    private String t(Locale locale, String key) {
        return i18n.getTranslation(key, locale);
    }
}
