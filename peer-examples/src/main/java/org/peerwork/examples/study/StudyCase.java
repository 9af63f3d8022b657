package org.peerwork.examples.study;

import java.util.Objects;
import org.peerwork.model.PeerDocument;
import org.peerwork.model.evidence.Citation;

/**
 * One document of a study scenario together with what the study says that it rests on: a short
 * quotation or close paraphrase of the study (CC BY 4.0) and the section it comes from. Where a
 * document adds a detail the study does not give (a time, a count, a wage), its {@code note} says so.
 *
 * @param title what the document is, for a reader of the demo
 * @param studySays the study's words the document is built on
 * @param source where in the study (or which standard) those words come from
 * @param note the scenario's own additions, marked as such; empty when there are none
 * @param document the document itself
 */
public record StudyCase(String title, String studySays, Citation source, String note, PeerDocument document) {

  /** Validates the fields. */
  public StudyCase {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(studySays, "studySays");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(document, "document");
  }

  @Override
  public String toString() {
    return title + " (" + document.getId() + ")";
  }
}
