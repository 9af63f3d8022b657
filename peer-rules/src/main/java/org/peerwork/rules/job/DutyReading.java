package org.peerwork.rules.job;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.job.Duty;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.text.TextSpan;
import org.peerwork.rules.ContextFlag;
import org.peerwork.rules.Evidence;
import org.peerwork.rules.Location;
import org.peerwork.rules.RuleContext;
import org.peerwork.rules.text.DutyClassification;
import org.peerwork.rules.text.DutyClassifier;
import org.peerwork.rules.text.DutyEvidence;
import org.peerwork.rules.text.DutyLabel;

/**
 * One duty of a job description as the rules read it: a coded duty by its activity, a duty in words
 * through the context's classifier. Spans point into the posting when the duty carries a span that
 * quotes the job description's source text.
 */
final class DutyReading {

  /** What a duty asks, with where to point a finding and what to quote. */
  record Signal(ActivityCategory category, Location location, Evidence evidence) {}

  final int index;
  final Duty duty;
  final Optional<ActivityCategory> coded;
  final DutyClassification text;
  final boolean spansInSource;

  private DutyReading(int index, Duty duty, Optional<ActivityCategory> coded, DutyClassification text, boolean spansInSource) {
    this.index = index;
    this.duty = duty;
    this.coded = coded;
    this.text = text;
    this.spansInSource = spansInSource;
  }

  /**
   * The last job description this thread read, with its readings: the job rules of one check read the
   * same duties one after another. A pure cache, confined to the thread, keyed by the identity of the
   * job description and of the classifier, holding the job description only weakly: results are the
   * same with or without it.
   */
  private static final class Memo {
    WeakReference<JobDescription> jd = new WeakReference<>(null);
    DutyClassifier classifier;
    List<DutyReading> readings;
  }

  private static final ThreadLocal<Memo> MEMO = ThreadLocal.withInitial(Memo::new);
  private static final int MAX_CACHED_DUTIES = 500;

  /** Every duty of a job description, read. */
  static List<DutyReading> of(JobDescription jd, RuleContext ctx) {
    Memo m = MEMO.get();
    DutyClassifier c = ctx.dutyClassifier();
    if (m.jd.get() == jd && m.classifier == c) {
      return m.readings;
    }
    List<DutyReading> readings = List.copyOf(read(jd, c));
    if (jd.getDuties().size() > MAX_CACHED_DUTIES) {
      return readings; // not kept: a huge job description is not retained
    }
    m.jd = new WeakReference<>(jd);
    m.classifier = c;
    m.readings = readings;
    return readings;
  }

  private static List<DutyReading> read(JobDescription jd, DutyClassifier classifier) {
    List<Duty> duties = jd.getDuties();
    List<DutyReading> out = new ArrayList<>(duties.size());
    for (int i = 0; i < duties.size(); i++) {
      Duty d = duties.get(i);
      if (d.getActivity().isPresent()) {
        out.add(new DutyReading(i, d, Optional.of(d.getActivity().get().getCategory()), null, false));
      } else {
        boolean inSource = DutyClassifier.spanInSource(d, jd.getSourceText()).isPresent();
        out.add(new DutyReading(i, d, Optional.empty(), classifier.classify(d, jd.getSourceText()), inSource));
      }
    }
    return out;
  }

  /** The duty's path. */
  String path() {
    return "duties[" + index + "]";
  }

  /** True when the duty is listed as something the role does NOT do. */
  boolean excluded() {
    return duty.isExcluded();
  }

  /**
   * What the duty asks the role to do, for categories that pass {@code wanted}: a coded activity
   * unless the duty is excluded, else the first affirmed evidence of each category.
   */
  List<Signal> affirmed(Predicate<ActivityCategory> wanted) {
    List<Signal> out = new ArrayList<>();
    if (coded.isPresent()) {
      ActivityCategory c = coded.get();
      if (!duty.isExcluded() && wanted.test(c)) {
        out.add(new Signal(c, Location.at(path() + ".activity.category"),
            Evidence.builder().quote(duty.getText()).putFact("category", c.name()).build()));
      }
      return out;
    }
    Set<ActivityCategory> seen = EnumSet.noneOf(ActivityCategory.class);
    for (DutyEvidence e : text.getEvidence()) {
      if (e.isAffirmed() && wanted.test(e.getCategory()) && seen.add(e.getCategory())) {
        out.add(signal(e));
      }
    }
    return out;
  }

  /** Negated or excluded evidence of categories that pass {@code wanted} (what the duty says is NOT done). */
  List<Signal> negated(Predicate<ActivityCategory> wanted) {
    List<Signal> out = new ArrayList<>();
    if (coded.isPresent()) {
      ActivityCategory c = coded.get();
      if (duty.isExcluded() && wanted.test(c)) {
        out.add(new Signal(c, Location.at(path() + ".activity.category"),
            Evidence.builder().quote(duty.getText()).addContext(ContextFlag.EXCLUDED_SECTION).putFact("category", c.name()).build()));
      }
      return out;
    }
    for (DutyEvidence e : text.getEvidence()) {
      if (e.isNegated() && !e.getContext().contains(ContextFlag.PSEUDO_NEGATION) && wanted.test(e.getCategory())) {
        out.add(signal(e));
        break;
      }
    }
    return out;
  }

  private Signal signal(DutyEvidence e) {
    Location loc = spansInSource ? Location.at(path(), e.getSpan()) : Location.at(path());
    return new Signal(e.getCategory(), loc, evidence(e));
  }

  /** Evidence for a finding: the exact words, the lexicon phrase, the context flags and the category. */
  static Evidence evidence(DutyEvidence e) {
    return Evidence.builder()
        .quote(e.getQuote())
        .matchedPhrase(e.getMatchedPhrase())
        .context(e.getContext())
        .putFact("category", e.getCategory().name())
        .build();
  }

  /** The duty's label: by its coded category, or the classifier's; empty when nothing was recognised. */
  Optional<DutyLabel> label() {
    if (coded.isPresent()) {
      return duty.isExcluded() ? Optional.empty() : Optional.of(DutyLabel.of(coded.get()));
    }
    return text.getLabel();
  }

  /** The main category of the duty, when it is affirmed. */
  Optional<ActivityCategory> mainCategory() {
    if (coded.isPresent()) {
      return duty.isExcluded() ? Optional.empty() : coded;
    }
    return text.getLabel().filter(l -> l != DutyLabel.NEGATED_CLINICAL).flatMap(l -> text.getCategory());
  }

  /** A span of the source text, as a location for a whole duty. */
  Location location() {
    if (spansInSource && duty.getSpan().isPresent()) {
      TextSpan s = duty.getSpan().get();
      return Location.at(path(), s);
    }
    return Location.at(path());
  }
}
