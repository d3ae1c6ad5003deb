package vn.gov.bluezone.shared.api;

import java.io.Serial;

/** A controller's own refusal, answered as it says (for instance 409 for a day already reported). */
public class ApiRefusedException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient ApiRefusal refusal;

    public ApiRefusedException(ApiRefusal refusal) {
        super(refusal.messageKey());
        this.refusal = refusal;
    }

    public ApiRefusal refusal() {
        return refusal;
    }
}
