package org.peerwork.rules.job;

import java.util.Optional;
import java.util.function.Predicate;
import org.peerwork.model.job.JobDescription;
import org.peerwork.rules.Evidence;
import org.peerwork.rules.Location;
import org.peerwork.rules.RuleContext;
import org.peerwork.rules.text.FactMention;
import org.peerwork.rules.text.PostingFact;
import org.peerwork.rules.text.PostingReading;

/**
 * Finds where a parsed posting states a fact, so a finding about a structured field (a schedule
 * flag, a recovery time) can also point at the posting's words. Structured job descriptions without
 * a source text get the field path only. The posting is read once per check ({@link PostingReading#of}).
 */
final class PostingQuotes {

  private PostingQuotes() {}

  /** The first mention of any of these facts in the job description's source text, affirmed or not as asked. */
  static Optional<FactMention> find(JobDescription jd, RuleContext ctx, boolean affirmed, PostingFact... facts) {
    return find(jd, ctx, affirmed, m -> {
      for (PostingFact f : facts) {
        if (m.getFact() == f) {
          return true;
        }
      }
      return false;
    });
  }

  /** The first mention, affirmed or not as asked, that passes {@code wanted}. */
  static Optional<FactMention> find(JobDescription jd, RuleContext ctx, boolean affirmed, Predicate<FactMention> wanted) {
    if (jd.getSourceText().isEmpty()) {
      return Optional.empty();
    }
    for (FactMention m : PostingReading.of(ctx, jd.getSourceText().get()).facts()) {
      if (m.isAffirmed() == affirmed && wanted.test(m)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** A location at {@code path}, with the mention's statement span when there is one. */
  static Location at(String path, Optional<FactMention> mention) {
    return mention.map(m -> Location.at(path, m.getStatement())).orElse(Location.at(path));
  }

  /** Evidence quoting the mention's statement, with its cue and context, plus named facts. */
  static Evidence evidence(Optional<FactMention> mention, JobDescription jd, String... namesAndValues) {
    Evidence.Builder b = Evidence.builder().from(Evidence.facts(namesAndValues));
    mention.ifPresent(m -> {
      String src = jd.getSourceText().orElse("");
      b.quote(m.getStatement().quote(src)).matchedPhrase(m.getQuote()).context(m.getContext());
    });
    return b.build();
  }
}
