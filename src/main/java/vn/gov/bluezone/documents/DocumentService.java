package vn.gov.bluezone.documents;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.campaign.WorkForm;
import vn.gov.bluezone.directory.OfficeService;
import vn.gov.bluezone.directory.OfficeSigner;
import vn.gov.bluezone.directory.OfficeSummary;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitLevel;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.ReportDetails;
import vn.gov.bluezone.shared.Callers;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.Requires;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.VietnameseText;

/**
 * The commune daily report as an official document (BÁO CÁO from the commune's committee to the
 * campaign's receiving office, named as the directory names it): a preview for anyone whose scope
 * covers the commune, and issuing with the commune's next number in the register, after which
 * every print is the issued file.
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
    private final AuditLog auditLog;
    private final SummaryDocuments summaries;
    private final Callers callers;
    private final OfficeService offices;
    private final IssueSignatures signatures;
    private final Clock clock;

    DocumentService(DailyReportService reports, CampaignService campaigns, HierarchyService hierarchy,
            DocumentRenderer renderer, DocumentRegister register, AuditLog auditLog,
            SummaryDocuments summaries, Callers callers, OfficeService offices, IssueSignatures signatures,
            Clock clock) {
        this.offices = offices;
        this.signatures = signatures;
        this.clock = clock;
        this.summaries = summaries;
        this.callers = callers;
        this.reports = reports;
        this.campaigns = campaigns;
        this.hierarchy = hierarchy;
        this.renderer = renderer;
        this.register = register;
        this.auditLog = auditLog;
    }

    /**
     * The report as PDF: the issued file when the latest issue matches the report's current figures,
     * else a preview of the current figures without a number (an earlier issue stays available,
     * unchanged, through {@link #issuedPdf}).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] communeReportPdf(long reportId) {
        ReportDetails report = reports.get(reportId);
        OfficialDocument document = communeReport(report);
        List<IssuedDocument> issued = register.findBySubject(subject(report));
        if (!issued.isEmpty()) {
            IssuedDocument latest = issued.getLast();
            // an entry from before the register kept fingerprints is shown as issued, as it always was
            boolean matches = register.fingerprint(latest.id()).map(document.fingerprint()::equals).orElse(true);
            if (matches) {
                return register.content(latest.id()).orElseThrow(OutOfScopeException::new);
            }
        }
        return renderer.pdf(TEMPLATE, document
                .withNumber(MessageFormat.format(TEXTS.getString("number.blank"), REPORT_SYMBOL)));
    }

    /** Every issued version of the report, oldest first, each with how it stands against the current figures. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<IssuedVersion> communeReportVersions(long reportId) {
        ReportDetails report = reports.get(reportId);
        return standings(register.findBySubject(subject(report)));
    }

    /**
     * Issues the commune's report with the commune's next number ("Số: 12/BC-UBND"). Issuing it again
     * with unchanged figures returns the same entry (a reprint has the same number and content); after
     * an amendment it issues a new number whose text names the entry it replaces.
     */
    @Requires(Permission.ISSUE_COMMUNE_REPORT)
    @Transactional
    public Issuance issueCommuneReport(long reportId) {
        ReportDetails report = reports.get(reportId);
        UnitSummary commune = hierarchy.get(report.unitId());
        if (!callers.current().isOwnUnit(commune.path())) {
            throw new AccessDeniedException("only the commune issues its own report");
        }
        if (report.firstSubmittedAt() == null) {
            throw new PortalException("document.error.notSubmitted");
        }
        OfficialDocument document = communeReport(report);
        return issueFixed(commune, REPORT_SYMBOL, subject(report), document, document);
    }

    /**
     * Issues the district's summary of its communes for a day, signed by the issuing officer, with the
     * district's next number; unchanged figures return the entry already issued for that day.
     */
    @Requires(Permission.ISSUE_DISTRICT_SUMMARY)
    @Transactional
    public Issuance issueDistrictSummary(long campaignId, LocalDate day) {
        UnitSummary district = hierarchy.ownUnit().filter(u -> u.level() == UnitLevel.DISTRICT)
                .orElseThrow(() -> new AccessDeniedException("only a district issues its summary"));
        OfficialDocument document = summaries.district(campaignId, day, district);
        return issueFixed(district, REPORT_SYMBOL, "district_summary:" + campaignId + ":" + day + ":" + district.id(),
                document, document.withSigner(signerName()));
    }

    /**
     * Issues the provincial summary of a day in the register of the province, as the campaign's
     * receiving office ("Số: 03/BC-SKHCN"), signed by the office's first signer (the issuing
     * officer when the directory names none).
     */
    @Requires(Permission.ISSUE_PROVINCE_SUMMARY)
    @Transactional
    public Issuance issueProvincialSummary(long campaignId, LocalDate day) {
        UnitSummary province = ownProvince(campaignId);
        SummaryDocuments.Issuer issuer = SummaryDocuments.provincialIssuer(campaigns.get(campaignId));
        OfficialDocument document = summaries.province(campaignId, day);
        return issueFixed(province, issuer.symbol(), "provincial_summary:" + campaignId + ":" + day, document,
                signed(document, issuer));
    }

    /**
     * Issues the compliance board of a day as the Department's report. The board is built by the
     * compliance module, so the documents module cannot rebuild it later: an issued board is marked
     * replaced when a changed board is issued, never "outdated" by itself.
     */
    @Requires(Permission.ISSUE_PROVINCE_SUMMARY)
    @Transactional
    public Issuance issueCompliance(ComplianceSheet sheet) {
        UnitSummary province = ownProvince(sheet.campaignId());
        SummaryDocuments.Issuer issuer = SummaryDocuments.provincialIssuer(campaigns.get(sheet.campaignId()));
        OfficialDocument document = summaries.compliance(sheet);
        return issueFixed(province, issuer.symbol(),
                "board:" + sheet.campaignId() + ":" + sheet.day() + ":" + VietnameseText.searchKey(sheet.levelTitle()),
                document, signed(document, issuer));
    }

    /** Signed by the office's first signer, or by the issuing officer when the office names none. */
    private OfficialDocument signed(OfficialDocument document, SummaryDocuments.Issuer issuer) {
        return issuer.signer().isBlank() ? document.withSigner(signerName()) : document;
    }

    private UnitSummary ownProvince(long campaignId) {
        CampaignDetails campaign = campaigns.get(campaignId);
        return hierarchy.ownUnit().filter(u -> u.id() == campaign.provinceId())
                .orElseThrow(() -> new AccessDeniedException("only the campaign's province issues its reports"));
    }

    /**
     * Issues {@code signed} (the document as it goes out) under the fingerprint of {@code content}
     * (what it says, without the signer, so another officer issuing unchanged figures gets the same entry).
     */
    private Issuance issueFixed(UnitSummary issuer, String symbol, String subject, OfficialDocument content,
            OfficialDocument signed) {
        Issuance issuance = register.issueFixed(issuer.id(), symbol, "BC", signed.summary(), subject,
                callers.current().userName(), content.fingerprint(),
                (number, replaced) -> signedPdf(TEMPLATE, issuedForm(signed, number, symbol, replaced)));
        if (issuance.newlyIssued()) {
            IssuedDocument entry = issuance.document();
            auditLog.record(AuditAction.DOCUMENT_ISSUED, entry.reference(), issuer.path(), entry.summary()
                    + (issuance.replaced() == null ? "" : " ← " + issuance.replaced().reference()));
        }
        return issuance;
    }

    /** The issued file: rendered, then signed by its signer and its agency (decision 0039). */
    private IssuedFile signedPdf(String template, OfficialDocument document) {
        return signatures.sign(renderer.pdfToSign(template, document), document);
    }

    private static OfficialDocument issuedForm(OfficialDocument document, int number, String symbol,
            IssuedDocument replaced) {
        OfficialDocument numbered = document.withNumber(TEXTS.getString("number.label") + " "
                + IssuedDocument.numberText(number, symbol));
        return replaced == null ? numbered : numbered.replacing(MessageFormat.format(TEXTS.getString("replaces"),
                replaced.reference(), VietnameseFormats.date(replaced.issuedOn())));
    }

    private String signerName() {
        return callers.current().fullName();
    }

    /**
     * The district's summary of its communes for a day (a preview; numbering of summaries comes with
     * their issuing). A district officer gets its own district; provincial readers name one.
     */
    @Requires(Permission.READ_OVERSIGHT)
    @Transactional(readOnly = true)
    public byte[] districtSummaryPdf(long campaignId, LocalDate day, String districtCode) {
        return districtSummary(campaignId, day, districtCode, DocumentFormat.PDF);
    }

    @Requires(Permission.READ_OVERSIGHT)
    @Transactional(readOnly = true)
    public byte[] districtSummary(long campaignId, LocalDate day, String districtCode, DocumentFormat format) {
        UnitSummary district = hierarchy.getByCode(districtCode);
        if (district.level() != UnitLevel.DISTRICT) {
            throw new OutOfScopeException();
        }
        return renderer.render(TEMPLATE, summaries.district(campaignId, day, district), format);
    }

    /**
     * The provincial summary (the campaign's receiving office to the provincial chair) for a day, as a
     * preview; with the map of its communes when a {@link SummaryMapSource} supplies one (decision 0033).
     */
    @Requires(Permission.READ_PROVINCE_SUMMARY)
    @Transactional(readOnly = true)
    public byte[] provincialSummaryPdf(long campaignId, LocalDate day) {
        return provincialSummary(campaignId, day, DocumentFormat.PDF);
    }

    @Requires(Permission.READ_PROVINCE_SUMMARY)
    @Transactional(readOnly = true)
    public byte[] provincialSummary(long campaignId, LocalDate day, DocumentFormat format) {
        return renderer.render(TEMPLATE, summaries.province(campaignId, day), format);
    }

    /** The compliance board of a day in the official layout (a preview, unnumbered). */
    @Requires(Permission.READ_OVERSIGHT)
    @Transactional(readOnly = true)
    public byte[] compliancePdf(ComplianceSheet sheet) {
        return renderer.pdf(TEMPLATE, summaries.compliance(sheet));
    }

    /** The national summary of a day (every commune of every running campaign in scope), as PDF. */
    @Requires(Permission.READ_NATIONAL_SUMMARY)
    @Transactional(readOnly = true)
    public byte[] nationalSummaryPdf(LocalDate day) {
        return renderer.pdf(TEMPLATE, summaries.national(day));
    }

    /** The commune report as DOCX for editing (never the register's copy, which is the PDF). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] communeReportDocx(long reportId) {
        ReportDetails report = reports.get(reportId);
        return renderer.render(TEMPLATE, communeReport(report)
                .withNumber(MessageFormat.format(TEXTS.getString("number.blank"), REPORT_SYMBOL)), DocumentFormat.DOCX);
    }

    /**
     * The reprimand dispatch (công văn from the province's committee to the chairs of the districts
     * concerned), unnumbered and undated until issued (a draft leaves "Số" and the day blank, as the
     * register fills them).
     */
    @Requires(Permission.READ_PROVINCE_SUMMARY)
    @Transactional(readOnly = true)
    public byte[] reprimandDispatchPdf(ReprimandNotice notice) {
        DispatchIssuer issuer = dispatchIssuer(notice, LocalDate.now(clock));
        return renderer.pdf(DISPATCH_TEMPLATE, reprimandDispatch(notice, null, issuer)
                .withNumber(MessageFormat.format(TEXTS.getString("number.blank"), issuer.symbol())));
    }

    /**
     * Issues the reprimand dispatch with the next number of the issuing province ("Số: 5/UBND-VHXH").
     * Runs inside the caller's transaction, so the number, the file and the caller's own changes
     * (the proposals it marks as dispatched) stand or fall together.
     */
    @Requires(Permission.ISSUE_DISPATCH)
    @Transactional(propagation = Propagation.MANDATORY)
    public IssuedDocument issueReprimandDispatch(ReprimandNotice notice, long issuerUnitId, String subjectRef) {
        UnitSummary issuer = hierarchy.get(issuerUnitId);
        DispatchIssuer committee = dispatchIssuer(notice, LocalDate.now(clock));
        String symbol = committee.symbol();
        IssuedDocument entry = register.issue(issuer.id(), symbol, "CV", TEXTS.getString("dispatch.subject"), subjectRef,
                callers.current().userName(),
                (number, issuedOn) -> signedPdf(DISPATCH_TEMPLATE, reprimandDispatch(notice, issuedOn, committee)
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
     * Who issues a reprimand dispatch: the province's People's Committee as the directory names it
     * (its header, its abbreviation, its first signer's authority line), or the committee's legal
     * name when the directory has no entry for it; the symbol adds the campaign's drafting division
     * ("UBND-VHXH"); the receiving office is among the recipients, the drafting division keeps a copy.
     */
    record DispatchIssuer(String header, String symbol, String authority, String receivingLine, String draftingCopy) {
    }

    DispatchIssuer dispatchIssuer(ReprimandNotice notice, LocalDate day) {
        CampaignDetails campaign = campaigns.get(notice.campaignId());
        Optional<OfficeSummary> committee = offices.committee(campaign.provinceId(), day);
        OfficeSummary drafting = campaign.draftingOffice();
        String committeeAbbreviation = committee.map(OfficeSummary::abbreviation)
                .orElse(TEXTS.getString("dispatch.committeeAbbreviation"));
        String symbol = drafting == null ? committeeAbbreviation
                : MessageFormat.format(TEXTS.getString("dispatch.symbol"), committeeAbbreviation, drafting.abbreviation());
        String header = committee.map(OfficeSummary::headerName).orElse(MessageFormat.format(
                TEXTS.getString("dispatch.issuer"), notice.provinceName().toUpperCase(VI)));
        String authority = committee.flatMap(OfficeSummary::firstSigner).map(OfficeSigner::authorityAndTitle)
                .orElse(TEXTS.getString("dispatch.authority"));
        String receiving = campaign.receivingOffice() == null ? ""
                : MessageFormat.format(TEXTS.getString("dispatch.recipientOffice"), campaign.receivingOffice().name());
        return new DispatchIssuer(header, symbol, authority, receiving,
                drafting == null ? "" : ", " + drafting.abbreviation());
    }

    /**
     * The dispatch's text: paragraphs numbered in the order they appear (reminders alone start at 1),
     * the board's day named as the day the results refer to, the document dated {@code issuedOn}
     * (blank when null: a draft), issued as {@code issuer}, unit types lower case inside sentences
     * ("UBND huyện Đức Hòa").
     */
    OfficialDocument reprimandDispatch(ReprimandNotice notice, LocalDate issuedOn, DispatchIssuer issuer) {
        List<DocumentLine> lines = new ArrayList<>();
        lines.add(DocumentLine.paragraph(MessageFormat.format(TEXTS.getString(notice.directive() == null
                ? "dispatch.introWithoutDirective" : "dispatch.intro"), notice.directive(),
                VietnameseFormats.date(notice.resultsDay()))));
        int paragraph = 0;
        // a two-level province addresses the chairs of its communes and wards, not of districts
        String suffix = notice.addressees() == ReprimandNotice.Addressees.COMMUNES ? ".communes" : "";
        for (ReprimandNotice.Level level : List.of(ReprimandNotice.Level.CRITICISE, ReprimandNotice.Level.REMIND)) {
            List<ReprimandNotice.Item> items = notice.items().stream().filter(i -> i.level() == level).toList();
            if (items.isEmpty()) {
                continue;
            }
            lines.add(DocumentLine.paragraph(MessageFormat.format(TEXTS.getString((level == ReprimandNotice.Level.CRITICISE
                    ? "dispatch.criticise" : "dispatch.remind") + suffix), ++paragraph)));
            for (ReprimandNotice.Item item : items) {
                lines.add(DocumentLine.paragraph(MessageFormat.format(TEXTS.getString("dispatch.item"),
                        item.districtName(), item.reason())));
            }
        }
        lines.add(DocumentLine.paragraph(MessageFormat.format(TEXTS.getString("dispatch.closing" + suffix), ++paragraph)));
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
        return new OfficialDocument(null, issuer.header(), null,
                issuedOn == null ? VietnameseDates.placeAndBlankDate(place) : VietnameseDates.placeAndDate(place, issuedOn),
                null, null, recipients.toString(),
                issuer.authority(), notice.signerName(),
                MessageFormat.format(TEXTS.getString("dispatch.recipients"), issuer.receivingLine(), issuer.draftingCopy()),
                lines, TEXTS.getString("dispatch.subject"));
    }

    /** The register of the caller's own unit, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<IssuedDocument> ownRegister() {
        return hierarchy.ownUnit().map(unit -> register.findByIssuer(unit.id())).orElse(List.of());
    }

    /** The register of the caller's own unit, newest first, each entry with how it stands against today's figures. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<IssuedVersion> ownRegisterVersions() {
        return standings(ownRegister());
    }

    private List<IssuedVersion> standings(List<IssuedDocument> entries) {
        Map<String, List<IssuedDocument>> bySubject = new HashMap<>();
        Map<String, Optional<String>> current = new HashMap<>();
        List<IssuedVersion> versions = new ArrayList<>();
        for (IssuedDocument entry : entries) {
            String subject = entry.subjectRef();
            if (subject == null) {
                versions.add(new IssuedVersion(entry, IssuedVersion.Standing.UNKNOWN, null));
                continue;
            }
            Optional<IssuedDocument> replacement = bySubject.computeIfAbsent(subject, register::findBySubject).stream()
                    .filter(d -> Objects.equals(d.replacesId(), entry.id())).findFirst();
            if (replacement.isPresent()) {
                versions.add(new IssuedVersion(entry, IssuedVersion.Standing.REPLACED, replacement.get().reference()));
                continue;
            }
            Optional<String> issuedFrom = register.fingerprint(entry.id());
            Optional<String> now = current.computeIfAbsent(subject, this::currentFingerprint);
            IssuedVersion.Standing standing = issuedFrom.isEmpty() || now.isEmpty() ? IssuedVersion.Standing.UNKNOWN
                    : issuedFrom.get().equals(now.get()) ? IssuedVersion.Standing.CURRENT : IssuedVersion.Standing.OUTDATED;
            versions.add(new IssuedVersion(entry, standing, null));
        }
        return versions;
    }

    /** What the subject of an issued document says today, as a fingerprint; empty when it cannot be rebuilt here. */
    private Optional<String> currentFingerprint(String subject) {
        String[] parts = subject.split(":");
        try {
            return switch (parts[0]) {
                case "daily_report" -> Optional.of(communeReport(reports.get(Long.parseLong(parts[1]))).fingerprint());
                case "district_summary" -> Optional.of(summaries.district(Long.parseLong(parts[1]),
                        LocalDate.parse(parts[2]), hierarchy.get(Long.parseLong(parts[3]))).fingerprint());
                case "provincial_summary" -> Optional.of(summaries.province(Long.parseLong(parts[1]),
                        LocalDate.parse(parts[2])).fingerprint());
                default -> Optional.empty();
            };
        } catch (PortalException | AccessDeniedException unreadable) {
            return Optional.empty();
        }
    }

    OfficialDocument communeReport(ReportDetails report) {
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
                MessageFormat.format(TEXTS.getString("recipient"), SummaryDocuments.receivingOfficeName(campaign)),
                TEXTS.getString("authority.committee") + "\n"
                        + TEXTS.getString(deputy ? "authority.deputy" : "authority.chair"),
                report.signerName(),
                MessageFormat.format(TEXTS.getString("recipients.commune"), TEXTS.getString("parent.prefix") + " " + UnitNames.inSentence(parent)),
                lines);
    }

    /** The place in the date line: the commune's name without its type ("Xã Đức Lập Hạ" → "Đức Lập Hạ"). */
    static String place(UnitSummary unit) {
        String name = unit.name();
        String type = unit.type();
        return name.length() > type.length() && name.toLowerCase(VI).startsWith(type.toLowerCase(VI) + " ")
                && !name.substring(type.length() + 1).matches("\\d+") ? name.substring(type.length() + 1) : name;
    }

    private static String subject(ReportDetails report) {
        return "daily_report:" + report.id();
    }
}
