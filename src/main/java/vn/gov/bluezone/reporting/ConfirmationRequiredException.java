package vn.gov.bluezone.reporting;

import java.util.List;

import vn.gov.bluezone.shared.PortalException;

/**
 * The input is possible but unusual (installs above population, a jump above the threshold): the
 * user must confirm, and the report will be flagged. Nothing was stored.
 */
public class ConfirmationRequiredException extends PortalException {

    private final transient List<String> reasons;
    private final boolean aboveLimits;
    private final boolean jump;

    ConfirmationRequiredException(List<String> reasons, boolean aboveLimits, boolean jump) {
        super("report.confirm.title");
        this.reasons = List.copyOf(reasons);
        this.aboveLimits = aboveLimits;
        this.jump = jump;
    }

    /** Message keys of what needs confirming. */
    public List<String> reasons() {
        return reasons;
    }

    public boolean aboveLimits() {
        return aboveLimits;
    }

    public boolean jump() {
        return jump;
    }
}
