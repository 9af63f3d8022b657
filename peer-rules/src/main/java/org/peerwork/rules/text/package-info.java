/**
 * Understanding duty text: parsing plain-text job postings into job descriptions
 * ({@link org.peerwork.rules.text.PostingParser}), normalising with offsets kept into the original,
 * matching the bundled duty lexicon in one pass with an Aho-Corasick automaton
 * ({@link org.peerwork.rules.text.DutyLexicon}), and NegEx/ConText-style context, to classify each
 * duty statement ({@link org.peerwork.rules.text.DutyClassifier}).
 *
 * <p>The lexicon is data: {@code duty-lexicon.tsv}, {@code context-triggers.tsv} and
 * {@code posting-facts.tsv} in this package's resources, documented in {@code docs/lexicon.md}.
 */
@PeerStyle
package org.peerwork.rules.text;

import org.peerwork.model.PeerStyle;
