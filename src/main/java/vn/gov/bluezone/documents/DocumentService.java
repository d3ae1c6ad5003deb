package vn.gov.bluezone.documents;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.campaign.WorkForm;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.ReportView;
import vn.gov.bluezone.shared.CurrentScope;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.VietnameseText;

/**
 * The commune daily report as an official document (BÁO CÁO from UBND xã to the campaign's
 * receiving office): a preview for anyone whose scope covers the commune, and issuing with the
 * commune's next number in the register, after which every print is the issued file.
 */
@Service
public class DocumentService {

    static final String TEMPLATE = "official-document";
    static final String REPORT_SYMBOL = "BC-UBND";
    static final String DISPATCH_TEMPLATE = "reprimand-dispatch";
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("documents", Locale.ROOT);
    private static final Locale VI = VietnameseText.VIETNAMESE;

    private final DailyReportService reports;
    private final CampaignService campaigns;
    private final HierarchyService hierarchy;
    private final DocumentRenderer renderer;
    private final DocumentRegister register;
    private final CurrentScope currentScope;
    private final AuditLog auditLog;
    private final SummaryDocuments summaries;

    DocumentService(DailyReportService reports, CampaignService campaigns, HierarchyService hierarchy,
            DocumentRenderer renderer, DocumentRegister register, CurrentScope currentScope, AuditLog auditLog,
            SummaryDocuments summaries) {
        this.summaries = summaries;
        this.reports = reports;
        this.campaigns = campaigns;
        this.hierarchy = hierarchy;
        this.renderer = renderer;
        this.register = register;
        this.currentScope = currentScope;
        this.auditLog = auditLog;
    }

    /** The report as PDF: the issued file when it has been issued, else a preview without a number. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] communeReportPdf(long reportId) {
        ReportView report = reports.get(reportId);
        List<IssuedDocument> issued = register.findBySubject(subject(report));
        if (!issued.isEmpty()) {
            return register.content(issued.getFirst().id()).orElseThrow(OutOfScopeException::new);
        }
        return renderer.pdf(TEMPLATE, communeReport(report)
                .withNumber(MessageFormat.format(TEXTS.getString("number.blank"), REPORT_SYMBOL)));
    }

    /**
     * Issues the commune's report with the commune's next number ("Số: 12/BC-UBND"); issuing it again
     * returns the same entry, so a reprint has the same number and content.
     */
    @PreAuthorize("hasRole('COMMUNE_OFFICER')")
    @Transactional
    public IssuedDocument issueCommuneReport(long reportId) {
        ReportView report = reports.get(reportId);
        UnitSummary commune = hierarchy.get(report.unitId());
        if (!commune.path().equals(currentScope.scope().path())) {
            throw new AccessDeniedException("only the commune issues its own report");
        }
        if (report.firstSubmittedAt() == null) {
            throw new PortalException("document.error.notSubmitted");
        }
        List<IssuedDocument> issued = register.findBySubject(subject(report));
        if (!issued.isEmpty()) {
            return issued.getFirst();
        }
        OfficialDocument document = communeReport(report);
        IssuedDocument entry = register.issue(commune.id(), REPORT_SYMBOL, "BC", document.summary(), subject(report),
                SecurityContextHolder.getContext().getAuthentication().getName(),
                number -> renderer.pdf(TEMPLATE, document.withNumber(TEXTS.getString("number.label") + " "
                        + IssuedDocument.numberText(number, REPORT_SYMBOL))));
        auditLog.record(AuditAction.DOCUMENT_ISSUED, entry.reference(), commune.path(), entry.summary());
        return entry;
    }

    /**
     * The district's summary of its communes for a day (a preview; numbering of summaries comes with
     * their issuing). A district officer gets its own district; provincial readers name one.
     */
    @PreAuthorize("hasAnyRole('ADMIN','PROVINCE_CHAIR','PROVINCE_OFFICER','DISTRICT_OFFICER')")
    @Transactional(readOnly = true)
    public byte[] districtSummaryPdf(long campaignId, LocalDate day, String districtCode) {
        return districtSummary(campaignId, day, districtCode, DocumentFormat.PDF);
    }

    @PreAuthorize("hasAnyRole('ADMIN','PROVINCE_CHAIR','PROVINCE_OFFICER','DISTRICT_OFFICER')")
    @Transactional(readOnly = true)
    public byte[] districtSummary(long campaignId, LocalDate day, String districtCode, DocumentFormat format) {
        UnitSummary district = hierarchy.getByCode(districtCode);
        if (district.level() != vn.gov.bluezone.hierarchy.UnitLevel.DISTRICT) {
            throw new OutOfScopeException();
        }
        return renderer.render(TEMPLATE, summaries.district(campaignId, day, district), format);
    }

    /** The provincial summary (Sở TT&TT to the provincial chair) for a day, as a preview. */
    @PreAuthorize("hasAnyRole('ADMIN','PROVINCE_CHAIR','PROVINCE_OFFICER')")
    @Transactional(readOnly = true)
    public byte[] provincialSummaryPdf(long campaignId, LocalDate day) {
        return provincialSummary(campaignId, day, DocumentFormat.PDF);
    }

    @PreAuthorize("hasAnyRole('ADMIN','PROVINCE_CHAIR','PROVINCE_OFFICER')")
    @Transactional(readOnly = true)
    public byte[] provincialSummary(long campaignId, LocalDate day, DocumentFormat format) {
        return renderer.render(TEMPLATE, summaries.province(campaignId, day), format);
    }

    /** The compliance board of a day in the official layout (a preview, unnumbered). */
    @PreAuthorize("hasAnyRole('ADMIN','PROVINCE_CHAIR','PROVINCE_OFFICER','DISTRICT_OFFICER')")
    @Transactional(readOnly = true)
    public byte[] compliancePdf(ComplianceSheet sheet) {
        return renderer.pdf(TEMPLATE, summaries.compliance(sheet));
    }

    /** The national summary of a day (every commune of every running campaign in scope), as PDF. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public byte[] nationalSummaryPdf(LocalDate day) {
        return renderer.pdf(TEMPLATE, summaries.national(day));
    }

    /** The commune report as DOCX for editing (never the register's copy, which is the PDF). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] communeReportDocx(long reportId) {
        ReportView report = reports.get(reportId);
        return renderer.render(TEMPLATE, communeReport(report)
                .withNumber(MessageFormat.format(TEXTS.getString("number.blank"), REPORT_SYMBOL)), DocumentFormat.DOCX);
    }

    /**
     * The reprimand dispatch (công văn from UBND tỉnh to the chairs of the districts concerned),
     * unnumbered and undated until issued (a draft leaves "Số" and the day blank, as the register fills them).
     */
    @PreAuthorize("hasAnyRole('ADMIN','PROVINCE_CHAIR','PROVINCE_OFFICER')")
    public byte[] reprimandDispatchPdf(ReprimandNotice notice) {
        return renderer.pdf(DISPATCH_TEMPLATE, reprimandDispatch(notice, null)
                .withNumber(MessageFormat.format(TEXTS.getString("number.blank"), TEXTS.getString("dispatch.symbol"))));
    }

    /**
     * Issues the reprimand dispatch with the next number of the issuing province ("Số: 5/UBND-VHXH").
     * Runs inside the caller's transaction, so the number, the file and the caller's own changes
     * (the proposals it marks as dispatched) stand or fall together.
     */
    @PreAuthorize("hasAnyRole('PROVINCE_CHAIR','PROVINCE_OFFICER')")
    @Transactional(propagation = Propagation.MANDATORY)
    public IssuedDocument issueReprimandDispatch(ReprimandNotice notice, long issuerUnitId, String subjectRef) {
        UnitSummary issuer = hierarchy.get(issuerUnitId);
        String symbol = TEXTS.getString("dispatch.symbol");
        IssuedDocument entry = register.issue(issuer.id(), symbol, "CV", TEXTS.getString("dispatch.subject"), subjectRef,
                SecurityContextHolder.getContext().getAuthentication().getName(),
                (number, issuedOn) -> renderer.pdf(DISPATCH_TEMPLATE, reprimandDispatch(notice, issuedOn)
                        .withNumber(TEXTS.getString("number.label") + " " + IssuedDocument.numberText(number, symbol))));
        auditLog.record(AuditAction.DOCUMENT_ISSUED, entry.reference(), issuer.path(), entry.summary());
        return entry;
    }

    /** The file of an issued document, for anyone whose scope covers its issuer. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] issuedPdf(long documentId) {
        IssuedDocument entry = register.find(documentId).orElseThrow(OutOfScopeException::new);
        hierarchy.get(entry.issuerUnitId());
        return register.content(documentId).orElseThrow(OutOfScopeException::new);
    }

    /**
     * The dispatch's text: paragraphs numbered in the order they appear (reminders alone start at 1),
     * the board's day named as the day the results refer to, the document dated {@code issuedOn}
     * (blank when null: a draft), unit types lower case inside sentences ("UBND huyện Đức Hòa").
     */
    OfficialDocument reprimandDispatch(ReprimandNotice notice, LocalDate issuedOn) {
        List<DocumentLine> lines = new ArrayList<>();
        lines.add(DocumentLine.paragraph(MessageFormat.format(TEXTS.getString(notice.directive() == null
                ? "dispatch.introWithoutDirective" : "dispatch.intro"), notice.directive(),
                VietnameseFormats.date(notice.resultsDay()))));
        int paragraph = 0;
        for (ReprimandNotice.Level level : List.of(ReprimandNotice.Level.CRITICISE, ReprimandNotice.Level.REMIND)) {
            List<ReprimandNotice.Item> items = notice.items().stream().filter(i -> i.level() == level).toList();
            if (items.isEmpty()) {
                continue;
            }
            lines.add(DocumentLine.paragraph(MessageFormat.format(TEXTS.getString(level == ReprimandNotice.Level.CRITICISE
                    ? "dispatch.criticise" : "dispatch.remind"), ++paragraph)));
            for (ReprimandNotice.Item item : items) {
                lines.add(DocumentLine.paragraph(MessageFormat.format(TEXTS.getString("dispatch.item"),
                        item.districtName(), item.reason())));
            }
        }
        lines.add(DocumentLine.paragraph(MessageFormat.format(TEXTS.getString("dispatch.closing"), ++paragraph)));
        List<String> chairs = notice.items().stream().map(ReprimandNotice.Item::districtName).distinct()
                .map(name -> MessageFormat.format(TEXTS.getString("dispatch.recipient"), UnitNames.inSentence(name)))
                .toList();
        StringBuilder recipients = new StringBuilder();
        for (int i = 0; i < chairs.size(); i++) {
            recipients.append(chairs.size() == 1 ? "" : "- ").append(chairs.get(i))
                    .append(i == chairs.size() - 1 ? "." : ";\n");
        }
        String province = notice.provinceName();
        String place = province.replaceFirst("^(Tỉnh|Thành phố) ", "");
        return new OfficialDocument(null,
                MessageFormat.format(TEXTS.getString("dispatch.issuer"), province.toUpperCase(VI)), null,
                issuedOn == null ? VietnameseDates.placeAndBlankDate(place) : VietnameseDates.placeAndDate(place, issuedOn),
                null, null, recipients.toString(),
                TEXTS.getString("dispatch.authority"), notice.signerName(), TEXTS.getString("dispatch.recipients"), lines,
                TEXTS.getString("dispatch.subject"));
    }

    /** The register of the caller's own unit, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<IssuedDocument> ownRegister() {
        return hierarchy.ownUnit().map(unit -> register.findByIssuer(unit.id())).orElse(List.of());
    }

    OfficialDocument communeReport(ReportView report) {
        CampaignDetails campaign = campaigns.get(report.campaignId());
        UnitSummary commune = hierarchy.get(report.unitId());
        String parent = commune.parentName() == null ? "" : commune.parentName();
        List<DocumentLine> lines = new ArrayList<>();
        lines.add(DocumentLine.heading(TEXTS.getString("section.results")));
        lines.add(DocumentLine.row(TEXTS.getString("row.population"), VietnameseFormats.count(report.population())));
        lines.add(DocumentLine.row(TEXTS.getString("row.smartphones"), VietnameseFormats.count(report.smartphoneUsers())));
        lines.add(DocumentLine.row(TEXTS.getString("row.cumulative"), VietnameseFormats.count(report.cumulativeInstalls())));
        lines.add(DocumentLine.row(TEXTS.getString("row.new"), VietnameseFormats.count(report.newInstalls())));
        lines.add(DocumentLine.row(TEXTS.getString("row.sharePopulation"),
                VietnameseFormats.percent(report.cumulativeInstalls(), report.population())));
        lines.add(DocumentLine.row(TEXTS.getString("row.shareSmartphones"),
                VietnameseFormats.percent(report.cumulativeInstalls(), report.smartphoneUsers())));
        lines.add(DocumentLine.row(TEXTS.getString("row.pace"), VietnameseFormats.count(report.paceInstalls())));
        lines.add(DocumentLine.heading(TEXTS.getString("section.work")));
        for (WorkForm form : campaign.workForms()) {
            Long quantity = report.work().get(form.code());
            if (quantity != null) {
                lines.add(DocumentLine.row(form.label(), VietnameseFormats.count(quantity)));
            }
        }
        if (report.otherForms() != null) {
            lines.add(DocumentLine.row(TEXTS.getString("row.other"), report.otherForms()));
        }
        if (report.results() != null) {
            lines.add(DocumentLine.paragraph(report.results()));
        }
        lines.add(DocumentLine.heading(TEXTS.getString("section.difficulties")));
        lines.add(DocumentLine.paragraph(report.difficulties() == null ? TEXTS.getString("none") : report.difficulties()));
        lines.add(DocumentLine.heading(TEXTS.getString("section.proposals")));
        lines.add(DocumentLine.paragraph(report.proposals() == null ? TEXTS.getString("none") : report.proposals()));
        boolean deputy = report.signerTitle() != null
                && VietnameseText.searchKey(report.signerTitle()).contains("pho chu tich");
        return new OfficialDocument(
                TEXTS.getString("parent.prefix") + " " + parent.toUpperCase(VI),
                TEXTS.getString("issuer.committee") + "\n" + commune.name().toUpperCase(VI),
                null,
                VietnameseDates.placeAndDate(place(commune), report.reportDate()),
                TEXTS.getString("type.report"),
                MessageFormat.format(TEXTS.getString("commune.summary"), VietnameseFormats.date(report.reportDate())),
                MessageFormat.format(TEXTS.getString("recipient"),
                        campaign.receivingOffice() == null ? "" : campaign.receivingOffice()),
                TEXTS.getString("authority.committee") + "\n"
                        + TEXTS.getString(deputy ? "authority.deputy" : "authority.chair"),
                report.signerName(),
                MessageFormat.format(TEXTS.getString("recipients.commune"), TEXTS.getString("parent.prefix") + " " + parent),
                lines);
    }

    /** The place in the date line: the commune's name without its type ("Xã Đức Lập Hạ" → "Đức Lập Hạ"). */
    static String place(UnitSummary unit) {
        String name = unit.name();
        String type = unit.type();
        return name.length() > type.length() && name.toLowerCase(VI).startsWith(type.toLowerCase(VI) + " ")
                && !name.substring(type.length() + 1).matches("\\d+") ? name.substring(type.length() + 1) : name;
    }

    private static String subject(ReportView report) {
        return "daily_report:" + report.id();
    }
}
