package vn.gov.bluezone.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per client address, beside the per-account lockout of {@link LoginAttempts}:
 * once an address has failed {@code limit} times within {@code window}, its sign-ins are refused
 * without checking the password until the window has passed. One address can then neither try
 * passwords across many accounts nor lock every commune's account before the cut-off: it locks at
 * most {@code limit / 5} accounts per window (decision 0017).
 *
 * <p>An IPv6 client is counted by its /64 network, which one subscriber usually holds whole. The
 * counts live in this node's memory: they are lost at a restart and each node of a cluster counts
 * its own (with sticky sessions an attacker gets at most one limit per node). Behind a reverse
 * proxy the client address is the proxy's unless forwarded headers are trusted
 * ({@code SERVER_FORWARD_HEADERS_STRATEGY=native}, docs/deployment.md).
 */
@Component
public class SignInThrottle {

    /** More distinct addresses than this and expired windows are dropped first (memory stays bounded). */
    private static final int MAX_TRACKED = 100_000;

    private final Clock clock;
    private final int limit;
    private final Duration window;
    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    SignInThrottle(Clock clock, @Value("${portal.security.address-failure-limit:20}") int limit,
            @Value("${portal.security.address-failure-window:PT15M}") Duration window) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the sign-in throttle needs a positive limit and window");
        }
        this.clock = clock;
        this.limit = limit;
        this.window = window;
    }

    /** Whether sign-ins from {@code address} are refused now. */
    public boolean isThrottled(String address) {
        Failures counted = failures.get(key(address));
        return counted != null && counted.count(clock.instant(), window) >= limit;
    }

    /**
     * Counts one failed sign-in from {@code address}; true when this failure reached the limit (the
     * moment worth an audit entry).
     */
    boolean recordFailure(String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(counted -> counted.count(now, window) == 0);
        }
        return failures.computeIfAbsent(key(address), k -> new Failures()).add(now, window) == limit;
    }

    /** When {@code address} may try again, or null when it is not throttled. */
    public Instant throttledUntil(String address) {
        Failures counted = failures.get(key(address));
        return counted == null || counted.count(clock.instant(), window) < limit ? null : counted.firstAt().plus(window);
    }

    /** The address an IPv4 client is counted by, or the /64 network of an IPv6 one. */
    static String key(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address.strip()).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            Arrays.fill(bytes, 8, 16, (byte) 0);
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }

    /** The failures of one address in the current window: the window starts at the first of them. */
    private static final class Failures {

        private Instant firstAt = Instant.MIN;
        private int count;

        synchronized int add(Instant now, Duration window) {
            if (expired(now, window)) {
                firstAt = now;
                count = 0;
            }
            return ++count;
        }

        synchronized int count(Instant now, Duration window) {
            return expired(now, window) ? 0 : count;
        }

        synchronized Instant firstAt() {
            return firstAt;
        }

        private boolean expired(Instant now, Duration window) {
            return firstAt == Instant.MIN || !now.isBefore(firstAt.plus(window));
        }
    }
}
