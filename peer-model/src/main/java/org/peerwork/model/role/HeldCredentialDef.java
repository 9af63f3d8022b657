package org.peerwork.model.role;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/**
 * A staff member's standing with one credential, by the credential's code (see
 * {@link CredentialCatalog}).
 */
@Value.Immutable
@JsonSerialize(as = HeldCredential.class)
@JsonDeserialize(as = HeldCredential.class)
abstract class HeldCredentialDef {

  /** The credential's code, e.g. {@code CRSW}. */
  @Value.Parameter
  @NotBlank
  @Size(max = 64)
  public abstract String getCode();

  /** Certified, in progress or none. */
  @Value.Parameter
  public abstract CredentialStatus getStatus();

  /** A certified credential. */
  public static HeldCredential certified(String code) {
    return HeldCredential.of(code, CredentialStatus.CERTIFIED);
  }

  /** A credential being worked toward. */
  public static HeldCredential inProgress(String code) {
    return HeldCredential.of(code, CredentialStatus.IN_PROGRESS);
  }

  @Override
  public String toString() {
    return getCode() + " " + getStatus().label().toLowerCase(java.util.Locale.ROOT);
  }
}
