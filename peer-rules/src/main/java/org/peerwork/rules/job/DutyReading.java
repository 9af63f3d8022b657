package org.peerwork.rules.job;

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
import org.peerwork.rules.text.PostingReading;

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

  /** Where the rules of one check share the readings of a job description's duties. */
  private static final RuleContext.Key<List<DutyReading>> KEY = RuleContext.Key.named("duty readings");

  /**
   * Every duty of a job description, read: worked out once per check and shared by the job
   * description rules of that check (see {@link RuleContext#shared}).
   */
  static List<DutyReading> of(JobDescription jd, RuleContext ctx) {
    return ctx.shared(KEY, jd, () -> read(jd, ctx));
  }

  private static List<DutyReading> read(JobDescription jd, RuleContext ctx) {
    DutyClassifier classifier = ctx.dutyClassifier();
    List<Duty> duties = jd.getDuties();
    List<DutyReading> out = new ArrayList<>(duties.size());
    PostingReading posting = null;
    for (int i = 0; i < duties.size(); i++) {
      Duty d = duties.get(i);
      if (d.getActivity().isPresent()) {
        out.add(new DutyReading(i, d, Optional.of(d.getActivity().get().getCategory()), null, false));
        continue;
      }
      Optional<TextSpan> inSource = DutyClassifier.spanInSource(d, jd.getSourceText());
      DutyClassification text;
      if (inSource.isPresent()) {
        if (posting == null) {
          posting = PostingReading.of(ctx, jd.getSourceText().get());
        }
        TextSpan s = inSource.get();
        text = posting.classify(classifier, s.getStart(), s.getEnd(), d.isExcluded());
      } else {
        text = classifier.classify(d, jd.getSourceText());
      }
      out.add(new DutyReading(i, d, Optional.empty(), text, inSource.isPresent()));
    }
    return List.copyOf(out);
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
