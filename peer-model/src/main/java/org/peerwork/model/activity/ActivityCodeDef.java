package org.peerwork.model.activity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/** A procedure code naming an activity: HCPCS {@code H0038}, CPT {@code 90791}, or a local code. */
@Value.Immutable
@JsonSerialize(as = ActivityCode.class)
@JsonDeserialize(as = ActivityCode.class)
abstract class ActivityCodeDef {

  /** The code system. */
  @Value.Parameter
  public abstract CodeSystem getSystem();

  /** The code, as the system writes it. */
  @Value.Parameter
  @NotBlank
  @Size(max = 64)
  public abstract String getCode();

  /** An HCPCS Level II code such as H0038. */
  public static ActivityCode hcpcs(String code) {
    return ActivityCode.of(CodeSystem.HCPCS, code);
  }

  /** A CPT code such as 90791. */
  public static ActivityCode cpt(String code) {
    return ActivityCode.of(CodeSystem.CPT, code);
  }

  /** An agency's local code. */
  public static ActivityCode local(String code) {
    return ActivityCode.of(CodeSystem.LOCAL, code);
  }

  @Override
  public String toString() {
    return getSystem() + " " + getCode();
  }
}
