package vn.gov.bluezone.documents;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Supplies the map of the provincial summary: the extension point through which a module that
 * knows the classes and the boundaries (the compliance board, which depends on documents) puts a
 * map into the document without documents depending on it (decision 0033).
 * <p>
 * Implement it as a Spring bean. The provincial summary asks every source in order (Spring's
 * {@code @Order}) and shows the first map that has areas; with no source, or when every source
 * returns empty, the summary is exactly the document without a map. A source is called inside the
 * summary's read-only transaction, as the user asking for the summary (or issuing it), and for the
 * fingerprint of an issued summary; it must return the same map for the same data.
 */
public interface SummaryMapSource {

    /**
     * The campaign's communes on {@code day}, classed; empty when the source has no map for it (no
     * boundaries for the province, a campaign it does not class).
     */
    Optional<SummaryMap> provincialMap(long campaignId, LocalDate day);
}
