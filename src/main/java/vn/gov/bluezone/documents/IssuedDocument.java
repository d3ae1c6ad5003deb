package vn.gov.bluezone.documents;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An entry of the register: "Số: 12/BC-UBND" of an issuer for a year, with what it was. An entry is
 * fixed; when the figures it was rendered from change, a new entry replaces it ({@code replacesId}
 * names the earlier entry of the same subject). {@code signedBy} and {@code signedFor}: the person and
 * the agency who signed the file at issue, as their certificates name them; null when issued unsigned.
 */
public record IssuedDocument(long id, long issuerUnitId, int year, int number, String symbol, String documentType,
        LocalDate issuedOn, String summary, String issuedBy, Instant issuedAt, String subjectRef, Long replacesId,
        String signedBy, String signedFor) {

    public boolean signed() {
        return signedBy != null;
    }

    /** "12/BC-UBND"; numbers below 10 get a leading zero ("05/BC-UBND"). */
    public String reference() {
        return numberText(number, symbol);
    }

    static String numberText(int number, String symbol) {
        return (number < 10 ? "0" + number : Integer.toString(number)) + "/" + symbol;
    }
}
