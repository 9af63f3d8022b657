package org.peerwork.rules;

import java.util.Objects;
import java.util.function.Supplier;
import org.peerwork.model.activity.ActivityCodeCatalog;
import org.peerwork.model.boundary.BoundaryNorms;
import org.peerwork.rules.policy.Policy;
import org.peerwork.rules.policy.Threshold;
import org.peerwork.rules.text.DutyClassifier;

/**
 * What a rule may consult while it checks a document: the policy in force, the boundary norm table
 * and the activity code catalog with the policy's overlays applied, and values that the rules of
 * one check share ({@link #shared}).
 *
 * <p>A {@link PeerChecks} holds one context, immutable and shared by all its checks. For a check
 * whose rules read the same thing (the duties of a job description, the text of a posting) it makes
 * a context for that one check, which keeps what they share until the check ends: nothing outlives
 * a check, and nothing is kept per thread.
 */
public final class RuleContext {

  private final Policy policy;
  private final BoundaryNorms norms;
  private final ActivityCodeCatalog codes;
  /** The context this one was made from for a single check; null for a context of its own. */
  private final RuleContext parent;
  /** What the rules of a single check share; null for a context that is not made for one check. */
  private final Shared shared;
  private volatile DutyClassifier dutyClassifier;

  RuleContext(Policy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.norms = BoundaryNorms.standard().withOverrides(policy.getNormOverrides());
    this.codes = policy.getExtraCodes().isEmpty() ? ActivityCodeCatalog.standard() : ActivityCodeCatalog.standard().with(policy.getExtraCodes());
    this.parent = null;
    this.shared = null;
  }

  private RuleContext(RuleContext parent) {
    this.policy = parent.policy;
    this.norms = parent.norms;
    this.codes = parent.codes;
    this.parent = parent;
    this.shared = new Shared();
  }

  /**
   * A name for a value that the rules of one check share, such as the reading of a job
   * description's duties. Keys are compared by identity: declare each once, as a constant.
   *
   * @param <V> the type of the value
   */
  public static final class Key<V> {
    private final String name;

    private Key(String name) {
      this.name = name;
    }

    /** A new key; {@code name} is for people reading a {@code toString}. */
    public static <V> Key<V> named(String name) {
      return new Key<>(Objects.requireNonNull(name, "name"));
    }

    @Override
    public String toString() {
      return "Key(" + name + ")";
    }
  }

  /** What the rules of one check share: a few entries, looked up by key and by the identity of what they were worked out from. */
  private static final class Shared {
    private Key<?>[] keys = new Key<?>[4];
    private Object[] from = new Object[4];
    private Object[] values = new Object[4];
    private int size;

    Object get(Key<?> key, Object of) {
      for (int i = 0; i < size; i++) {
        if (keys[i] == key && from[i] == of) {
          return values[i];
        }
      }
      return null;
    }

    void put(Key<?> key, Object of, Object value) {
      for (int i = 0; i < size; i++) {
        if (keys[i] == key) {
          from[i] = of;
          values[i] = value;
          return;
        }
      }
      if (size == keys.length) {
        keys = java.util.Arrays.copyOf(keys, size * 2);
        from = java.util.Arrays.copyOf(from, size * 2);
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      keys[size] = key;
      from[size] = of;
      values[size++] = value;
    }
  }

  /** A context for one check: the same policy, norms, codes and classifier, and a fresh place for shared values. */
  RuleContext forCheck() {
    return new RuleContext(parent == null ? this : parent);
  }

  /** Gives the rules of this check a value worked out before the check started (a parsed posting's reading). */
  <V> void share(Key<V> key, Object of, V value) {
    if (shared != null) {
      shared.put(key, Objects.requireNonNull(of, "of"), Objects.requireNonNull(value, "value"));
    }
  }

  /**
   * A value worked out from {@code of} (the document checked, or a part of it), shared by the rules
   * of one check: the first rule that asks computes it, and later rules of the same check asking
   * with the same key and the same {@code of} (by identity) get that value. In a context that is not
   * made for one check (such as {@link #standard()}) nothing is kept, and each call computes.
   *
   * <p>The value must depend only on {@code of} and this context, so that sharing it never changes a
   * finding. A context made for one check belongs to the thread running that check.
   */
  public <V> V shared(Key<V> key, Object of, Supplier<? extends V> compute) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(of, "of");
    Objects.requireNonNull(compute, "compute");
    if (shared == null) {
      return Objects.requireNonNull(compute.get(), "computed value");
    }
    @SuppressWarnings("unchecked")
    V known = (V) shared.get(key, of);
    if (known != null) {
      return known;
    }
    V v = Objects.requireNonNull(compute.get(), "computed value");
    shared.put(key, of, v);
    return v;
  }

  /** A context for the standard policy, for tests and examples. */
  public static RuleContext standard() {
    return new RuleContext(Policy.standard());
  }

  /** A context for this policy. */
  public static RuleContext of(Policy policy) {
    return new RuleContext(policy);
  }

  /** The policy in force. */
  public Policy policy() {
    return policy;
  }

  /** The boundary norm table, with the policy's overrides. */
  public BoundaryNorms norms() {
    return norms;
  }

  /** The activity code catalog, with the policy's extra codes. */
  public ActivityCodeCatalog codes() {
    return codes;
  }

  /**
   * The duty classifier for duties written in words, with the policy's extra lexicon phrases. Built
   * on first use and then shared; immutable and thread-safe.
   */
  public DutyClassifier dutyClassifier() {
    if (parent != null) {
      return parent.dutyClassifier();
    }
    DutyClassifier c = dutyClassifier;
    if (c == null) {
      c = DutyClassifier.standard().withExtraPhrases(policy.getExtraPhrases());
      dutyClassifier = c; // a race builds equal, immutable classifiers: harmless
    }
    return c;
  }

  /** A threshold's value under the policy. */
  public double threshold(Threshold threshold) {
    return policy.threshold(threshold);
  }

  /** The severity of a rule under the policy. */
  public Severity severityOf(RuleMetadata rule) {
    Severity s = policy.getSeverityOverrides().get(rule.getId());
    return s == null ? rule.getDefaultSeverity() : s;
  }

  /** A finding pre-filled with the rule's id, effective severity, theme, suggestion and citations. */
  public Finding.Builder newFinding(RuleMetadata rule, DocumentType type, String subjectId, Location location, Message message) {
    return Finding.builder()
        .ruleId(rule.getId())
        .severity(severityOf(rule))
        .theme(rule.getTheme())
        .subjectType(type)
        .subjectId(subjectId)
        .location(location)
        .message(message)
        .suggestion(rule.getSuggestion())
        .citations(rule.getCitations());
  }
}
