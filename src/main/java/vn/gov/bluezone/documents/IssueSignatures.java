package vn.gov.bluezone.documents;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import vn.gov.bluezone.documents.signing.DocumentSigner;
import vn.gov.bluezone.documents.signing.PadesSigner;
import vn.gov.bluezone.documents.signing.SigningKeys;
import vn.gov.bluezone.shared.PortalException;

/**
 * Signs a document as it is issued (decision 0039): the person named under the signature with their
 * key, then the issuing agency with its seal, each time-stamped, so that the register keeps the
 * signed file and every print of the entry is those bytes. A document that names no signer (a
 * commune report whose form left the signer blank) is issued unsigned, as is everything when
 * {@code portal.signing.at-issue} is off. When the portal holds no key for the signer or the agency
 * the issue is refused and nothing is numbered or stored.
 */
@Component
class IssueSignatures {

    private final SigningKeys keys;
    private final PadesSigner signer;
    private final Timer signing;

    IssueSignatures(SigningKeys keys, PadesSigner signer, MeterRegistry meters) {
        this.keys = keys;
        this.signer = signer;
        this.signing = Timer.builder("portal.documents.sign")
                .description("Time to sign an issued document (signer and agency, with time stamps)").register(meters);
    }

    /** The document signed at the box its layout left for the signature, or as it is when nobody signs. */
    IssuedFile sign(DocumentRenderer.Signable rendered, OfficialDocument document) {
        byte[] pdf = rendered.pdf();
        String name = document.signerName() == null ? "" : document.signerName().strip();
        if (name.isEmpty() || rendered.box() == null || !keys.signsAtIssue()) {
            return IssuedFile.unsigned(pdf);
        }
        String agency = agency(document);
        String office = office(document);
        DocumentSigner person = keys.person(name, office, agency)
                .orElseThrow(() -> new PortalException("document.error.noSignerKey", name));
        DocumentSigner seal = keys.organisation(agency)
                .orElseThrow(() -> new PortalException("document.error.noAgencyKey", agency));
        byte[] signed = signing.record(() -> signer.sign(pdf, new PadesSigner.Signatory(person, name, office),
                new PadesSigner.Agency(seal, agency), rendered.box()));
        return new IssuedFile(signed, name, agency);
    }

    /** The issuing agency as the header names it, on one line ("ỦY BAN NHÂN DÂN XÃ ĐỨC LẬP HẠ"). */
    static String agency(OfficialDocument document) {
        return document.issuerBody().strip().replaceAll("\\s+", " ");
    }

    /** The office the signer holds: the last line of the authority ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" → "PHÓ CHỦ TỊCH"). */
    static String office(OfficialDocument document) {
        if (document.authority() == null || document.authority().isBlank()) {
            return null;
        }
        String[] lines = document.authority().strip().split("\\R");
        return lines[lines.length - 1].strip();
    }
}
