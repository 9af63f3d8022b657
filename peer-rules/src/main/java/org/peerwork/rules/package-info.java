/**
 * The rules engine: {@link org.peerwork.rules.PeerChecks} (the entry point), the
 * {@link org.peerwork.rules.RuleCatalog}, {@link org.peerwork.rules.Rule} and its metadata,
 * {@link org.peerwork.rules.Finding findings} with location, message, evidence and both norm sets'
 * verdicts, and {@link org.peerwork.rules.Report reports}.
 */
@PeerStyle
package org.peerwork.rules;

import org.peerwork.model.PeerStyle;
