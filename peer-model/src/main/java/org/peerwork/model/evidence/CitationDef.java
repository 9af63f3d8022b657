package org.peerwork.model.evidence;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;
import org.peerwork.model.PeerStyle;

/**
 * Where a norm, criterion or rule comes from: a source id from the {@link SourceCatalog} and a
 * locator inside that source (a section, a table, a code).
 *
 * <p>Create with {@code Citation.of("ALMEIDA2020", "Results: Hiring")}. {@code toString()} reads
 * like a reference: {@code ALMEIDA2020, Results: Hiring}.
 */
@Value.Immutable
@PeerStyle
@JsonSerialize(as = Citation.class)
@JsonDeserialize(as = Citation.class)
abstract class CitationDef {

  /** The id of the source in the {@link SourceCatalog}, e.g. {@code ALMEIDA2020}. */
  @Value.Parameter
  @NotBlank
  public abstract String getSourceId();

  /** Where in the source: a section, table or code, e.g. {@code Results: Hiring}. */
  @Value.Parameter
  @NotBlank
  public abstract String getLocator();

  /** True when the citation records a design choice of peerwork rather than an outside source. */
  @JsonIgnore
  public boolean isDesignChoice() {
    return SourceCatalog.PEERWORK.equals(getSourceId());
  }

  @Override
  public String toString() {
    return getSourceId() + ", " + getLocator();
  }
}
