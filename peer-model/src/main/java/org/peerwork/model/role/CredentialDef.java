package org.peerwork.model.role;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.immutables.value.Value;
import org.peerwork.model.evidence.Citation;

/** A credential: a peer certification or a clinical licence, with who issues it and where. */
@Value.Immutable
@JsonSerialize(as = Credential.class)
@JsonDeserialize(as = Credential.class)
abstract class CredentialDef {

  /** The short code, e.g. {@code CRSW}. */
  @NotBlank
  public abstract String getCode();

  /** The full name, e.g. "Certified Recovery Support Worker". */
  @NotBlank
  public abstract String getName();

  /** Peer or clinical. */
  public abstract CredentialKind getKind();

  /** Who issues it. */
  @NotBlank
  public abstract String getIssuer();

  /** Where it is valid, e.g. "New Hampshire" or "IC&amp;RC member boards". */
  @NotBlank
  public abstract String getJurisdiction();

  /** Where the facts about it come from. */
  public abstract List<@Valid Citation> getCitations();

  @Override
  public String toString() {
    return getCode() + " (" + getName() + ", " + getKind().label() + ", " + getJurisdiction() + ")";
  }
}
