package vn.gov.bluezone.documents.ui;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import vn.gov.bluezone.documents.DocumentVerification;
import vn.gov.bluezone.documents.DocumentVerification.RegisterEntry;
import vn.gov.bluezone.documents.DocumentVerificationService;
import vn.gov.bluezone.documents.signing.VerifiedSignature;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.PortalTime;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.ui.BoundedUpload;
import vn.gov.bluezone.shared.ui.ErrorMessages;

/**
 * The verification page (issue 18, decision 0038): anyone signed in uploads a PDF and reads the
 * verdict, the register entry when the portal issued these exact bytes, and each signature's checks,
 * stacked so that it reads on a phone. The file is checked in memory and not kept.
 */
@Route("xac-minh-van-ban")
@PermitAll
@Menu(order = 7.5, title = "nav.verify", icon = "CHECK_SQUARE_O")
public class VerifyDocumentView extends VerticalLayout implements HasDynamicTitle {

    /** The signing time as Vietnam reads it, with its offset: "01/12/2026 23:16:11 +07:00". */
    private static final DateTimeFormatter SIGNING_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss xxx");

    private final transient DocumentVerificationService verification;
    private final Div result = new Div();

    VerifyDocumentView(DocumentVerificationService verification) {
        this.verification = verification;
        addClassName("portal-view");
        int megabytes = DocumentVerificationService.MAX_BYTES / (1024 * 1024);
        Upload upload = BoundedUpload.upload("verify-upload", DocumentVerificationService.MAX_BYTES,
                DocumentVerificationService.tooLarge(), (metadata, content) -> check(metadata.fileName(), content));
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.addFileRejectedListener(rejected -> {
            result.removeAll();
            ErrorMessages.show(this, new PortalException("verify.error.rejected", megabytes));
        });
        result.setId("verify-result");
        result.setWidthFull();
        add(new H2(getTranslation("verify.title")), new Paragraph(getTranslation("verify.help", megabytes)), upload,
                result);
    }

    /** Checks the uploaded file and shows the outcome, or the refusal (nothing shown is kept). */
    private void check(String fileName, byte[] content) {
        result.removeAll();
        DocumentVerification outcome;
        try {
            outcome = verification.verify(fileName, content);
        } catch (PortalException e) {
            Paragraph refusal = new Paragraph(ErrorMessages.text(this, e));
            refusal.setId("verify-error");
            refusal.addClassNames("portal-verdict", "portal-verdict-bad");
            result.add(refusal);
            ErrorMessages.show(this, e);
            return;
        }
        Paragraph verdict = new Paragraph(getTranslation("verify.verdict." + outcome.verdict().name()));
        verdict.setId("verify-verdict");
        verdict.addClassNames("portal-verdict", switch (outcome.verdict()) {
            case ISSUED_AND_VALID, VALID_NOT_IN_REGISTER, IN_REGISTER_UNSIGNED -> "portal-verdict-good";
            case NOT_SIGNED -> "portal-verdict-neutral";
            case ALTERED, UNTRUSTED, SIGNATURE_NOT_VALID -> "portal-verdict-bad";
        });
        result.add(verdict, new Paragraph(getTranslation("verify.file", fileName)));
        result.add(new H3(getTranslation("verify.entry")));
        result.add(entry(outcome.entry()));
        result.add(new H3(getTranslation("verify.signatures")));
        if (outcome.signatures().isEmpty()) {
            result.add(new Paragraph(getTranslation("verify.signatures.none")));
        }
        int index = 1;
        for (VerifiedSignature signature : outcome.signatures()) {
            result.add(signature(index++, signature));
        }
        if (outcome.appended()) {
            Paragraph appended = new Paragraph(getTranslation("verify.appended"));
            appended.addClassNames("portal-verdict", "portal-verdict-bad");
            result.add(appended);
        }
    }

    private Component entry(RegisterEntry entry) {
        if (entry == null) {
            Paragraph none = new Paragraph(getTranslation("verify.entry.none"));
            none.setId("verify-entry");
            return none;
        }
        Div block = new Div(line("verify.entry.number", entry.reference()),
                line("verify.entry.date", VietnameseFormats.date(entry.issuedOn())),
                line("verify.entry.type", getTranslation("verify.documentType." + entry.documentType())),
                line("verify.entry.issuer", entry.issuerName()), line("verify.entry.summary", entry.summary()));
        block.setId("verify-entry");
        block.addClassName("portal-history-entry");
        return block;
    }

    private Component signature(int index, VerifiedSignature signature) {
        Div block = new Div();
        block.setId("verify-signature-" + index);
        block.addClassName("portal-history-entry");
        Div heading = new Div(getTranslation("verify.signature", index));
        heading.addClassName("portal-history-heading");
        block.add(heading, line("verify.signer", signature.signerName()));
        if (signature.title() != null) {
            block.add(line("verify.signerTitle", signature.title()));
        }
        block.add(line("verify.organisation", signature.organisation() == null ? "" : signature.organisation()),
                line("verify.signingTime", time(signature.timeStampTime() != null ? signature.timeStampTime()
                        : signature.claimedTime())),
                line("verify.timeStamp", getTranslation("verify.timeStamp." + signature.timeStamp().name())),
                line("verify.coverage", getTranslation("verify.coverage." + signature.coverage().name())),
                line("verify.integrity", getTranslation("verify.integrity." + signature.integrity().name())),
                line("verify.value", getTranslation("verify.value." + signature.signatureValue().name())),
                line("verify.trust", getTranslation("verify.trust." + signature.trust().name())),
                line("verify.certificateTime",
                        getTranslation("verify.certificateTime." + signature.certificateTime().name())));
        return block;
    }

    private static String time(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(PortalTime.ZONE).format(SIGNING_TIME);
    }

    private Div line(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("portal-history-heading");
        return new Div(label, new Span(value == null ? "" : value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title");
    }
}
