package vn.gov.bluezone.identity;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused, without looking at the password, because its address failed too often. */
public class SignInThrottledException extends AuthenticationException {

    private final transient Instant retryAfter;

    SignInThrottledException(Instant retryAfter) {
        super("too many failed sign-ins from this address");
        this.retryAfter = retryAfter;
    }

    /** When the address may sign in again. */
    public Instant retryAfter() {
        return retryAfter;
    }
}
