package org.peerwork.model.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.peerwork.model.validation.PeerValidation;

/** Every generated value is valid under the model's Bean Validation constraints. */
class GeneratorsProperties {

  @Test
  void everyGeneratedDocumentIsValid() {
    Generators.documentGenerators().forEach((type, gen) ->
        qt().withExamples(200).forAll(gen).checkAssert(d ->
            assertThat(PeerValidation.validate(d)).as(type.getSimpleName() + " " + org.peerwork.model.json.PeerJson.standard().write(d)).isEmpty()));
  }
}
