package vn.gov.bluezone.shared;

/** The requested unit, user or record exists outside the caller's scope, or does not exist at all. */
public class OutOfScopeException extends PortalException {

    public OutOfScopeException() {
        super("error.outOfScope");
    }
}
