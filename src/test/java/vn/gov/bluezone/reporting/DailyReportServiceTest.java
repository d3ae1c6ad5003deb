package vn.gov.bluezone.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.bluezone.reporting.ReportFixtures.COMMUNE;
import static vn.gov.bluezone.reporting.ReportFixtures.OTHER_COMMUNE;
import static vn.gov.bluezone.reporting.ReportFixtures.amend;
import static vn.gov.bluezone.reporting.ReportFixtures.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.MutableClock;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.ValidationException;

/** The daily report through the real service on the real database, on a clock the test moves. */
@PortalSpringTest
class DailyReportServiceTest {

    static final LocalDate START = LocalDate.of(2026, 3, 5);
    static final LocalDate TARGET = LocalDate.of(2026, 3, 20);

    @Autowired
    DailyReportService reports;
    @Autowired
    SignedCopyService signedCopies;
    @Autowired
    CampaignService campaigns;
    @Autowired
    ReportFixtures fixtures;
    @Autowired
    AsUser as;
    @Autowired
    MutableClock clock;

    CampaignDetails campaign;

    @BeforeEach
    void freshCampaign() {
        at("2026-03-05T08:00:00");
        campaign = fixtures.campaign(START, TARGET);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    void at(String hanoiTime) {
        clock.set(LocalDateTime.parse(hanoiTime).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
    }

    ReportDetails submit(ReportInput input) {
        return as.call(COMMUNE, () -> reports.submit(input));
    }

    @Test
    void theCutoffDecidesToTheSecondAndTheServerStampsTheSubmission() {
        at("2026-03-06T14:59:59");
        ReportDetails early = submit(input(campaign, LocalDate.of(2026, 3, 6), 1100));
        assertThat(early.dayStatus()).isEqualTo(DayStatus.ON_TIME);
        assertThat(early.firstSubmittedAt()).isEqualTo(clock.instant());

        at("2026-03-07T15:00:00");
        assertThat(submit(input(campaign, LocalDate.of(2026, 3, 7), 1200)).dayStatus()).isEqualTo(DayStatus.ON_TIME);

        at("2026-03-08T15:00:01");
        assertThat(submit(input(campaign, LocalDate.of(2026, 3, 8), 1300)).dayStatus()).isEqualTo(DayStatus.LATE);

        at("2026-03-10T10:00:00");
        List<DayRow> days = as.call(COMMUNE, () -> reports.ownDays(campaign.id()));
        assertThat(days).extracting(DayRow::date, DayRow::dayStatus).containsExactly(
                Tuple.tuple(LocalDate.of(2026, 3, 10), DayStatus.PENDING),
                Tuple.tuple(LocalDate.of(2026, 3, 9), DayStatus.MISSING),
                Tuple.tuple(LocalDate.of(2026, 3, 8), DayStatus.LATE),
                Tuple.tuple(LocalDate.of(2026, 3, 7), DayStatus.ON_TIME),
                Tuple.tuple(LocalDate.of(2026, 3, 6), DayStatus.ON_TIME),
                Tuple.tuple(LocalDate.of(2026, 3, 5), DayStatus.MISSING));
    }

    @Test
    void anAmendmentAfterTheCutoffKeepsTheFirstSubmissionsStatusAndTheHistory() {
        at("2026-03-06T09:00:00");
        ReportDetails first = submit(input(campaign, LocalDate.of(2026, 3, 6), 1100));
        at("2026-03-06T18:30:00");
        ReportDetails amended = submit(amend(first, 1150));
        assertThat(amended.status()).isEqualTo(ReportStatus.AMENDED);
        assertThat(amended.dayStatus()).isEqualTo(DayStatus.ON_TIME);
        assertThat(amended.firstSubmittedAt()).isEqualTo(first.firstSubmittedAt());
        assertThat(amended.newInstalls()).isEqualTo(150);
        List<RevisionEntry> history = as.call(COMMUNE, () -> reports.history(first.id()));
        assertThat(history).extracting(RevisionEntry::action).containsExactly(RevisionAction.SUBMITTED, RevisionAction.AMENDED);
        assertThat(history.get(1).changes()).isEqualTo("cumulative: 1100 → 1150");
        assertThat(history.get(1).actor()).isEqualTo(COMMUNE);
    }

    @Test
    void aDraftIsNotASubmission() {
        at("2026-03-06T09:00:00");
        ReportDetails draft = as.call(COMMUNE, () -> reports.saveDraft(input(campaign, LocalDate.of(2026, 3, 6), 1100)));
        assertThat(draft.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(draft.dayStatus()).isEqualTo(DayStatus.PENDING);
        at("2026-03-06T16:00:00");
        assertThat(as.call(COMMUNE, () -> reports.get(draft.id())).dayStatus()).isEqualTo(DayStatus.MISSING);
        ReportDetails submitted = submit(amend(draft, 1100));
        assertThat(submitted.dayStatus()).isEqualTo(DayStatus.LATE);
    }

    @Test
    void badFiguresAreRefusedFieldByFieldAndNothingIsStored() {
        at("2026-03-07T09:00:00");
        submit(input(campaign, LocalDate.of(2026, 3, 6), 1200));
        assertThat(errors(input(campaign, LocalDate.of(2026, 3, 7), -5))).containsEntry("cumulative", "report.error.negative");
        assertThat(errors(input(campaign, LocalDate.of(2026, 3, 7), 1199))).containsEntry("cumulative", "report.error.belowPrevious");
        assertThat(errors(input(campaign, LocalDate.of(2026, 3, 8), 1300))).containsEntry("reportDate", "report.error.future");
        assertThat(errors(input(campaign, LocalDate.of(2026, 3, 4), 1300))).containsEntry("reportDate", "report.error.beforeStart");
        ReportInput tooLong = new ReportInput(null, 0, campaign.id(), LocalDate.of(2026, 3, 7), 1250L,
                Map.of("HOUSEHOLDS", -1L, "NOT_A_FORM", 3L), null, "x".repeat(4001), null, null, " ", null, false, false);
        assertThat(errors(tooLong)).containsEntry("results", "report.error.tooLong")
                .containsEntry("work.HOUSEHOLDS", "report.error.quantity")
                .containsEntry("work.NOT_A_FORM", "report.error.unknownForm")
                .containsEntry("signerName", "report.error.signerRequired");
        assertThat(as.call(COMMUNE, () -> reports.ownDays(campaign.id()))).filteredOn(d -> d.date().equals(LocalDate.of(2026, 3, 7)))
                .singleElement().satisfies(d -> assertThat(d.reportId()).isNull());
    }

    @Test
    void anEarlierDayCannotBeAmendedAboveALaterDay() {
        at("2026-03-07T09:00:00");
        ReportDetails sixth = submit(input(campaign, LocalDate.of(2026, 3, 6), 1200));
        submit(input(campaign, LocalDate.of(2026, 3, 7), 1300));
        assertThat(errors(amend(sixth, 1301))).containsEntry("cumulative", "report.error.aboveNext");
    }

    @Test
    void installsAbovePopulationOrAJumpNeedConfirmationAndAreFlagged() {
        at("2026-03-06T09:00:00");
        ReportInput big = input(campaign, LocalDate.of(2026, 3, 6), 7000);
        assertThatThrownBy(() -> submit(big)).isInstanceOfSatisfying(ConfirmationRequiredException.class,
                e -> assertThat(e.reasons()).containsExactly("report.confirm.aboveLimits", "report.confirm.jump"));
        ReportDetails confirmed = submit(big.withConfirmations(true, true));
        assertThat(confirmed.aboveLimits()).isTrue();
        assertThat(confirmed.jumpFlagged()).isTrue();

        ReportInput jump = input(campaign, LocalDate.of(2026, 3, 5), 1301); // 301 new > 5 % of 6,000
        assertThatThrownBy(() -> submit(jump)).isInstanceOfSatisfying(ConfirmationRequiredException.class,
                e -> assertThat(e.reasons()).containsExactly("report.confirm.jump"));
        assertThat(submit(input(campaign, LocalDate.of(2026, 3, 5), 1300)).jumpFlagged()).isFalse();
    }

    @Test
    void theTargetDayIsAnOrdinaryDayWhosePaceIsTheTarget() {
        at("2026-03-20T15:00:00");
        ReportDetails last = submit(input(campaign, TARGET, 1200));
        assertThat(last.dayStatus()).isEqualTo(DayStatus.ON_TIME);
        assertThat(last.paceInstalls()).isEqualTo(3600);
        at("2026-03-21T15:00:01");
        ReportDetails after = submit(input(campaign, TARGET.plusDays(1), 1250));
        assertThat(after.dayStatus()).isEqualTo(DayStatus.LATE);
        assertThat(after.paceInstalls()).isEqualTo(3600);
    }

    @Test
    void aClosedCampaignTakesNoReports() {
        at("2026-03-09T09:00:00");
        as.run(ReportFixtures.PROVINCE_OFFICER, () -> campaigns.close(campaign.id(), LocalDate.of(2026, 3, 8),
                campaigns.get(campaign.id()).version()));
        assertThat(errors(input(campaign, LocalDate.of(2026, 3, 7), 1100)))
                .containsEntry("reportDate", "report.error.campaignClosed");
    }

    @Test
    void aStaleEditGetsAConflictAndOverwritesNothing() {
        at("2026-03-06T09:00:00");
        ReportDetails first = submit(input(campaign, LocalDate.of(2026, 3, 6), 1100));
        submit(amend(first, 1120));
        assertThatThrownBy(() -> submit(amend(first, 1130)))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.messageKey()).isEqualTo("error.conflict"));
        assertThat(as.call(COMMUNE, () -> reports.get(first.id())).cumulativeInstalls()).isEqualTo(1120);
    }

    @Test
    void twoSimultaneousFirstSubmissionsMakeOneReport() throws Exception {
        at("2026-03-06T09:00:00");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            long cumulative = 1100 + i;
            Callable<String> task = () -> {
                go.await();
                try {
                    submit(input(campaign, LocalDate.of(2026, 3, 6), cumulative));
                    return "ok";
                } catch (PortalException e) {
                    return e.messageKey();
                }
            };
            outcomes.add(pool.submit(task));
        }
        go.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();
        assertThat(results).containsOnlyOnce("ok");
        assertThat(results).anyMatch(r -> r.equals("report.error.alreadyExists") || r.equals("error.conflict"));
        assertThat(as.call(COMMUNE, () -> reports.ownDays(campaign.id())))
                .filteredOn(d -> d.date().equals(LocalDate.of(2026, 3, 6))).singleElement()
                .satisfies(d -> assertThat(d.reportId()).isNotNull());
    }

    @Test
    void anotherCommuneCannotReadOrWriteThisCommunesReportByIdAndADistrictCannotSubmit() {
        at("2026-03-06T09:00:00");
        ReportDetails mine = submit(input(campaign, LocalDate.of(2026, 3, 6), 1100));
        assertThatThrownBy(() -> as.call(OTHER_COMMUNE, () -> reports.get(mine.id()))).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> as.call(OTHER_COMMUNE, () -> reports.history(mine.id()))).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> as.call(OTHER_COMMUNE, () -> signedCopies.upload(mine.id(), "x.pdf", "%PDF-1.4".getBytes())))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> as.call(OTHER_COMMUNE, () -> reports.submit(amend(mine, 1200))))
                .isInstanceOf(PortalException.class);
        assertThat(as.call(COMMUNE, () -> reports.get(mine.id())).cumulativeInstalls()).isEqualTo(1100);
        assertThatThrownBy(() -> as.call("huyen.duchoa", () -> reports.submit(input(campaign, LocalDate.of(2026, 3, 5), 1000))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as.call("huyen.duchoa", () -> reports.get(mine.id())).unitName()).isEqualTo("Xã Đức Lập Hạ");
        assertThat(as.call("tinh.lanhdao", () -> reports.get(mine.id())).cumulativeInstalls()).isEqualTo(1100);
    }

    @Test
    void aDistrictReturnsAReportAndTheCommuneResubmitsKeepingTheDaysStatus() {
        at("2026-03-06T16:00:00");
        ReportDetails late = submit(input(campaign, LocalDate.of(2026, 3, 6), 1100));
        ReportDetails returned = as.call("huyen.duchoa", () -> reports.returnForCorrection(late.id(),
                "Số lũy kế chưa khớp với số liệu của Sở, đề nghị kiểm tra lại.", late.version()));
        assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
        ReportDetails seen = as.call(COMMUNE, () -> reports.get(late.id()));
        assertThat(seen.returnComment()).startsWith("Số lũy kế chưa khớp");
        ReportDetails fixed = submit(amend(seen, 1090));
        assertThat(fixed.status()).isEqualTo(ReportStatus.AMENDED);
        assertThat(fixed.dayStatus()).isEqualTo(DayStatus.LATE);
        assertThat(as.call(COMMUNE, () -> reports.history(late.id()))).extracting(RevisionEntry::action)
                .containsExactly(RevisionAction.SUBMITTED, RevisionAction.RETURNED,
                        RevisionAction.AMENDED);
        assertThatThrownBy(() -> as.call(COMMUNE, () -> reports.returnForCorrection(late.id(), "x", fixed.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.call("huyen.duchoa", () -> reports.returnForCorrection(late.id(), " ", fixed.version())))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void theSignedCopyIsCheckedByContentAndSizeAndReadableInScopeOnly() {
        at("2026-03-06T09:00:00");
        ReportDetails report = submit(input(campaign, LocalDate.of(2026, 3, 6), 1100));
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes();
        ReportDetails stored = as.call(COMMUNE, () -> signedCopies.upload(report.id(), "../../etc/bao-cao.pdf", pdf));
        assertThat(stored.signedCopyName()).isEqualTo("bao-cao.pdf");
        SignedCopyFile download = as.call("huyen.duchoa", () -> signedCopies.download(report.id()));
        assertThat(download.content()).isEqualTo(pdf);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThatThrownBy(() -> as.call(OTHER_COMMUNE, () -> signedCopies.download(report.id())))
                .isInstanceOf(OutOfScopeException.class);

        byte[] exe = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertThatThrownBy(() -> as.call(COMMUNE, () -> signedCopies.upload(report.id(), "bao-cao.pdf", exe)))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.messageKey()).isEqualTo("signedCopy.error.type"));
        byte[] huge = new byte[11 * 1024 * 1024];
        System.arraycopy(pdf, 0, huge, 0, pdf.length);
        assertThatThrownBy(() -> as.call(COMMUNE, () -> signedCopies.upload(report.id(), "lon.pdf", huge)))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.messageKey()).isEqualTo("signedCopy.error.tooLarge"));
        assertThat(as.call(COMMUNE, () -> signedCopies.download(report.id())).content()).isEqualTo(pdf);
    }

    @Test
    void theReadoutShowsNewInstallsAndThePace() {
        at("2026-03-06T09:00:00");
        ReportFigures figures = as.call(COMMUNE, () -> reports.preview(campaign.id(), LocalDate.of(2026, 3, 6), 1250));
        assertThat(figures.newSinceYesterday()).isEqualTo(250);
        // 1,000 at start, 3,600 wanted on 20/3 (60 % of 6,000): 2,600 over 15 days, day 1 → 1,174
        assertThat(figures.paceInstalls()).isEqualTo(1174);
        assertThat(figures.gapToPace()).isEqualTo(76);
    }

    private Map<String, String> errors(ReportInput input) {
        try {
            submit(input);
        } catch (ValidationException e) {
            return e.fieldErrors();
        }
        throw new AssertionError("accepted: " + input);
    }

}
