package org.isnad.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Wrong passwords, counted per client address. A few cost nothing (typos); from the
 * {@value #FREE_FAILURES}th in a row on, each failure shuts the address out for twice as long as the one
 * before: 1 s, 2 s, 4 s …
 * up to {@link #MAX_BLOCK}. A right password clears the count; so does an hour without failures. Guessing
 * from one address thus drops from hundreds of tries a second to a few an hour.
 *
 * <p>Behind a reverse proxy every client has the proxy's address, and one guesser then makes everyone
 * wait: there, throttle at the proxy too.
 */
public final class LoginThrottle {
    public static final int FREE_FAILURES = 5;
    static final Duration MAX_BLOCK = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    /** Addresses remembered at most; beyond, the quiet ones are forgotten first. */
    static final int MAX_CLIENTS = 10_000;

    private record Client(int failures, long blockedUntil, long lastFailure) {}

    private final Map<String, Client> clients = new ConcurrentHashMap<>();
    private final LongSupplier nowMillis;

    public LoginThrottle() {
        this(System::currentTimeMillis);
    }

    /** With a clock of its own, for tests. */
    LoginThrottle(LongSupplier nowMillis) {
        this.nowMillis = nowMillis;
    }

    /** Seconds {@code address} must wait before its next password is looked at; 0: go ahead. */
    public long retryAfterSeconds(String address) {
        Client c = clients.get(address);
        if (c == null) return 0;
        long wait = c.blockedUntil() - nowMillis.getAsLong();
        return wait <= 0 ? 0 : (wait + 999) / 1000;
    }

    public void failed(String address) {
        long now = nowMillis.getAsLong();
        if (clients.size() >= MAX_CLIENTS && !clients.containsKey(address)) forgetQuiet(now);
        clients.compute(address, (a, c) -> {
            int failures = (c == null || now - c.lastFailure() > FORGET_AFTER.toMillis()) ? 1 : c.failures() + 1;
            return new Client(failures, now + block(failures).toMillis(), now);
        });
    }

    public void succeeded(String address) {
        clients.remove(address);
    }

    /** How long the {@code failures}-th failure in a row shuts its address out. */
    static Duration block(int failures) {
        if (failures < FREE_FAILURES) return Duration.ZERO;
        int doublings = Math.min(failures - FREE_FAILURES, 20);
        Duration d = Duration.ofSeconds(1L << doublings);
        return d.compareTo(MAX_BLOCK) > 0 ? MAX_BLOCK : d;
    }

    private void forgetQuiet(long now) {
        clients.entrySet().removeIf(e -> now - e.getValue().lastFailure() > FORGET_AFTER.toMillis());
        if (clients.size() >= MAX_CLIENTS) clients.entrySet().removeIf(e -> e.getValue().blockedUntil() <= now);
    }
}
