package org.peerwork.rules.job;

import java.util.List;
import org.peerwork.rules.Rule;
import org.peerwork.model.job.JobDescription;

/** The job description rules, in catalog order. */
public final class JobDescriptionRules {

  private static final List<Rule<JobDescription>> ALL = List.of();

  private JobDescriptionRules() {}

  /** Every job description rule, in the order they run and are reported. */
  public static List<Rule<JobDescription>> all() {
    return ALL;
  }
}
