package vn.gov.bluezone.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An office as the rest of the portal reads it: its unit (null for a central agency), kind, the
 * official name ("Sở Khoa học và Công nghệ tỉnh Tây Ninh"), the short name used in sentences and on
 * screens ("Sở KH&CN"), the issuer line of a document header in capitals, possibly on two lines
 * ("SỞ KHOA HỌC VÀ\nCÔNG NGHỆ"), the abbreviation of document symbols ("SKHCN"), email, validity
 * and signers in order.
 */
public record OfficeSummary(
        long id,
        Long unitId,
        OfficeKind kind,
        String name,
        String shortName,
        String headerName,
        String abbreviation,
        String email,
        LocalDate validFrom,
        LocalDate validTo,
        List<OfficeSigner> signers,
        long version) {

    public OfficeSummary {
        signers = signers == null ? List.of() : List.copyOf(signers);
    }

    /** Who signs first, if anyone is named. */
    public Optional<OfficeSigner> firstSigner() {
        return signers.isEmpty() ? Optional.empty() : Optional.of(signers.getFirst());
    }

    /** Whether the office exists on this day: from {@code validFrom} (inclusive) to {@code validTo} (exclusive). */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || day.isBefore(validTo));
    }
}
