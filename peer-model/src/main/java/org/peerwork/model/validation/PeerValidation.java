package org.peerwork.model.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Validates peerwork values with the Jakarta Bean Validation provider on the class path (for example
 * Hibernate Validator). The constraints sit on the values' getters, so any provider sees them; this
 * class only saves building the factory and sorts the result.
 *
 * <p>The factory is built once, on first use. Without a provider on the class path, every method
 * throws an {@link IllegalStateException} that says so.
 */
public final class PeerValidation {

  private PeerValidation() {}

  private static final class Holder {
    static final Validator VALIDATOR = build();

    private static Validator build() {
      try {
        ValidatorFactory factory = Validation.byDefaultProvider().configure()
            .messageInterpolator(new jakarta.validation.MessageInterpolator() {
              private final jakarta.validation.MessageInterpolator base = Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

              @Override
              public String interpolate(String template, Context context) {
                return base.interpolate(template, context, java.util.Locale.ROOT);
              }

              @Override
              public String interpolate(String template, Context context, java.util.Locale locale) {
                return base.interpolate(template, context, locale);
              }
            })
            .buildValidatorFactory();
        return factory.getValidator();
      } catch (NoProviderFoundException e) {
        throw new IllegalStateException("no Jakarta Bean Validation provider on the class path; add one such as org.hibernate.validator:hibernate-validator", e);
      }
    }
  }

  /** The violations of {@code value}'s constraints, sorted by path; empty when it is valid. */
  public static List<ConstraintProblem> validate(Object value) {
    Objects.requireNonNull(value, "value");
    Set<ConstraintViolation<Object>> violations = Holder.VALIDATOR.validate(value);
    List<ConstraintProblem> out = new ArrayList<>(violations.size());
    for (ConstraintViolation<Object> v : violations) {
      out.add(new ConstraintProblem(v.getPropertyPath().toString(), v.getMessageTemplate(), v.getMessage()));
    }
    out.sort(Comparator.comparing(ConstraintProblem::path).thenComparing(ConstraintProblem::message));
    return out;
  }

  /** Throws a {@link PeerValidationException} listing the violations, if there are any. */
  public static <T> T requireValid(T value) {
    List<ConstraintProblem> problems = validate(value);
    if (!problems.isEmpty()) {
      throw new PeerValidationException(value.getClass().getSimpleName(), problems);
    }
    return value;
  }
}
