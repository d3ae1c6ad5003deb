package vn.gov.bluezone.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.MutableClock;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.audit.AuditEntry;
import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.documents.DocumentService;
import vn.gov.bluezone.documents.IssuedDocument;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.identity.Role;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.ReportFixtures;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.ValidationException;

/**
 * The reprimand workflow end to end on the real database: proposals from the board, rejection and
 * approval by the chair, a dismissal, one numbered dispatch with the approved proposals, and the
 * follow-up on a later day, where a second flag after an approved remind suggests criticism.
 */
@PortalSpringTest
class ReprimandWorkflowTest {

    static final String OFFICER = ReportFixtures.PROVINCE_OFFICER;
    static final String CHAIR = "tinh.lanhdao";
    static final String DISTRICT = "huyen.duchoa";
    static final LocalDate START = LocalDate.of(2026, 6, 1);
    static final LocalDate DAY3 = LocalDate.of(2026, 6, 3);
    static final LocalDate DAY6 = LocalDate.of(2026, 6, 6);

    @Autowired
    ComplianceBoardService board;
    @Autowired
    ReprimandService reprimands;
    @Autowired
    BoardExport export;
    @Autowired
    DailyReportService reports;
    @Autowired
    DocumentService documents;
    @Autowired
    HierarchyService hierarchy;
    @Autowired
    AuditLog auditLog;
    @Autowired
    ReportFixtures fixtures;
    @Autowired
    AsUser as;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    void at(String hanoi) {
        clock.set(LocalDateTime.parse(hanoi).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
    }

    /** Đức Lập Hạ reports 1,100 three days running (stuck: remind); Tân Phú does not report (criticise). */
    CampaignDetails threeDays() {
        at("2026-06-01T08:00:00");
        CampaignDetails campaign = fixtures.campaign(START, START.plusDays(14));
        for (int day = 1; day <= 3; day++) {
            at("2026-06-0" + day + "T09:00:00");
            LocalDate date = START.plusDays(day - 1L);
            as.call(ReportFixtures.COMMUNE, () -> reports.submit(ReportFixtures.input(campaign, date, 1100)));
        }
        at("2026-06-03T16:00:00");
        return campaign;
    }

    long unit(String code) {
        return as.call(OFFICER, () -> hierarchy.getByCode(code).id());
    }

    @Test
    void officerProposesChairDecidesAndTheApprovedOnesBecomeOneNumberedDispatch() throws IOException {
        CampaignDetails campaign = threeDays();
        long stuck = unit("27958");
        long silent = unit("27961");

        List<Proposal> proposed = as.call(OFFICER, () -> reprimands.propose(campaign.id(), DAY3, BoardLevel.COMMUNE, List.of(
                new ProposalRequest(stuck, ReprimandLevel.REMIND, "Số liệu không đổi 3 ngày liền"),
                new ProposalRequest(silent, ReprimandLevel.CRITICISE, "  Không  báo cáo 3 ngày,   kết quả thấp "))));
        assertThat(proposed).extracting(Proposal::status).containsOnly(ProposalStatus.PROPOSED);
        assertThat(proposed.get(1).reason()).isEqualTo("Không báo cáo 3 ngày, kết quả thấp");
        assertThat(proposed.get(0).cumulativeThen()).isEqualTo(1100);
        // officials read the proposer by name and function; the login name stays for the technical detail
        assertThat(proposed).allSatisfy(p -> {
            assertThat(p.proposedBy()).isEqualTo(OFFICER);
            assertThat(p.proposedByName()).isEqualTo("Nguyễn Thị Thông");
            assertThat(p.proposedByRole()).isEqualTo(Role.PROVINCE_OFFICER);
        });

        List<BoardRow> rows = as.call(OFFICER, () -> board.communes(campaign.id(), DAY3));
        // the figure in force and its day: Đức Lập Hạ's own report of the day; Tân Phú has none at all
        BoardRow stuckRow = rows.stream().filter(r -> r.unitId() == stuck).findFirst().orElseThrow();
        BoardRow silentRow = rows.stream().filter(r -> r.unitId() == silent).findFirst().orElseThrow();
        assertThat(stuckRow.figureDate()).isEqualTo(DAY3);
        assertThat(stuckRow.carried(DAY3)).isFalse();
        assertThat(stuckRow.hasFigure()).isTrue();
        assertThat(silentRow.figureDate()).isNull();
        assertThat(silentRow.hasFigure()).isFalse();
        BoardRow district = as.call(OFFICER, () -> board.board(campaign.id(), DAY3, BoardLevel.DISTRICT)).getFirst();
        assertThat(district.communes()).isEqualTo(2);
        assertThat(district.carriedCommunes()).isZero();
        assertThat(district.communesWithoutFigure()).isEqualTo(1);
        assertThat(district.hasFigure()).isTrue();
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.reprimand().status()).isEqualTo(ProposalStatus.PROPOSED);
            assertThat(r.actionable()).isFalse();
        });
        assertThatThrownBy(() -> as.call(OFFICER, () -> reprimands.propose(campaign.id(), DAY3, BoardLevel.COMMUNE,
                List.of(new ProposalRequest(stuck, ReprimandLevel.REMIND, "lần nữa")))))
                .isInstanceOf(PortalException.class).hasMessage("reprimand.error.alreadyOpen");

        Proposal remind = proposed.get(0);
        Proposal criticise = proposed.get(1);
        assertThatThrownBy(() -> as.call(CHAIR, () -> reprimands.decide(criticise.id(), false, "  ", criticise.version())))
                .isInstanceOf(ValidationException.class);
        Proposal rejected = as.call(CHAIR, () -> reprimands.decide(criticise.id(), false,
                "Xã đã báo cáo bằng văn bản giấy", criticise.version()));
        assertThat(rejected.status()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(rejected.decidedBy()).isEqualTo(CHAIR);
        assertThat(rejected.decidedByName()).isEqualTo("Trần Văn Lãnh");
        assertThat(rejected.proposedByName()).isEqualTo("Nguyễn Thị Thông");
        assertThatThrownBy(() -> as.call(CHAIR, () -> reprimands.decide(criticise.id(), true, null, rejected.version())))
                .isInstanceOf(PortalException.class).hasMessage("reprimand.error.alreadyDecided");
        assertThatThrownBy(() -> as.call(CHAIR, () -> reprimands.decide(remind.id(), true, null, remind.version() + 1)))
                .isInstanceOf(PortalException.class).hasMessage("error.conflict");
        Proposal approved = as.call(CHAIR, () -> reprimands.decide(remind.id(), true, "Đồng ý", remind.version()));
        assertThat(approved.status()).isEqualTo(ProposalStatus.APPROVED);

        Integer before = jdbc.queryForObject("""
                select coalesce(max(number), 0) from issued_document d join administrative_unit u on u.id = d.issuer_unit_id
                 where u.code = '80' and d.register_year = 2026
                """, Integer.class);
        // issued the next morning: the dispatch is dated the day it is issued, the board's day stays in the text
        at("2026-06-04T08:00:00");
        IssuedDocument dispatch = as.call(OFFICER, () -> reprimands.issueDispatch(campaign.id(), DAY3));
        assertThat(dispatch.number()).isEqualTo(before + 1);
        assertThat(dispatch.issuedOn()).isEqualTo(LocalDate.of(2026, 6, 4));
        assertThat(dispatch.reference()).endsWith("/UBND-VHXH");
        assertThatThrownBy(() -> as.call(OFFICER, () -> reprimands.issueDispatch(campaign.id(), DAY3)))
                .isInstanceOf(PortalException.class).hasMessage("reprimand.error.nothingApproved");

        String text = text(as.call(CHAIR, () -> documents.issuedPdf(dispatch.id())));
        String flat = text.replaceAll("\\s+", " ");
        assertThat(text).contains("Số: " + dispatch.reference(), "V/v phê bình, nhắc nhở", "UBND TỈNH LONG AN".substring(5),
                "Huyện Đức Hòa: Xã Đức Lập Hạ: Số liệu không đổi 3 ngày liền", "Trần Văn Lãnh");
        // only reminders: numbered from 1; dated the day of issue; the unit type lower case mid-sentence
        assertThat(flat).contains("1. Nhắc nhở Chủ tịch", "2. Yêu cầu Chủ tịch", "Chủ tịch UBND huyện Đức Hòa",
                "Long An, ngày 04 tháng 6 năm 2026", "kết quả thực hiện đến ngày 03/06/2026");
        assertThat(flat).doesNotContain("Tân Phú", "Phê bình Chủ tịch", "3. Yêu cầu", "UBND Huyện",
                "ngày 03 tháng 6 năm 2026");
        assertThat(as.call(OFFICER, () -> reprimands.ofDay(campaign.id(), DAY3)))
                .filteredOn(p -> p.unitId() == stuck).singleElement()
                .satisfies(p -> assertThat(p.dispatchReference()).isEqualTo(dispatch.reference()));

        // three days later Đức Lập Hạ still reports 1,100: flagged again after an approved remind
        for (int day = 4; day <= 6; day++) {
            at("2026-06-0" + day + "T09:00:00");
            LocalDate date = START.plusDays(day - 1L);
            as.call(ReportFixtures.COMMUNE, () -> reports.submit(ReportFixtures.input(campaign, date, 1100)));
        }
        at("2026-06-06T16:00:00");
        BoardRow later = as.call(OFFICER, () -> board.communes(campaign.id(), DAY6)).stream()
                .filter(r -> r.unitId() == stuck).findFirst().orElseThrow();
        assertThat(later.finding().suggestion()).isEqualTo(Suggestion.CRITICISE);
        assertThat(later.reprimand().status()).isEqualTo(ProposalStatus.APPROVED);
        assertThat(later.actionable()).isTrue();
        assertThat(later.followUp().dispatchReference()).isEqualTo(dispatch.reference());
        assertThat(later.followUp().installsSince()).isZero();
        assertThat(later.followUp().improved()).isFalse();

        // the unit's history (shared with other tests' entries on the same commune, hence the filter)
        List<AuditAction> history = as.call(OFFICER, () -> auditLog.unitHistory(hierarchy.get(stuck).path(), 500))
                .stream().filter(e -> ("proposal:" + remind.id()).equals(e.getTarget())).map(AuditEntry::getAction)
                .toList();
        assertThat(history).containsExactlyInAnyOrder(AuditAction.REPRIMAND_PROPOSED, AuditAction.REPRIMAND_APPROVED,
                AuditAction.REPRIMAND_DISPATCHED);
        assertThat(as.call(OFFICER, () -> auditLog.unitHistory(hierarchy.get(silent).path(), 500)))
                .filteredOn(e -> ("proposal:" + criticise.id()).equals(e.getTarget()))
                .anySatisfy(e -> {
                    assertThat(e.getAction()).isEqualTo(AuditAction.REPRIMAND_REJECTED);
                    assertThat(e.getActor()).isEqualTo(CHAIR);
                    assertThat(e.getDetails()).contains("PROPOSED → REJECTED", "Xã đã báo cáo bằng văn bản giấy");
                });
    }

    @Test
    void aSuggestionCanBeDismissedWithAReasonAndThenNotProposedTheSameDay() {
        CampaignDetails campaign = threeDays();
        BoardRow district = as.call(OFFICER, () -> board.board(campaign.id(), DAY3, BoardLevel.DISTRICT)).getFirst();
        assertThat(district.name()).isEqualTo("Huyện Đức Hòa");
        assertThat(district.communes()).isEqualTo(2);
        assertThat(district.cumulative()).isEqualTo(2100);
        assertThat(district.actionable()).isTrue();

        assertThatThrownBy(() -> as.call(OFFICER, () -> reprimands.dismiss(campaign.id(), DAY3, BoardLevel.DISTRICT,
                district.unitId(), " ")))
                .isInstanceOf(ValidationException.class);
        Proposal dismissed = as.call(OFFICER, () -> reprimands.dismiss(campaign.id(), DAY3, BoardLevel.DISTRICT,
                district.unitId(), "Huyện đã có văn bản chấn chỉnh"));
        assertThat(dismissed.status()).isEqualTo(ProposalStatus.DISMISSED);
        assertThat(dismissed.level()).isNull();

        BoardRow after = as.call(OFFICER, () -> board.board(campaign.id(), DAY3, BoardLevel.DISTRICT)).getFirst();
        assertThat(after.reprimand().status()).isEqualTo(ProposalStatus.DISMISSED);
        assertThat(after.actionable()).isFalse();
        assertThatThrownBy(() -> as.call(OFFICER, () -> reprimands.propose(campaign.id(), DAY3, BoardLevel.DISTRICT,
                List.of(new ProposalRequest(district.unitId(), ReprimandLevel.REMIND, "x")))))
                .isInstanceOf(PortalException.class).hasMessage("reprimand.error.alreadyHandled");
        // a dismissal holds for its day only
        at("2026-06-04T16:00:00");
        assertThat(as.call(OFFICER, () -> board.board(campaign.id(), DAY3.plusDays(1), BoardLevel.DISTRICT)).getFirst()
                .actionable()).isTrue();
    }

    @Test
    void theChairCannotApproveTheirOwnProposalNorActOutsideTheRoles() {
        CampaignDetails campaign = threeDays();
        long stuck = unit("27958");
        Proposal proposal = as.call(OFFICER, () -> reprimands.propose(campaign.id(), DAY3, BoardLevel.COMMUNE,
                List.of(new ProposalRequest(stuck, ReprimandLevel.REMIND, "Không đổi")))).getFirst();
        // the officer who proposed has since become chair: the proposal is still theirs
        jdbc.update("update reprimand_proposal set proposed_by = ? where id = ?", CHAIR, proposal.id());
        assertThatThrownBy(() -> as.call(CHAIR, () -> reprimands.decide(proposal.id(), true, null, proposal.version())))
                .isInstanceOf(PortalException.class).hasMessage("reprimand.error.ownProposal");

        assertThatThrownBy(() -> as.call(OFFICER, () -> reprimands.decide(proposal.id(), true, null, proposal.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.call(DISTRICT, () -> reprimands.decide(proposal.id(), true, null, proposal.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.call(DISTRICT, () -> reprimands.propose(campaign.id(), DAY3, BoardLevel.COMMUNE,
                List.of(new ProposalRequest(unit("27961"), ReprimandLevel.REMIND, "x")))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.call(CHAIR, () -> reprimands.propose(campaign.id(), DAY3, BoardLevel.COMMUNE,
                List.of(new ProposalRequest(unit("27961"), ReprimandLevel.REMIND, "x")))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.call(DISTRICT, () -> reprimands.issueDispatch(campaign.id(), DAY3)))
                .isInstanceOf(AccessDeniedException.class);
        // the district reads its own proposals, read only
        assertThat(as.call(DISTRICT, () -> reprimands.ofDay(campaign.id(), DAY3))).extracting(Proposal::unitId)
                .containsExactly(stuck);
        assertThatThrownBy(() -> as.call(ReportFixtures.COMMUNE, () -> reprimands.ofDay(campaign.id(), DAY3)))
                .isInstanceOf(AccessDeniedException.class);
        // the commune does not read its own history, where the pending proposal about it is recorded
        String path = as.call(OFFICER, () -> hierarchy.get(stuck).path());
        assertThat(as.call(DISTRICT, () -> auditLog.unitHistory(path, 500)))
                .anySatisfy(e -> assertThat(e.getTarget()).isEqualTo("proposal:" + proposal.id()));
        assertThatThrownBy(() -> as.call(ReportFixtures.COMMUNE, () -> auditLog.unitHistory(path, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void twoOfficersProposingTheSameUnitAtOnceGetOneProposalAndOneClearRefusal() throws Exception {
        CampaignDetails campaign = threeDays();
        long stuck = unit("27958");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String reason = "Lý do " + i;
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    as.call(OFFICER, () -> reprimands.propose(campaign.id(), DAY3, BoardLevel.COMMUNE,
                            List.of(new ProposalRequest(stuck, ReprimandLevel.REMIND, reason))));
                    return "stored";
                } catch (PortalException refused) {
                    return refused.messageKey() + ":" + refused.arguments()[0];
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (var outcome : outcomes) {
            results.add(outcome.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(results).containsExactlyInAnyOrder("stored", "reprimand.error.alreadyOpen:Xã Đức Lập Hạ");
        assertThat(as.call(OFFICER, () -> reprimands.ofDay(campaign.id(), DAY3))).hasSize(1);
    }

    @Test
    void proposalsAreRefusedForBadInputTheFutureAndUnflaggedUnits() {
        CampaignDetails campaign = threeDays();
        long stuck = unit("27958");
        assertThatThrownBy(() -> as.call(OFFICER, () -> reprimands.propose(campaign.id(), DAY3, BoardLevel.COMMUNE,
                List.of())))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> as.call(OFFICER, () -> reprimands.propose(campaign.id(), DAY3, BoardLevel.COMMUNE,
                List.of(new ProposalRequest(stuck, null, "lý do")))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> as.call(OFFICER, () -> reprimands.propose(campaign.id(), DAY3, BoardLevel.COMMUNE,
                List.of(new ProposalRequest(stuck, ReprimandLevel.REMIND, "x".repeat(2001))))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> as.call(OFFICER, () -> reprimands.propose(campaign.id(), DAY3.plusDays(1),
                BoardLevel.COMMUNE, List.of(new ProposalRequest(stuck, ReprimandLevel.REMIND, "lý do")))))
                .isInstanceOf(PortalException.class).hasMessage("reprimand.error.futureDay");
        assertThatThrownBy(() -> as.call(OFFICER, () -> reprimands.propose(campaign.id(), DAY3, BoardLevel.COMMUNE,
                List.of(new ProposalRequest(unit("27685"), ReprimandLevel.REMIND, "lý do")))))
                .isInstanceOf(OutOfScopeException.class);
        // a batch is all or nothing: the bad second unit leaves no proposal for the first
        assertThatThrownBy(() -> as.call(OFFICER, () -> reprimands.propose(campaign.id(), DAY3, BoardLevel.COMMUNE,
                List.of(new ProposalRequest(stuck, ReprimandLevel.REMIND, "<script>alert(1)</script>"),
                        new ProposalRequest(stuck, ReprimandLevel.REMIND, "again")))))
                .isInstanceOf(PortalException.class).hasMessage("reprimand.error.duplicateUnit");
        assertThat(as.call(OFFICER, () -> reprimands.ofDay(campaign.id(), DAY3))).isEmpty();
    }

    @Test
    void theBoardExportsAsAWorkbookAndAnOfficialReport() throws IOException {
        CampaignDetails campaign = threeDays();
        byte[] xlsx = as.call(DISTRICT, () -> export.xlsx(campaign.id(), DAY3, BoardLevel.COMMUNE,
                Locale.forLanguageTag("vi-VN")));
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(3);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Hạng");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Xã Đức Lập Hạ");
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(1100);
            assertThat(sheet.getRow(2).getCell(19).getStringCellValue()).isEqualTo("Phê bình");
            // the figure in force in words: the day's own for Đức Lập Hạ, none for Tân Phú
            assertThat(sheet.getRow(0).getCell(22).getStringCellValue()).isEqualTo("Lượt cài đặt (số liệu có hiệu lực)");
            assertThat(sheet.getRow(1).getCell(22).getStringCellValue()).isEqualTo("1.100");
            assertThat(sheet.getRow(2).getCell(22).getStringCellValue()).isEqualTo("—");
        }
        String text = text(as.call(OFFICER, () -> export.pdf(campaign.id(), DAY3, BoardLevel.DISTRICT)));
        assertThat(text).contains("SỞ THÔNG TIN VÀ", "TRUYỀN THÔNG", "XẾP HẠNG HUYỆN, THỊ XÃ, THÀNH PHỐ",
                "Huyện Đức Hòa", "2.100", "CÁC ĐƠN VỊ CÓ CẢNH BÁO");
        // at commune level a commune without any figure reads as a dash, not as a count
        String communes = text(as.call(OFFICER, () -> export.pdf(campaign.id(), DAY3, BoardLevel.COMMUNE)));
        assertThat(communes).containsPattern("Xã Đức Lập Hạ\\s+1\\.100").containsPattern("Xã Tân Phú\\s+—\\s+—");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
