package org.peerwork.model.evidence;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerwork.model.internal.BundledJson;

/**
 * The public sources peerwork cites, bundled as {@code sources.json} and loaded once.
 *
 * <p>Citations refer to sources by id. {@link #PEERWORK} is the id for a design choice of the
 * peerwork developers: where no outside source settles a question (a default threshold, a
 * grouping), the choice is ours and cited as such.
 */
public final class SourceCatalog {

  /** The study: Almeida et al., J Participat Med 2020;12(4):e17053 (CC BY 4.0). */
  public static final String ALMEIDA2020 = "ALMEIDA2020";
  /** National Association of Peer Supporters, National Practice Guidelines (2013). */
  public static final String NAPS2013 = "NAPS2013";
  /** N.A.P.S. National Practice Guidelines for Peer Specialists and Supervisors. */
  public static final String NAPS_S = "NAPS-S";
  /** SAMHSA Core Competencies for Peer Workers in Behavioral Health Services (2015). */
  public static final String SAMHSA2015 = "SAMHSA2015";
  /** SAMHSA expert panel chart: what a peer specialist is and is not (2012). */
  public static final String SAMHSA2012 = "SAMHSA2012";
  /** IC&amp;RC Peer Recovery credential and its code of ethics. */
  public static final String ICRC_PR = "ICRC-PR";
  /** State peer specialist codes of ethics. */
  public static final String STATE_ETHICS = "STATE-ETHICS";
  /** CMS State Medicaid Director Letter #07-011 on peer support services (2007). */
  public static final String CMS_SMDL_07_011 = "CMS-SMDL-07-011";
  /** CMS FAQ on Medicaid and CHIP coverage of peer support services (June 2024). */
  public static final String CMS_FAQ_2024 = "CMS-FAQ-2024";
  /** New Hampshire Alc 300: certification of recovery support workers (CRSW). */
  public static final String NH_ALC_300 = "NH-ALC-300";
  /** New Hampshire He-M 402: peer support agencies. */
  public static final String NH_HEM_402 = "NH-HEM-402";
  /** North Carolina Medicaid Clinical Coverage Policy 8G, peer support services. */
  public static final String NC_MEDICAID_8G = "NC-MEDICAID-8G";
  /** NAADAC National Certified Peer Recovery Support Specialist code of ethics. */
  public static final String NAADAC_NCPRSS = "NAADAC-NCPRSS";
  /** HCPCS Level II code set. */
  public static final String HCPCS = "HCPCS";
  /** CPT code set. */
  public static final String CPT = "CPT";
  /** NUCC Health Care Provider Taxonomy. */
  public static final String NUCC = "NUCC";
  /** A design choice of the peerwork developers, not an outside source. */
  public static final String PEERWORK = "PEERWORK";

  private static final SourceCatalog STANDARD = load();

  private final Map<String, Source> byId;

  private SourceCatalog(Map<String, Source> byId) {
    this.byId = Collections.unmodifiableMap(byId);
  }

  /** The bundled catalog. */
  public static SourceCatalog standard() {
    return STANDARD;
  }

  /** The source with this id, if the catalog has it. */
  public Optional<Source> find(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  /** True when the catalog has a source with this id. */
  public boolean contains(String id) {
    return id != null && byId.containsKey(id);
  }

  /** Every source, in the order of the bundled file. */
  public Collection<Source> all() {
    return byId.values();
  }

  private static SourceCatalog load() {
    List<Source> sources = BundledJson.read(SourceCatalog.class, "/org/peerwork/model/sources.json", new TypeReference<List<Source>>() {});
    Map<String, Source> map = new LinkedHashMap<>();
    for (Source s : sources) {
      if (map.put(s.getId(), s) != null) {
        throw new IllegalStateException("sources.json: duplicate source id " + s.getId());
      }
    }
    return new SourceCatalog(map);
  }

  @Override
  public String toString() {
    return "SourceCatalog" + byId.keySet();
  }
}
