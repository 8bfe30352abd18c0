package io.tierdesk.oncall;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a property against many generated cases. Seeds are fixed so every run checks the same
 * cases; set {@code -Doncall.seed=N} to explore others. A failure names its seed and case.
 */
final class PropertyCheck {

    private static final long BASE_SEED = Long.getLong("oncall.seed", 20_260_329L);

    private PropertyCheck() {
    }

    static <T> void forAll(int tries, Function<Random, T> generator, Consumer<T> property) {
        for (int i = 0; i < tries; i++) {
            long seed = BASE_SEED * 1_000_003L + i;
            T example = generator.apply(new Random(seed));
            try {
                property.accept(example);
            } catch (AssertionError | RuntimeException failure) {
                throw new AssertionError("falsified by case " + i + " (seed " + seed + "): " + example, failure);
            }
        }
    }
}
