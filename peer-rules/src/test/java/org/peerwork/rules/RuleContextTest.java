package org.peerwork.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Values shared by the rules of one check: computed once per check, never kept beyond it. */
class RuleContextTest {

  private static final RuleContext.Key<String> KEY = RuleContext.Key.named("test value");
  private static final RuleContext.Key<String> OTHER = RuleContext.Key.named("other value");

  @Test
  void aContextMadeForOneCheckComputesEachSharedValueOnce() {
    RuleContext check = RuleContext.standard().forCheck();
    AtomicInteger computed = new AtomicInteger();
    Object doc = new Object();
    String first = check.shared(KEY, doc, () -> "v" + computed.incrementAndGet());
    String again = check.shared(KEY, doc, () -> "v" + computed.incrementAndGet());
    assertThat(first).isEqualTo("v1").isSameAs(again);
    assertThat(computed).hasValue(1);
    // another key, or another object (by identity, even if equal), is computed on its own
    assertThat(check.shared(OTHER, doc, () -> "o")).isEqualTo("o");
    assertThat(check.shared(KEY, new String("x"), () -> "w")).isEqualTo("w");
    assertThat(check.shared(KEY, new String("x"), () -> "z")).isEqualTo("z");
  }

  @Test
  void aContextOfItsOwnKeepsNothing() {
    RuleContext shared = RuleContext.standard();
    AtomicInteger computed = new AtomicInteger();
    Object doc = new Object();
    shared.shared(KEY, doc, () -> "v" + computed.incrementAndGet());
    assertThat(shared.shared(KEY, doc, () -> "v" + computed.incrementAndGet())).isEqualTo("v2");
    shared.share(KEY, doc, "seeded");
    assertThat(shared.shared(KEY, doc, () -> "fresh")).isEqualTo("fresh");
  }

  @Test
  void eachCheckStartsEmptyAndSharesThePolicyAndClassifier() {
    RuleContext base = RuleContext.standard();
    RuleContext one = base.forCheck();
    Object doc = new Object();
    one.share(KEY, doc, "seeded");
    assertThat(one.shared(KEY, doc, () -> "computed")).isEqualTo("seeded");
    RuleContext two = one.forCheck();
    assertThat(two.shared(KEY, doc, () -> "computed")).isEqualTo("computed");
    assertThat(two.policy()).isSameAs(base.policy());
    assertThat(two.norms()).isSameAs(base.norms());
    assertThat(two.codes()).isSameAs(base.codes());
    assertThat(two.dutyClassifier()).isSameAs(base.dutyClassifier()).isSameAs(one.dutyClassifier());
  }

  @Test
  void manySharedValuesInOneCheck() {
    RuleContext check = RuleContext.standard().forCheck();
    Object doc = new Object();
    for (int i = 0; i < 20; i++) {
      String v = "v" + i;
      assertThat(check.shared(RuleContext.Key.named("k" + i), doc, () -> v)).isEqualTo(v);
    }
  }

  @Test
  void misuseIsNamed() {
    RuleContext check = RuleContext.standard().forCheck();
    assertThatThrownBy(() -> check.shared(null, "", () -> "")).isInstanceOf(NullPointerException.class).hasMessage("key");
    assertThatThrownBy(() -> check.shared(KEY, null, () -> "")).isInstanceOf(NullPointerException.class).hasMessage("of");
    assertThatThrownBy(() -> check.shared(KEY, "", () -> null)).isInstanceOf(NullPointerException.class).hasMessage("computed value");
    assertThat(KEY).hasToString("Key(test value)");
  }
}
