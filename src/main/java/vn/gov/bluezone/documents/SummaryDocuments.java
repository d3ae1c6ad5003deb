package vn.gov.bluezone.documents;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.directory.OfficeKind;
import vn.gov.bluezone.directory.OfficeService;
import vn.gov.bluezone.directory.OfficeSigner;
import vn.gov.bluezone.directory.OfficeSummary;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.oversight.CommuneDayRow;
import vn.gov.bluezone.oversight.OversightFilter;
import vn.gov.bluezone.oversight.OversightService;
import vn.gov.bluezone.oversight.TotalRow;
import vn.gov.bluezone.reporting.DayStatus;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.VietnameseText;

/**
 * The district summary (the district's committee, its communes for a day) and the provincial summary
 * (the campaign's receiving office to the provincial chair: districts ranked by coverage, then every
 * commune; in a two-level province the communes ranked directly), built from the oversight read model so they show exactly what the grids show. Office
 * names, symbols and signers come from the directory (decision 0030). The provincial summary shows a
 * map of its communes after the ranking when a {@link SummaryMapSource} supplies one (decision 0033).
 */
@Component
class SummaryDocuments {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("documents", Locale.ROOT);
    private static final Locale VI = VietnameseText.VIETNAMESE;

    private final OversightService oversight;
    private final CampaignService campaigns;
    private final HierarchyService hierarchy;
    private final OfficeService offices;
    private final ObjectProvider<SummaryMapSource> maps;

    SummaryDocuments(OversightService oversight, CampaignService campaigns, HierarchyService hierarchy,
            OfficeService offices, ObjectProvider<SummaryMapSource> maps) {
        this.oversight = oversight;
        this.campaigns = campaigns;
        this.hierarchy = hierarchy;
        this.offices = offices;
        this.maps = maps;
    }

    /**
     * Who issues the province's reports (the provincial summary, the compliance board): the
     * campaign's receiving office with its header name, its symbol ("BC-" and its abbreviation) and
     * its first signer; a campaign that names no receiving office has them issued by the
     * province's committee under its generic legal name.
     */
    record Issuer(String parent, String header, String symbol, String authority, String signer) {
    }

    static Issuer provincialIssuer(CampaignDetails campaign) {
        String province = campaign.provinceName().toUpperCase(VI);
        OfficeSummary office = campaign.receivingOffice();
        if (office == null) {
            return new Issuer(null, MessageFormat.format(TEXTS.getString("dispatch.issuer"), province),
                    DocumentService.REPORT_SYMBOL, TEXTS.getString("authority.committee") + "\n"
                            + TEXTS.getString("authority.chair"), "");
        }
        return new Issuer(office.kind() == OfficeKind.PEOPLES_COMMITTEE ? null
                        : MessageFormat.format(TEXTS.getString("province.parent"), province),
                office.headerName(), reportSymbol(office),
                office.firstSigner().map(OfficeSigner::authorityAndTitle).orElse(""),
                office.firstSigner().map(OfficeSigner::fullName).orElse(""));
    }

    /** The symbol of an office's reports: "BC-SKHCN". */
    static String reportSymbol(OfficeSummary office) {
        return MessageFormat.format(TEXTS.getString("symbol.report"), office.abbreviation());
    }

    /** How a document addresses the campaign's receiving office ("Sở Khoa học và Công nghệ tỉnh Tây Ninh"). */
    static String receivingOfficeName(CampaignDetails campaign) {
        return campaign.receivingOffice() != null ? campaign.receivingOffice().name()
                : TEXTS.getString("recipient.fallback");
    }

    OfficialDocument district(long campaignId, LocalDate day, UnitSummary district) {
        CampaignDetails campaign = campaigns.get(campaignId);
        OversightFilter filter = new OversightFilter(campaignId, day, district.code(), null, null, null);
        List<CommuneDayRow> rows = oversight.communes(filter, Pageable.unpaged()).getContent();
        TotalRow total = oversight.totals(filter).getLast();
        List<DocumentLine> lines = new ArrayList<>();
        lines.add(DocumentLine.heading(TEXTS.getString("section.communes")));
        lines.add(header(TEXTS.getString("col.status")));
        int number = 1;
        for (CommuneDayRow row : rows) {
            lines.add(communeCells(number++, row));
        }
        lines.add(totalRow(total));
        figureNote(lines, rows);
        lateAndMissing(lines, rows, "II. ");
        String place = DocumentService.place(district);
        return new OfficialDocument(
                MessageFormat.format(TEXTS.getString("province.parent"), provinceName(campaign).toUpperCase(VI)),
                TEXTS.getString("issuer.committee") + "\n" + district.name().toUpperCase(VI),
                MessageFormat.format(TEXTS.getString("number.blank"), DocumentService.REPORT_SYMBOL),
                VietnameseDates.placeAndDate(place, day), TEXTS.getString("type.report"),
                MessageFormat.format(TEXTS.getString("district.summary"), VietnameseFormats.date(day)),
                MessageFormat.format(TEXTS.getString("recipient"), receivingOfficeName(campaign)),
                TEXTS.getString("authority.committee") + "\n" + TEXTS.getString("authority.chair"), "",
                TEXTS.getString("recipients.summary"), lines);
    }

    OfficialDocument province(long campaignId, LocalDate day) {
        CampaignDetails campaign = campaigns.get(campaignId);
        OversightFilter filter = OversightFilter.of(campaignId, day);
        List<TotalRow> totals = oversight.totals(filter);
        List<CommuneDayRow> communes = oversight.communes(filter, Pageable.unpaged()).getContent();
        Optional<DocumentLine> figure = map(campaignId, day);
        List<DocumentLine> lines = communes.stream().allMatch(row -> row.districtId() == null)
                ? twoLevelProvinceLines(totals, communes, figure) : provinceLines(totals, communes, figure);
        String provinceName = provinceName(campaign);
        UnitSummary province = hierarchy.get(campaign.provinceId());
        Issuer issuer = provincialIssuer(campaign);
        return new OfficialDocument(issuer.parent(), issuer.header(),
                MessageFormat.format(TEXTS.getString("number.blank"), issuer.symbol()),
                VietnameseDates.placeAndDate(DocumentService.place(province), day), TEXTS.getString("type.report"),
                MessageFormat.format(TEXTS.getString("province.summary"), VietnameseFormats.date(day)),
                MessageFormat.format(TEXTS.getString("recipient"),
                        MessageFormat.format(TEXTS.getString("province.recipient"), inSentence(provinceName))),
                issuer.authority(), issuer.signer(), TEXTS.getString("recipients.summary"), lines);
    }

    /**
     * The map of the communes, captioned, from the first source that has one with areas (in the
     * sources' order); none when no module supplies maps or none has boundaries for the province.
     */
    private Optional<DocumentLine> map(long campaignId, LocalDate day) {
        return maps.orderedStream().map(source -> source.provincialMap(campaignId, day))
                .flatMap(Optional::stream).filter(map -> !map.areas().isEmpty()).findFirst()
                .map(map -> DocumentLine.figure(MessageFormat.format(TEXTS.getString("figure.map"),
                        VietnameseFormats.date(day)), map));
    }

    /**
     * A province with two levels (since 1/7/2025): its communes ranked by coverage directly, with the
     * total, the map when there is one, then the late and missing ones. There is no district to rank
     * or to group by.
     */
    private List<DocumentLine> twoLevelProvinceLines(List<TotalRow> totals, List<CommuneDayRow> communes,
            Optional<DocumentLine> figure) {
        List<CommuneDayRow> ranked = new ArrayList<>(communes);
        ranked.sort(Comparator.comparing((CommuneDayRow row) -> VietnameseFormats.percentValue(row.cumulative(),
                row.denominator())).reversed());
        List<DocumentLine> lines = new ArrayList<>();
        lines.add(DocumentLine.heading(TEXTS.getString("section.communesRanked")));
        lines.add(header(TEXTS.getString("col.status")));
        int rank = 1;
        for (CommuneDayRow row : ranked) {
            lines.add(communeCells(rank++, row));
        }
        lines.add(totalRow(totals.getLast()));
        figureNote(lines, communes);
        figure.ifPresent(lines::add);
        lateAndMissing(lines, communes, "II. ");
        return lines;
    }

    /**
     * A province with districts: the districts ranked by coverage, the map when there is one, then
     * every commune by district.
     */
    private List<DocumentLine> provinceLines(List<TotalRow> totals, List<CommuneDayRow> communes,
            Optional<DocumentLine> figure) {
        List<TotalRow> districts = new ArrayList<>(totals.subList(0, totals.size() - 1));
        districts.sort(Comparator.comparing((TotalRow t) -> VietnameseFormats.percentValue(t.cumulative(), t.denominator()))
                .reversed());
        List<DocumentLine> lines = new ArrayList<>();
        lines.add(DocumentLine.heading(TEXTS.getString("section.districts")));
        lines.add(header(TEXTS.getString("col.target")));
        int rank = 1;
        for (TotalRow district : districts) {
            lines.add(DocumentLine.cells("cells", Integer.toString(rank++), district.districtName(),
                    VietnameseFormats.count(district.cumulative()),
                    VietnameseFormats.percent(district.cumulative(), district.population()),
                    VietnameseFormats.percent(district.cumulative(), district.smartphoneUsers()),
                    TEXTS.getString(district.cumulative() >= district.paceInstalls() ? "target.met" : "target.notMet")));
        }
        lines.add(totalRow(totals.getLast()));
        figure.ifPresent(lines::add);
        lines.add(DocumentLine.heading(TEXTS.getString("section.districtDetail")));
        String currentDistrict = null;
        int number = 1;
        for (CommuneDayRow row : communes) {
            if (!Objects.equals(row.districtName(), currentDistrict)) {
                currentDistrict = row.districtName();
                lines.add(DocumentLine.cells("cells-total", "", currentDistrict == null ? "" : currentDistrict, "", "", "", ""));
            }
            lines.add(communeCells(number++, row));
        }
        figureNote(lines, communes);
        lateAndMissing(lines, communes, "III. ");
        return lines;
    }

    /** The compliance board: the ranked table, then the flagged units with reasons and actions. */
    OfficialDocument compliance(ComplianceSheet sheet) {
        CampaignDetails campaign = campaigns.get(sheet.campaignId());
        List<DocumentLine> lines = new ArrayList<>();
        lines.add(DocumentLine.heading(MessageFormat.format(TEXTS.getString("compliance.ranking"), sheet.levelTitle())));
        lines.add(DocumentLine.cells("cells-header", TEXTS.getString("col.rank"), TEXTS.getString("col.unit"),
                TEXTS.getString("col.cumulative"), TEXTS.getString("col.coverage"), TEXTS.getString("col.onTime"),
                TEXTS.getString("col.light")));
        for (ComplianceSheet.Row row : sheet.rows()) {
            lines.add(DocumentLine.cells("cells", row.rank(), row.unit(), row.installs(), row.coverage(), row.onTime(),
                    row.light()));
        }
        lines.add(DocumentLine.heading(TEXTS.getString("compliance.flagged")));
        if (sheet.flagged().isEmpty()) {
            lines.add(DocumentLine.paragraph(TEXTS.getString("none")));
        }
        sheet.flagged().forEach(text -> lines.add(DocumentLine.paragraph("- " + text)));
        String provinceName = provinceName(campaign);
        UnitSummary province = hierarchy.get(campaign.provinceId());
        Issuer issuer = provincialIssuer(campaign);
        return new OfficialDocument(issuer.parent(), issuer.header(),
                MessageFormat.format(TEXTS.getString("number.blank"), issuer.symbol()),
                VietnameseDates.placeAndDate(DocumentService.place(province), sheet.day()), TEXTS.getString("type.report"),
                MessageFormat.format(TEXTS.getString("compliance.summary"), VietnameseFormats.date(sheet.day())),
                MessageFormat.format(TEXTS.getString("recipient"),
                        MessageFormat.format(TEXTS.getString("province.recipient"), inSentence(provinceName))),
                issuer.authority(), issuer.signer(), TEXTS.getString("recipients.summary"), lines);
    }

    /**
     * Every running campaign of the caller's scope on one day, province by province with all its
     * communes: the national summary of the Ministry (about 10,700 lines for all of Vietnam).
     */
    OfficialDocument national(LocalDate day) {
        List<DocumentLine> lines = new ArrayList<>();
        lines.add(DocumentLine.heading(TEXTS.getString("national.section")));
        lines.add(header(TEXTS.getString("col.status")));
        int number = 1;
        long cumulative = 0;
        long population = 0;
        long smartphones = 0;
        boolean unreported = false;
        for (var campaign : oversight.campaignTotals(day)) {
            lines.add(DocumentLine.cells("cells-total", "", campaign.provinceName(), VietnameseFormats.count(campaign.cumulative()),
                    VietnameseFormats.percent(campaign.cumulative(), campaign.population()),
                    VietnameseFormats.percent(campaign.cumulative(), campaign.smartphoneUsers()), ""));
            cumulative += campaign.cumulative();
            population += campaign.population();
            smartphones += campaign.smartphoneUsers();
            for (CommuneDayRow row : oversight.communes(OversightFilter.of(campaign.campaignId(), day), Pageable.unpaged())) {
                unreported |= !row.reported();
                lines.add(communeCells(number++, row));
            }
        }
        lines.add(DocumentLine.cells("cells-total", "", TEXTS.getString("row.total"), VietnameseFormats.count(cumulative),
                VietnameseFormats.percent(cumulative, population), VietnameseFormats.percent(cumulative, smartphones), ""));
        if (unreported) {
            lines.add(DocumentLine.paragraph(TEXTS.getString("figure.note")));
        }
        // the issuer is the central agency of the directory (an office of no unit), if one is recorded;
        // otherwise a neutral line that names no agency (decision 0030)
        Optional<OfficeSummary> agency = offices.central().stream().filter(o -> o.validOn(day)).findFirst();
        return new OfficialDocument(null, agency.map(OfficeSummary::headerName).orElse(TEXTS.getString("national.issuer")),
                null, VietnameseDates.placeAndDate(TEXTS.getString("national.place"), day), TEXTS.getString("type.report"),
                MessageFormat.format(TEXTS.getString("national.summary"), VietnameseFormats.date(day)), null,
                agency.flatMap(OfficeSummary::firstSigner).map(OfficeSigner::authorityAndTitle).orElse(""),
                agency.flatMap(OfficeSummary::firstSigner).map(OfficeSigner::fullName).orElse(""),
                TEXTS.getString("recipients.summary"), lines);
    }

    /**
     * A commune's line: the day's figure with its shares; a figure carried from the last report with
     * that report's day ("3.836 (ngày 12/08)") and the shares it gives; "—" and no shares when the
     * commune has never reported.
     */
    static DocumentLine communeCells(int number, CommuneDayRow row) {
        String status = TEXTS.getString("status." + row.status().name());
        if (!row.hasFigure()) {
            return DocumentLine.cells("cells", Integer.toString(number), row.name(), "—", "", "", status);
        }
        String figure = row.carried()
                ? MessageFormat.format(TEXTS.getString("figure.carried"), VietnameseFormats.count(row.cumulative()),
                        VietnameseFormats.dayMonth(row.figureDate()))
                : VietnameseFormats.count(row.cumulative());
        return DocumentLine.cells("cells", Integer.toString(number), row.name(), figure,
                VietnameseFormats.percent(row.cumulative(), row.population()),
                VietnameseFormats.percent(row.cumulative(), row.smartphoneUsers()), status);
    }

    /** Explains the carried figures and the dashes under a table that has any. */
    private static void figureNote(List<DocumentLine> lines, List<CommuneDayRow> rows) {
        if (rows.stream().anyMatch(r -> !r.reported())) {
            lines.add(DocumentLine.paragraph(TEXTS.getString("figure.note")));
        }
    }

    private static DocumentLine header(String lastColumn) {
        return DocumentLine.cells("cells-header", TEXTS.getString("col.number"), TEXTS.getString("col.unit"),
                TEXTS.getString("col.cumulative"), TEXTS.getString("col.sharePopulation"),
                TEXTS.getString("col.shareSmartphones"), lastColumn);
    }

    private static DocumentLine totalRow(TotalRow total) {
        return DocumentLine.cells("cells-total", "", TEXTS.getString("row.total"), VietnameseFormats.count(total.cumulative()),
                VietnameseFormats.percent(total.cumulative(), total.population()),
                VietnameseFormats.percent(total.cumulative(), total.smartphoneUsers()), "");
    }

    private static void lateAndMissing(List<DocumentLine> lines, List<CommuneDayRow> rows, String prefix) {
        lines.add(DocumentLine.heading(prefix + TEXTS.getString("section.late")));
        List<String> names = rows.stream().filter(r -> r.status() == DayStatus.LATE || r.status() == DayStatus.MISSING)
                .map(r -> MessageFormat.format(TEXTS.getString("late.item"), r.name(),
                        TEXTS.getString("status." + r.status().name()).toLowerCase(VI)))
                .toList();
        lines.add(DocumentLine.paragraph(names.isEmpty() ? TEXTS.getString("none") : String.join("; ", names) + "."));
    }

    /** "Tỉnh Long An" inside a sentence is written "tỉnh Long An". */
    static String inSentence(String unitName) {
        return UnitNames.inSentence(unitName);
    }

    private String provinceName(CampaignDetails campaign) {
        return campaign.provinceName();
    }
}
