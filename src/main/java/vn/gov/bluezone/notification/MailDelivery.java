package vn.gov.bluezone.notification;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import vn.gov.bluezone.documents.DocumentService;
import vn.gov.bluezone.shared.SystemAccess;

/**
 * Delivers due messages of the outbox over SMTP, one by one, each in its own transaction: a
 * delivered message is marked sent, a failed one is retried later with back-off, so a mail server
 * that is down loses nothing. Attachments are rendered when the message is sent. Without a mail
 * server configured ({@code spring.mail.host}) nothing is sent and the messages wait in the outbox,
 * readable in the application. The job holds a ShedLock lock, so only one node sends at a time.
 */
@Component
class MailDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);
    static final int BATCH = 50;

    private final OutboxRepository messages;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final DocumentService documents;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String from;

    MailDelivery(OutboxRepository messages, ObjectProvider<JavaMailSender> mailSender, DocumentService documents,
            PlatformTransactionManager transactions, Clock clock,
            @Value("${portal.mail.from:Cong Bluezone <no-reply@bluezone.invalid>}") String from) {
        this.messages = messages;
        this.mailSender = mailSender;
        this.documents = documents;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${portal.mail.poll:PT20S}", initialDelayString = "${portal.mail.poll:PT20S}")
    @SchedulerLock(name = "mail-delivery", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
    void scheduled() {
        sendDue();
    }

    /** Sends every message due now; returns how many were delivered. */
    int sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        List<Long> due = messages.due(clock.instant(), PageRequest.of(0, BATCH));
        int delivered = 0;
        for (long id : due) {
            Boolean ok = transaction.execute(status -> SystemAccess.runAsSystem(() -> deliver(sender, id)));
            if (Boolean.TRUE.equals(ok)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean deliver(JavaMailSender sender, long id) {
        OutboxMessage message = messages.findById(id).orElse(null);
        if (message == null || message.getStatus() != MessageStatus.PENDING) {
            return false;
        }
        try {
            MimeMessage mime = sender.createMimeMessage();
            boolean attachment = message.getAttachmentRef() != null;
            MimeMessageHelper helper = new MimeMessageHelper(mime, attachment, "UTF-8");
            helper.setFrom(from);
            helper.setTo(message.getRecipients().split(","));
            if (message.getCopyTo() != null) {
                helper.setCc(message.getCopyTo().split(","));
            }
            helper.setSubject(message.getSubject());
            helper.setText(message.getBody(), false);
            if (attachment) {
                helper.addAttachment(message.getAttachmentName(), new ByteArrayResource(render(message.getAttachmentRef())),
                        "application/pdf");
            }
            sender.send(mime);
            message.sent(clock.instant());
            messages.save(message);
            return true;
        } catch (MessagingException | RuntimeException e) {
            LOG.warn("Mail {} not delivered (attempt {}): {}", id, message.view().attempts() + 1, e.toString());
            message.failed(e.toString(), clock.instant());
            messages.save(message);
            return false;
        }
    }

    /** "report:12" → the commune report's PDF; "document:7" → an issued document's file. */
    private byte[] render(String ref) {
        String[] parts = ref.split(":", 2);
        long id = Long.parseLong(parts[1]);
        return switch (parts[0]) {
            case "report" -> documents.communeReportPdf(id);
            case "document" -> documents.issuedPdf(id);
            default -> throw new IllegalStateException("unknown attachment " + ref);
        };
    }
}
