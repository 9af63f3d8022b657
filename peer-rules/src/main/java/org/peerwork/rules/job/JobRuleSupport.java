package org.peerwork.rules.job;

import java.util.Locale;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.boundary.NormSet;
import org.peerwork.model.boundary.Verdict;
import org.peerwork.model.job.JobDescription;
import org.peerwork.rules.RuleContext;

/** Small helpers shared by the job description rules. */
final class JobRuleSupport {

  private JobRuleSupport() {}

  /** True when the norm set in force rules the category out: out of scope or prohibited. */
  static boolean ruledOut(RuleContext ctx, NormSet set, ActivityCategory category) {
    Verdict v = ctx.norms().verdict(set, category);
    return v == Verdict.OUT_OF_SCOPE || v == Verdict.PROHIBITED;
  }

  /** The role's label in lower case, for messages. */
  static String role(JobDescription jd) {
    return jd.getRole().label().toLowerCase(Locale.ROOT);
  }

  /** A verdict's label in lower case, for messages. */
  static String verdict(RuleContext ctx, NormSet set, ActivityCategory category) {
    return ctx.norms().verdict(set, category).label().toLowerCase(Locale.ROOT);
  }

  /** A number without a useless ".0". */
  static String number(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.2f", d);
  }
}
