package org.isnad.web;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The throttle's arithmetic on a clock of its own: free typos, then doubling waits, reset by success or time. */
class LoginThrottleTest {
    final AtomicLong now = new AtomicLong(1_000_000);
    final LoginThrottle t = new LoginThrottle(now::get);

    void fail(int n) {
        for (int i = 0; i < n; i++) t.failed("10.0.0.1");
    }

    @Test
    void aFewTyposCostNothingThenTheWaitDoubles() {
        fail(LoginThrottle.FREE_FAILURES - 1);
        assertEquals(0, t.retryAfterSeconds("10.0.0.1"));
        fail(1);
        assertEquals(1, t.retryAfterSeconds("10.0.0.1"));
        fail(1);
        assertEquals(2, t.retryAfterSeconds("10.0.0.1"));
        fail(1);
        assertEquals(4, t.retryAfterSeconds("10.0.0.1"));
        assertEquals(0, t.retryAfterSeconds("10.0.0.2"), "another address is not affected");
        now.addAndGet(4_000);
        assertEquals(0, t.retryAfterSeconds("10.0.0.1"), "the wait ends");
    }

    @Test
    void theWaitIsCappedAndARightPasswordOrAQuietHourClearsIt() {
        fail(100);
        assertEquals(LoginThrottle.MAX_BLOCK.toSeconds(), t.retryAfterSeconds("10.0.0.1"));
        t.succeeded("10.0.0.1");
        assertEquals(0, t.retryAfterSeconds("10.0.0.1"));
        fail(LoginThrottle.FREE_FAILURES - 1);
        now.addAndGet(Duration.ofHours(2).toMillis());
        fail(1);
        assertEquals(0, t.retryAfterSeconds("10.0.0.1"), "failures an hour apart do not add up");
    }
}
