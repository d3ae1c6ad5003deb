package vn.gov.bluezone.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.MutableClock;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.compliance.BoardLevel;
import vn.gov.bluezone.compliance.ProposalRequest;
import vn.gov.bluezone.compliance.ReprimandLevel;
import vn.gov.bluezone.compliance.ReprimandService;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.ReportDetails;
import vn.gov.bluezone.reporting.ReportFixtures;

/**
 * Mail through a real SMTP server (GreenMail, in-process): a submitted report arrives at the focal
 * point with a copy to the district office and its PDF attached; with the server down the
 * submission still succeeds and the message is delivered, once, when the server is back.
 */
@PortalSpringTest
class MailDeliveryTest {

    static final String FOCAL = "dau.moi@sotttt.bluezone.invalid";
    static final String DISTRICT_OFFICE = "vanthu@duchoa.bluezone.invalid";

    @Autowired
    DailyReportService reports;
    @Autowired
    MailDelivery delivery;
    @Autowired
    Outbox outbox;
    @Autowired
    HierarchyService hierarchy;
    @Autowired
    ReportFixtures fixtures;
    @Autowired
    AsUser as;
    @Autowired
    MutableClock clock;

    GreenMail smtp;

    String originalDistrictEmail;

    @BeforeEach
    void districtOfficeHasAnAddress() {
        UnitSummary district = as.call("admin", () -> hierarchy.getByCode("802"));
        originalDistrictEmail = district.officeEmail();
        as.call("admin", () -> hierarchy.updateOfficeEmail(district.id(), DISTRICT_OFFICE, district.version()));
    }

    @AfterEach
    void stop() {
        if (smtp != null) {
            smtp.stop();
        }
        UnitSummary district = as.call("admin", () -> hierarchy.getByCode("802"));
        as.call("admin", () -> hierarchy.updateOfficeEmail(district.id(), originalDistrictEmail, district.version()));
        clock.reset();
    }

    void at(String hanoi) {
        clock.set(LocalDateTime.parse(hanoi).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
    }

    ReportDetails submit(CampaignDetails campaign, LocalDate date, long cumulative) {
        return as.call(ReportFixtures.COMMUNE, () -> reports.submit(ReportFixtures.input(campaign, date, cumulative)));
    }

    /** Sends until nothing is due: the outbox may hold more than one batch from earlier runs. */
    int drain() {
        int sent = 0;
        for (int batch = delivery.sendDue(); batch > 0; batch = delivery.sendDue()) {
            sent += batch;
        }
        return sent;
    }

    List<MimeMessage> received(String subjectPart) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains(subjectPart);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void aSubmittedReportArrivesAtTheFocalPointWithACopyToTheDistrictAndItsPdf() throws Exception {
        smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
        at("2026-07-01T08:00:00");
        CampaignDetails campaign = fixtures.campaign("Chiến dịch thư " + System.nanoTime() % 100_000,
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 20), FOCAL);
        at("2026-07-01T10:00:00");
        submit(campaign, LocalDate.of(2026, 7, 1), 1234);

        assertThat(drain()).isPositive();
        List<MimeMessage> mails = received("ngày 01/07/2026 - Xã Đức Lập Hạ");
        assertThat(mails).hasSize(2); // one copy per recipient mailbox: the focal point and the district
        MimeMessage mail = mails.getFirst();
        assertThat(mail.getSubject()).isEqualTo("Báo cáo kết quả cài đặt Bluezone ngày 01/07/2026 - Xã Đức Lập Hạ");
        assertThat(addresses(mail.getRecipients(Message.RecipientType.TO))).containsExactly(FOCAL);
        assertThat(addresses(mail.getRecipients(Message.RecipientType.CC))).containsExactly(DISTRICT_OFFICE);
        Multipart parts = (Multipart) mail.getContent();
        assertThat(text(parts.getBodyPart(0))).contains("1.234", "12,34 %", "Xã Đức Lập Hạ");
        BodyPart pdf = parts.getBodyPart(1);
        assertThat(pdf.getFileName()).endsWith(".pdf");
        byte[] bytes = pdf.getInputStream().readAllBytes();
        try (var document = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(document)).contains("BÁO CÁO", "XÃ ĐỨC LẬP HẠ", "1.234");
        }
        assertThat(as.call("admin", () -> outbox.list(MessageStatus.SENT, PageRequest.of(0, 50))).getContent())
                .anySatisfy(m -> assertThat(m.subject()).contains("01/07/2026 - Xã Đức Lập Hạ"));
    }

    @Test
    void withTheMailServerDownNothingIsLostAndNothingIsSentTwice() throws IOException, MessagingException {
        at("2026-07-10T08:00:00");
        CampaignDetails campaign = fixtures.campaign("Chiến dịch thư " + System.nanoTime() % 100_000,
                LocalDate.of(2026, 7, 10), LocalDate.of(2026, 7, 20), FOCAL);
        at("2026-07-10T10:00:00");
        // no SMTP server listening: the submission still succeeds
        ReportDetails report = submit(campaign, LocalDate.of(2026, 7, 10), 1200);
        assertThat(report.firstSubmittedAt()).isNotNull();
        assertThat(delivery.sendDue()).isZero();
        OutboxEntry waiting = as.call("admin", () -> outbox.list(MessageStatus.PENDING, PageRequest.of(0, 200)))
                .getContent().stream().filter(m -> m.subject().contains("10/07/2026 - Xã Đức Lập Hạ")).findFirst()
                .orElseThrow();
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).isNotBlank();
        assertThat(waiting.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofSeconds(30)));

        smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
        // not due yet: nothing is sent before the back-off has passed
        delivery.sendDue();
        assertThat(received("10/07/2026 - Xã Đức Lập Hạ")).isEmpty();
        clock.advance(Duration.ofSeconds(31));
        assertThat(delivery.sendDue()).isPositive();
        delivery.sendDue();
        clock.advance(Duration.ofHours(2));
        delivery.sendDue();
        assertThat(received("10/07/2026 - Xã Đức Lập Hạ")).hasSize(2); // focal point + district copy, once each
        assertThat(as.call("admin", () -> outbox.list(MessageStatus.SENT, PageRequest.of(0, 200))).getContent())
                .filteredOn(m -> m.id() == waiting.id()).singleElement()
                .satisfies(m -> assertThat(m.attempts()).isEqualTo(2));
    }

    @Autowired
    ReprimandService reprimands;

    @Test
    void anIssuedReprimandDispatchReachesTheDistrictOfficeWithTheDispatchAttached() throws Exception {
        smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
        at("2026-07-20T08:00:00");
        CampaignDetails campaign = fixtures.campaign("Chiến dịch công văn " + System.nanoTime() % 100_000,
                LocalDate.of(2026, 7, 20), LocalDate.of(2026, 8, 5));
        at("2026-07-22T16:00:00");
        LocalDate day = LocalDate.of(2026, 7, 22);
        long tanPhu = as.call("tinh.sotttt", () -> hierarchy.getByCode("27961").id());
        var proposal = as.call("tinh.sotttt", () -> reprimands.propose(campaign.id(), day,
                BoardLevel.COMMUNE, List.of(new ProposalRequest(
                        tanPhu, ReprimandLevel.CRITICISE, "Không báo cáo 3 ngày")))).getFirst();
        as.call("tinh.lanhdao", () -> reprimands.decide(proposal.id(), true, null, proposal.version()));
        var dispatch = as.call("tinh.lanhdao", () -> reprimands.issueDispatch(campaign.id(), day));

        delivery.sendDue();
        List<MimeMessage> mails = received("Công văn số " + dispatch.reference());
        assertThat(mails).singleElement().satisfies(mail -> {
            try {
                assertThat(addresses(mail.getRecipients(Message.RecipientType.TO))).containsExactly(DISTRICT_OFFICE);
                Multipart parts = (Multipart) mail.getContent();
                assertThat(text(parts.getBodyPart(0))).contains("Huyện Đức Hòa", dispatch.reference());
                try (var document = Loader.loadPDF(parts.getBodyPart(1).getInputStream().readAllBytes())) {
                    assertThat(new PDFTextStripper().getText(document)).contains("Số: " + dispatch.reference(),
                            "Xã Tân Phú: Không báo cáo 3 ngày");
                }
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The decoded plain text of a part, looking inside nested multiparts. */
    static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(text(multipart.getBodyPart(i)));
            }
            return text.toString();
        }
        return "";
    }

    static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
    }
}
