package org.peerwork.model.role;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerwork.model.internal.BundledJson;

/**
 * The credentials peerwork knows, bundled as {@code credentials.json}: the study's CRSW and CPS,
 * the IC&amp;RC Peer Recovery credential, and the clinical LADC, MLADC and LICSW as contrast.
 */
public final class CredentialCatalog {

  private static final CredentialCatalog STANDARD = new CredentialCatalog(
      BundledJson.read(CredentialCatalog.class, "/org/peerwork/model/credentials.json", new TypeReference<List<Credential>>() {}));

  private final Map<String, Credential> byCode;

  private CredentialCatalog(List<Credential> credentials) {
    Map<String, Credential> map = new LinkedHashMap<>();
    for (Credential c : credentials) {
      if (map.put(c.getCode(), c) != null) {
        throw new IllegalStateException("credentials.json: duplicate code " + c.getCode());
      }
    }
    this.byCode = Collections.unmodifiableMap(map);
  }

  /** The bundled catalog. */
  public static CredentialCatalog standard() {
    return STANDARD;
  }

  /** The credential with this code, if known. */
  public Optional<Credential> find(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  /** Every credential in the catalog. */
  public Collection<Credential> all() {
    return byCode.values();
  }

  @Override
  public String toString() {
    return "CredentialCatalog" + byCode.keySet();
  }
}
