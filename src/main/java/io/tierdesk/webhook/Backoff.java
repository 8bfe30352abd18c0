package io.tierdesk.webhook;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter: the n-th retry waits between half and all of {@code base * 2^(n-1)}, capped, so
 * receivers that failed together are not retried together.
 */
record Backoff(Duration base, Duration max) {

    Duration delayAfter(int failedAttempts, DoubleSupplier random) {
        int exponent = Math.min(Math.max(failedAttempts - 1, 0), 30);
        long ceiling = Math.min(max.toMillis(), base.toMillis() << exponent);
        if (ceiling <= 0 || ceiling > max.toMillis()) {
            ceiling = max.toMillis();
        }
        long half = ceiling / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (ceiling - half)));
    }
}
