package org.peerwork.examples.fhir;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumeration;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.activity.ActivityCode;
import org.peerwork.model.activity.ActivityCodeCatalog;
import org.peerwork.model.activity.CodeEntry;
import org.peerwork.model.activity.CodeSystem;
import org.peerwork.model.assignment.Setting;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.assignment.TimeWindow;
import org.peerwork.model.role.CredentialCatalog;
import org.peerwork.model.role.HeldCredential;
import org.peerwork.model.role.Role;
import org.peerwork.model.staff.StaffMember;
import org.peerwork.model.staff.SupervisorRef;
import org.peerwork.model.staff.WorkingSchedule;
import org.peerwork.model.supervision.SupervisorKind;

/**
 * Maps HL7 FHIR R4 resources to peerwork task assignments, for an EHR that keeps its worklist as
 * FHIR Tasks:
 *
 * <ul>
 *   <li>{@code Task.code}: a coding in CPT ({@value #CPT}), HCPCS ({@value #HCPCS}) or an agency's
 *       local code system gives the activity and its category, through the {@link ActivityCodeCatalog}
 *       (90791 is a clinical assessment, H0038 peer services);</li>
 *   <li>{@code Task.owner}: a PractitionerRole whose code in the NUCC taxonomy ({@value #NUCC}) gives
 *       the role ({@code 175T00000X} is a peer specialist); its {@code availableTime} gives the working
 *       schedule, its practitioner the opaque staff id, the practitioner's qualifications the
 *       credentials; the extension {@value #SUPERVISOR_EXTENSION} names the supervisor's PractitionerRole,
 *       and {@value #PEER_ROLE_TRAINED_EXTENSION} on that role says whether they took peer-role training;</li>
 *   <li>{@code Task.requester}: a PractitionerRole gives the assigning role;</li>
 *   <li>{@code Task.executionPeriod}: the time window, in the agency's local time;</li>
 *   <li>{@code Task.location}: a Location whose type in v3 RoleCode gives the setting (ER, PTRES, COMM,
 *       HU, PROFF);</li>
 *   <li>{@code Task.for}: the opaque service-user reference. No free text is copied from the EHR.</li>
 * </ul>
 *
 * <p>A resource that cannot be mapped (an unknown code, an owner that is not a PractitionerRole, a
 * resource type peerwork does not use) yields a {@link FhirMappingProblem} naming the FHIRPath and
 * what is allowed; it is never dropped silently. Immutable and thread-safe.
 */
public final class FhirTaskMapper {

  /** The CPT code system. */
  public static final String CPT = "http://www.ama-assn.org/go/cpt";
  /** The HCPCS Level II code system, as FHIR terminology names it. */
  public static final String HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
  /** The NUCC provider taxonomy. */
  public static final String NUCC = "http://nucc.org/provider-taxonomy";
  /** HL7 v3 RoleCode, used for Location.type. */
  public static final String V3_ROLE_CODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";
  /** Extension on a PractitionerRole: valueReference to the supervisor's PractitionerRole. */
  public static final String SUPERVISOR_EXTENSION = "https://peerwork.org/fhir/StructureDefinition/supervisor";
  /** Extension on a supervisor's PractitionerRole: valueBoolean, true when they took peer-role training. */
  public static final String PEER_ROLE_TRAINED_EXTENSION = "https://peerwork.org/fhir/StructureDefinition/peer-role-trained";

  private static final Set<String> HCPCS_SYSTEMS = Set.of(HCPCS, "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
      "urn:oid:2.16.840.1.113883.6.285");
  private static final Set<String> SUPPORTING_TYPES = Set.of("PractitionerRole", "Practitioner", "Location", "Patient", "Organization");
  private static final Map<String, Setting> SETTINGS = Map.of(
      "ER", Setting.EMERGENCY_DEPARTMENT, "PTRES", Setting.HOME, "COMM", Setting.COMMUNITY, "HU", Setting.INPATIENT, "PROFF", Setting.OFFICE);

  private final ActivityCodeCatalog codes;
  private final Map<String, Role> extraRoles;
  private final Set<String> localSystems;
  private final ZoneId zone;

  private FhirTaskMapper(ActivityCodeCatalog codes, Map<String, Role> extraRoles, Set<String> localSystems, ZoneId zone) {
    this.codes = codes;
    this.extraRoles = Map.copyOf(extraRoles);
    this.localSystems = Set.copyOf(localSystems);
    this.zone = zone;
  }

  /** A mapper with the standard code catalog, no extra roles, no local code systems, and each time in its own offset. */
  public static FhirTaskMapper standard() {
    return builder().build();
  }

  /** A builder, to add NUCC codes for other roles, local code systems, an agency time zone or a policy's code catalog. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FhirTaskMapper}. */
  public static final class Builder {
    private ActivityCodeCatalog codes = ActivityCodeCatalog.standard();
    private final Map<String, Role> extraRoles = new LinkedHashMap<>();
    private final Set<String> localSystems = new TreeSet<>();
    private ZoneId zone;

    private Builder() {}

    /** The code catalog to map codes with, e.g. {@code checks.context().codes()} to include a policy's extra codes. */
    public Builder codes(ActivityCodeCatalog catalog) {
      this.codes = Objects.requireNonNull(catalog, "catalog");
      return this;
    }

    /** Maps another NUCC taxonomy code to a role, e.g. {@code 1041C0700X} (clinical social worker) to {@link Role#CLINICIAN}. */
    public Builder nuccRole(String nuccCode, Role role) {
      extraRoles.put(Objects.requireNonNull(nuccCode, "nuccCode"), Objects.requireNonNull(role, "role"));
      return this;
    }

    /** A code system URI whose codes are the agency's local codes ({@link CodeSystem#LOCAL}). */
    public Builder localCodeSystem(String uri) {
      localSystems.add(Objects.requireNonNull(uri, "uri"));
      return this;
    }

    /** The agency's time zone: every time is converted to local time there. Without it, each time keeps its own offset. */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /** The mapper. */
    public FhirTaskMapper build() {
      return new FhirTaskMapper(codes, extraRoles, localSystems, zone);
    }
  }

  /**
   * Maps every Task of the bundle. Tasks that cannot be mapped, and resources of a type peerwork does
   * not use, are returned as problems; the others as task assignments.
   */
  public FhirMapping map(Bundle bundle) {
    Objects.requireNonNull(bundle, "bundle");
    Index index = new Index(bundle);
    List<MappedTask> tasks = new ArrayList<>();
    List<FhirMappingProblem> problems = new ArrayList<>();
    int taskCount = 0;
    List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
    for (int i = 0; i < entries.size(); i++) {
      Resource r = entries.get(i).getResource();
      String base = "Bundle.entry[" + i + "].resource";
      if (r == null) {
        problems.add(new FhirMappingProblem("Bundle.entry[" + i + "]", "Bundle", "entry has no resource"));
      } else if (r instanceof Task task) {
        taskCount++;
        List<FhirMappingProblem> own = new ArrayList<>();
        MappedTask m = mapTask(task, i, base, index, own);
        if (own.isEmpty()) {
          tasks.add(m);
        } else {
          problems.addAll(own);
        }
      } else if (!SUPPORTING_TYPES.contains(r.fhirType())) {
        problems.add(new FhirMappingProblem(base, ref(r), "resource type " + r.fhirType()
            + " is not used to build task assignments; allowed: Task, " + String.join(", ", new TreeSet<>(SUPPORTING_TYPES))));
      }
    }
    return new FhirMapping(tasks, problems, taskCount);
  }

  /** Maps every Task, or throws a {@link FhirMappingException} listing every resource that cannot be mapped. */
  public List<TaskAssignment> mapStrict(Bundle bundle) {
    FhirMapping m = map(bundle);
    if (!m.isComplete()) {
      throw new FhirMappingException(m.problems());
    }
    return m.tasks().stream().map(MappedTask::assignment).toList();
  }

  private MappedTask mapTask(Task task, int entry, String base, Index index, List<FhirMappingProblem> problems) {
    String self = ref(task);
    String id = task.getIdElement().getIdPart();
    if (id == null || id.isBlank()) {
      problems.add(new FhirMappingProblem(base + ".id", self, "a Task needs an id: it becomes the assignment id findings name"));
      return null;
    }
    TaskAssignment.Builder b = TaskAssignment.builder().id(id);

    // activity
    Map<Integer, Integer> codingOfCode = new HashMap<>();
    Activity activity = activity(task.getCode(), base + ".code", self, problems, codingOfCode);
    if (activity != null) {
      b.activity(activity);
    }

    // assignee
    if (!task.hasOwner()) {
      problems.add(new FhirMappingProblem(base + ".owner", self, "a Task needs an owner: a PractitionerRole whose code names the role"));
    } else {
      PractitionerRole owner = practitionerRole(task.getOwner(), base + ".owner", self, index, problems);
      if (owner != null) {
        StaffMember staff = staff(owner, base + ".owner", self, index, problems);
        if (staff != null) {
          b.assignee(staff);
        }
      }
    }

    // assigned by
    if (task.hasRequester() && "PractitionerRole".equals(typeOf(task.getRequester()))) {
      PractitionerRole requester = practitionerRole(task.getRequester(), base + ".requester", self, index, problems);
      if (requester != null) {
        role(requester, base + ".requester", self, problems).ifPresent(b::assignedBy);
      }
    }

    // window
    if (task.hasExecutionPeriod()) {
      window(task.getExecutionPeriod(), base + ".executionPeriod", self, problems).ifPresent(b::window);
    }

    // setting
    if (task.hasLocation()) {
      Resource loc = index.resolve(task.getLocation());
      if (!(loc instanceof Location location)) {
        problems.add(new FhirMappingProblem(base + ".location", self, "the location must be a Location in the bundle"));
      } else {
        Setting setting = null;
        for (CodeableConcept type : location.getType()) {
          for (Coding c : type.getCoding()) {
            if (V3_ROLE_CODE.equals(c.getSystem()) && SETTINGS.containsKey(c.getCode())) {
              setting = SETTINGS.get(c.getCode());
            }
          }
        }
        if (setting == null) {
          problems.add(new FhirMappingProblem(base + ".location", self, "the Location's type must have a " + V3_ROLE_CODE
              + " code peerwork knows; allowed: " + String.join(", ", new TreeSet<>(SETTINGS.keySet()))));
        } else {
          b.setting(setting);
        }
      }
    }

    // service user, by opaque reference only
    if (task.hasFor() && task.getFor().hasReference()) {
      IdType patient = new IdType(task.getFor().getReference());
      if (patient.hasIdPart()) {
        b.serviceUserRef((patient.hasResourceType() ? patient.getResourceType() + "/" : "") + patient.getIdPart());
      }
    }

    if (!problems.isEmpty()) {
      return null;
    }
    return new MappedTask(b.build(), entry, self, codingOfCode);
  }

  private Activity activity(CodeableConcept code, String path, String self, List<FhirMappingProblem> problems, Map<Integer, Integer> codingOfCode) {
    if (code == null || !code.hasCoding()) {
      problems.add(new FhirMappingProblem(path, self, "a Task needs a code: a CPT, HCPCS or local code for the activity"));
      return null;
    }
    Activity.Builder a = Activity.builder();
    ActivityCategory category = null;
    String display = null;
    List<String> unknown = new ArrayList<>();
    List<Coding> codings = code.getCoding();
    for (int j = 0; j < codings.size(); j++) {
      Coding c = codings.get(j);
      CodeSystem system = systemOf(c.getSystem());
      if (system == null || c.getCode() == null || c.getCode().isBlank()) {
        continue;
      }
      ActivityCode ac = ActivityCode.of(system, c.getCode());
      Optional<CodeEntry> entry = codes.find(ac);
      if (entry.isEmpty()) {
        unknown.add(ac.toString());
        continue;
      }
      codingOfCode.put(codingOfCode.size(), j);
      a.addCode(ac);
      if (category == null) {
        category = entry.get().getCategory();
        display = entry.get().getDisplay();
      }
    }
    if (category == null) {
      problems.add(new FhirMappingProblem(path + ".coding", self, (unknown.isEmpty()
          ? "no coding in a code system peerwork reads (" + CPT + ", " + HCPCS + (localSystems.isEmpty() ? "" : ", " + String.join(", ", localSystems)) + ")"
          : "no code peerwork knows: " + String.join(", ", unknown))
          + "; known codes: " + codes.all().stream().map(e -> e.getCode().getCode()).sorted().distinct().reduce((x, y) -> x + ", " + y).orElse("none")));
      return null;
    }
    return a.category(category).text(display).build();
  }

  private CodeSystem systemOf(String uri) {
    if (uri == null) {
      return null;
    }
    if (CPT.equals(uri)) {
      return CodeSystem.CPT;
    }
    if (HCPCS_SYSTEMS.contains(uri)) {
      return CodeSystem.HCPCS;
    }
    if (localSystems.contains(uri)) {
      return CodeSystem.LOCAL;
    }
    return null;
  }

  private PractitionerRole practitionerRole(Reference reference, String path, String self, Index index, List<FhirMappingProblem> problems) {
    Resource r = index.resolve(reference);
    if (r instanceof PractitionerRole pr) {
      return pr;
    }
    problems.add(new FhirMappingProblem(path, self, r == null
        ? "the reference does not resolve to a resource in the bundle; it must name a PractitionerRole entry"
        : "must reference a PractitionerRole (its code names the role), not a " + r.fhirType()));
    return null;
  }

  private Optional<Role> role(PractitionerRole pr, String path, String self, List<FhirMappingProblem> problems) {
    List<String> seen = new ArrayList<>();
    for (CodeableConcept cc : pr.getCode()) {
      for (Coding c : cc.getCoding()) {
        if (NUCC.equals(c.getSystem()) && c.getCode() != null) {
          Role mapped = extraRoles.get(c.getCode());
          if (mapped == null) {
            mapped = Role.fromNuccCode(c.getCode()).orElse(null);
          }
          if (mapped != null) {
            return Optional.of(mapped);
          }
          seen.add(c.getCode());
        }
      }
    }
    Set<String> known = new TreeSet<>(extraRoles.keySet());
    for (Role r : Role.values()) {
      r.nuccCode().ifPresent(known::add);
    }
    problems.add(new FhirMappingProblem(path, ref(pr), (seen.isEmpty()
        ? "the PractitionerRole has no " + NUCC + " code"
        : "NUCC code " + String.join(", ", seen) + " is not mapped to a role")
        + "; known: " + String.join(", ", known) + " (map more with FhirTaskMapper.builder().nuccRole(..)), referenced from " + self));
    return Optional.empty();
  }

  private StaffMember staff(PractitionerRole pr, String path, String self, Index index, List<FhirMappingProblem> problems) {
    Optional<Role> role = role(pr, path, self, problems);
    if (role.isEmpty()) {
      return null;
    }
    String staffId = pr.getIdElement().getIdPart();
    StaffMember.Builder s = StaffMember.builder().role(role.get());
    if (pr.hasPractitioner()) {
      Resource p = index.resolve(pr.getPractitioner());
      if (p instanceof Practitioner practitioner) {
        staffId = practitioner.getIdElement().getIdPart();
        for (Practitioner.PractitionerQualificationComponent q : practitioner.getQualification()) {
          for (Coding c : q.getCode().getCoding()) {
            if (c.getCode() != null && CredentialCatalog.standard().find(c.getCode()).isPresent()) {
              s.addCredential(HeldCredential.certified(c.getCode()));
            }
          }
        }
      } else {
        IdType id = new IdType(pr.getPractitioner().getReference());
        if (id.hasIdPart()) {
          staffId = id.getIdPart();
        }
      }
    }
    if (staffId == null || staffId.isBlank()) {
      problems.add(new FhirMappingProblem(path, self, "the owner needs an id (the PractitionerRole's or its Practitioner's)"));
      return null;
    }
    s.id(staffId);
    schedule(pr, path, self, problems).ifPresent(s::schedule);
    Extension sup = pr.getExtensionByUrl(SUPERVISOR_EXTENSION);
    if (sup != null) {
      if (!(sup.getValue() instanceof Reference supRef)) {
        problems.add(new FhirMappingProblem(path, ref(pr), "the extension " + SUPERVISOR_EXTENSION + " needs a valueReference to a PractitionerRole"));
        return null;
      }
      PractitionerRole supervisor = practitionerRole(supRef, path + ".extension('" + SUPERVISOR_EXTENSION + "')", self, index, problems);
      if (supervisor == null) {
        return null;
      }
      Optional<Role> supRole = role(supervisor, path, self, problems);
      if (supRole.isEmpty()) {
        return null;
      }
      Extension trained = supervisor.getExtensionByUrl(PEER_ROLE_TRAINED_EXTENSION);
      boolean peerRoleTrained = trained != null && trained.getValue() instanceof BooleanType bt && bt.booleanValue();
      String supId = supervisor.hasPractitioner() && new IdType(supervisor.getPractitioner().getReference()).hasIdPart()
          ? new IdType(supervisor.getPractitioner().getReference()).getIdPart()
          : supervisor.getIdElement().getIdPart();
      s.supervisor(SupervisorRef.builder().staffId(supId)
          .kind(supRole.get().isPeer() ? SupervisorKind.PEER : SupervisorKind.CLINICAL)
          .peerRoleTrained(peerRoleTrained).build());
    }
    return s.build();
  }

  private Optional<WorkingSchedule> schedule(PractitionerRole pr, String path, String self, List<FhirMappingProblem> problems) {
    if (!pr.hasAvailableTime()) {
      return Optional.empty();
    }
    if (pr.getAvailableTime().size() > 1) {
      problems.add(new FhirMappingProblem(path, ref(pr), "peerwork reads one availableTime (working days with one start and end time); found "
          + pr.getAvailableTime().size()));
      return Optional.empty();
    }
    PractitionerRole.PractitionerRoleAvailableTimeComponent t = pr.getAvailableTime().get(0);
    WorkingSchedule.Builder w = WorkingSchedule.builder();
    for (Enumeration<PractitionerRole.DaysOfWeek> d : t.getDaysOfWeek()) {
      if (d.getValue() != null) {
        w.addWorkingDay(day(d.getValue()));
      }
    }
    try {
      LocalTime start = t.getAllDay() ? LocalTime.MIN : LocalTime.parse(t.getAvailableStartTime());
      LocalTime end = t.getAllDay() ? LocalTime.MAX : LocalTime.parse(t.getAvailableEndTime());
      if (!end.isAfter(start)) {
        problems.add(new FhirMappingProblem(path, ref(pr), "availableTime must end after it starts"));
        return Optional.empty();
      }
      return Optional.of(w.start(start).end(end).build());
    } catch (DateTimeParseException | NullPointerException e) {
      problems.add(new FhirMappingProblem(path, ref(pr), "availableTime needs availableStartTime and availableEndTime such as 09:00:00, or allDay"));
      return Optional.empty();
    }
  }

  private static DayOfWeek day(PractitionerRole.DaysOfWeek d) {
    switch (d) {
      case MON: return DayOfWeek.MONDAY;
      case TUE: return DayOfWeek.TUESDAY;
      case WED: return DayOfWeek.WEDNESDAY;
      case THU: return DayOfWeek.THURSDAY;
      case FRI: return DayOfWeek.FRIDAY;
      case SAT: return DayOfWeek.SATURDAY;
      case SUN: return DayOfWeek.SUNDAY;
      default: throw new IllegalArgumentException("not a day of the week: " + d);
    }
  }

  private Optional<TimeWindow> window(Period period, String path, String self, List<FhirMappingProblem> problems) {
    if (!period.hasStart() || !period.hasEnd()) {
      problems.add(new FhirMappingProblem(path, self, "executionPeriod needs both a start and an end"));
      return Optional.empty();
    }
    LocalDateTime start = local(period.getStartElement());
    LocalDateTime end = local(period.getEndElement());
    if (!end.isAfter(start)) {
      problems.add(new FhirMappingProblem(path, self, "executionPeriod must end after it starts"));
      return Optional.empty();
    }
    return Optional.of(TimeWindow.of(start, end));
  }

  private LocalDateTime local(DateTimeType t) {
    ZoneId z = zone != null ? zone : (t.getTimeZone() != null ? t.getTimeZone().toZoneId() : ZoneId.of("UTC"));
    return LocalDateTime.ofInstant(t.getValue().toInstant(), z);
  }

  private static String typeOf(Reference reference) {
    if (reference.hasType()) {
      return reference.getType();
    }
    if (reference.hasReference()) {
      IdType id = new IdType(reference.getReference());
      return id.getResourceType();
    }
    return null;
  }

  static String ref(Resource r) {
    String id = r.getIdElement().getIdPart();
    return r.fhirType() + (id == null ? "" : "/" + id);
  }

  /** Finds bundle entries by full URL and by type/id. */
  private static final class Index {
    private final Map<String, Resource> byKey = new HashMap<>();

    Index(Bundle bundle) {
      for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
        Resource r = e.getResource();
        if (r == null) {
          continue;
        }
        if (e.hasFullUrl()) {
          byKey.putIfAbsent(e.getFullUrl(), r);
        }
        String id = r.getIdElement().getIdPart();
        if (id != null) {
          byKey.putIfAbsent(r.fhirType() + "/" + id, r);
        }
      }
    }

    Resource resolve(Reference reference) {
      if (reference == null || !reference.hasReference()) {
        return null;
      }
      String ref = reference.getReference();
      Resource r = byKey.get(ref);
      if (r != null) {
        return r;
      }
      IdType id = new IdType(ref);
      if (id.hasResourceType() && id.hasIdPart()) {
        return byKey.get(id.getResourceType() + "/" + id.getIdPart());
      }
      return null;
    }
  }
}
