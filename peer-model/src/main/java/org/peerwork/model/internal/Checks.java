package org.peerwork.model.internal;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Builder checks shared by the model's values: what can never be valid (a negative count, a
 * negative wage, a number of hours that is not a number) is rejected when the value is built, with
 * a message that names the property. Not API.
 *
 * <p>What may be wrong in one document but is not absurd (0 hours a week, 200 hours a week, a time
 * window that ends before it starts) is left to Bean Validation, which reports every problem with
 * its path instead of stopping at the first.
 */
public final class Checks {

  private Checks() {}

  /** Rejects a negative count. */
  public static void notNegative(String property, Optional<Integer> value) {
    value.ifPresent(v -> notNegative(property, v.intValue()));
  }

  /** Rejects a negative count. */
  public static void notNegative(String property, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(property + " must be zero or more, was " + value);
    }
  }

  /** Rejects a negative amount. */
  public static void notNegativeAmount(String property, Optional<BigDecimal> value) {
    value.ifPresent(v -> notNegativeAmount(property, v));
  }

  /** Rejects a negative amount. */
  public static void notNegativeAmount(String property, BigDecimal value) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException(property + " must be zero or more, was " + value);
    }
  }

  /** Rejects hours that are negative, infinite or not a number. */
  public static void hours(String property, Optional<Double> value) {
    value.ifPresent(v -> {
      if (!Double.isFinite(v) || v < 0) {
        throw new IllegalArgumentException(property + " must be a finite number of hours, zero or more, was " + v);
      }
    });
  }
}
