/**
 * Job descriptions: duties, qualifications, supervision, schedule and on-call terms, coverage, compensation and training offered.
 */
@PeerStyle
package org.peerwork.model.job;

import org.peerwork.model.PeerStyle;
