package org.peerwork.rules.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.rules.ContextFlag;

/**
 * What a duty statement asks of the role: its label and main category, every lexicon phrase found
 * with its span and context, and a confidence.
 *
 * <p>The label follows {@link DutyLabel}'s precedence. The category is the main category of the
 * evidence that decided the label (for {@link DutyLabel#NEGATED_CLINICAL}, the clinical category
 * negated). A statement with no lexicon phrase has neither.
 */
@Value.Immutable
abstract class DutyClassificationDef {

  /** The label, when any phrase was found. */
  public abstract Optional<DutyLabel> getLabel();

  /** The main category, when any phrase was found. */
  public abstract Optional<ActivityCategory> getCategory();

  /** Every phrase found, in text order. */
  public abstract List<DutyEvidence> getEvidence();

  /**
   * How sure the classifier is of the label, from 0 to 1: a heuristic from the length of the deciding
   * phrase, agreement between phrases, and hedges; not a calibrated probability.
   */
  public abstract double getConfidence();

  /** The union of the context flags of all evidence. */
  @Value.Derived
  public Set<ContextFlag> getContext() {
    Set<ContextFlag> s = EnumSet.noneOf(ContextFlag.class);
    for (DutyEvidence e : getEvidence()) {
      s.addAll(e.getContext());
    }
    return s;
  }

  /** The evidence the role is asked to act on (not negated, excluded, another actor's or a referral). */
  public List<DutyEvidence> affirmed() {
    List<DutyEvidence> out = new ArrayList<>();
    for (DutyEvidence e : getEvidence()) {
      if (e.isAffirmed()) {
        out.add(e);
      }
    }
    return out;
  }

  /** The affirmed evidence of one label's categories. */
  public List<DutyEvidence> affirmed(DutyLabel label) {
    List<DutyEvidence> out = new ArrayList<>();
    for (DutyEvidence e : getEvidence()) {
      if (e.isAffirmed() && DutyLabel.of(e.getCategory()) == label) {
        out.add(e);
      }
    }
    return out;
  }

  /** True when some affirmed evidence has this category. */
  public boolean affirms(ActivityCategory category) {
    for (DutyEvidence e : getEvidence()) {
      if (e.isAffirmed() && e.getCategory() == category) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return getLabel().map(Enum::name).orElse("UNKNOWN") + getCategory().map(c -> "/" + c).orElse("") + " " + getEvidence();
  }
}
