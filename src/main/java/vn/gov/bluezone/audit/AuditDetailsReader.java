package vn.gov.bluezone.audit;

import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Reads the details a module writes into its audit entries in its own vocabulary (stored field
 * names, raw figures) as the user's words. A module that writes such details provides one as a
 * bean; the audit log's screen asks it for the entries of its {@link #actions()}. The audit module
 * knows no other module: the dependency points from the writer to here, as the writing does.
 */
public interface AuditDetailsReader {

    /** The actions whose details this reader knows. */
    Set<AuditAction> actions();

    /**
     * A reader for one screen: what it needs to look up (labels, names) is looked up here, once, not
     * per entry. {@code translate} turns a message key into the user's language.
     */
    DetailsText prepare(UnaryOperator<String> translate);

    /** The details of one entry in words. */
    @FunctionalInterface
    interface DetailsText {
        String read(String details);
    }
}
