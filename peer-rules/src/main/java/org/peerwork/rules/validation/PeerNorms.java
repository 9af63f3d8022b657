package org.peerwork.rules.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.peerwork.rules.Severity;

/**
 * Runs the standard peer checks on a peerwork document when a Jakarta Bean Validation provider
 * validates it, so a vendor already validating with, say, Hibernate Validator gets findings as
 * constraint violations. Put it on a field, getter, parameter or type argument holding a task
 * assignment, roster, job description or any other {@link org.peerwork.model.PeerDocument}:
 *
 * <pre>{@code
 * class WorklistEntry {
 *   @PeerNorms TaskAssignment task;                       // ERROR findings
 *   @PeerNorms(minimum = Severity.WARNING) Roster week;   // ERROR and WARNING findings
 *   List<@PeerNorms TaskAssignment> backlog;
 * }
 * }</pre>
 *
 * <p>Each finding at or above {@link #minimum()} becomes one violation whose message is the finding's
 * message and whose property path continues from the annotated element along the finding's location,
 * for example {@code task.activity.codes[0]} or {@code week.staff[id=s-1]}. A finding about the
 * document as a whole points at the annotated element itself. {@link #message()} is not used.
 */
@Documented
@Constraint(validatedBy = PeerNormsValidator.class)
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PeerNorms {

  /** Not shown: each violation carries its finding's own message. */
  String message() default "breaks peer norms";

  /** Validation groups, as for any constraint. */
  Class<?>[] groups() default {};

  /** Payload, as for any constraint. */
  Class<? extends Payload>[] payload() default {};

  /** The least severity reported as a violation; ERROR by default. */
  Severity minimum() default Severity.ERROR;
}
