package vn.gov.bluezone.documents.ui;

import com.vaadin.flow.component.Component;

import vn.gov.bluezone.documents.Issuance;
import vn.gov.bluezone.documents.IssuedDocument;
import vn.gov.bluezone.documents.IssuedVersion;

/** The texts of issuing outcomes and of how an issued version stands, shared by the documents pages. */
final class IssuedTexts {

    private IssuedTexts() {
    }

    static String outcome(Component view, Issuance issuance) {
        String reference = issuance.document().reference();
        if (!issuance.newlyIssued()) {
            return view.getTranslation("document.alreadyIssued", reference);
        }
        return issuance.replaced() == null ? view.getTranslation("document.issued", reference)
                : view.getTranslation("document.issuedReplacing", reference, issuance.replaced().reference());
    }

    /** "Nguyễn Văn Út – ỦY BAN NHÂN DÂN TỈNH LONG AN", or that the entry was issued unsigned. */
    static String signature(Component view, IssuedDocument entry) {
        return entry.signed() ? view.getTranslation("documents.signedBy", entry.signedBy(), entry.signedFor())
                : view.getTranslation("documents.unsigned");
    }

    static String standing(Component view, IssuedVersion version) {
        return view.getTranslation("documents.standing." + version.standing().name(),
                version.replacedBy() == null ? "" : version.replacedBy());
    }
}
