/**
 * The peerwork domain model: immutable values that describe the peer support workforce in
 * integrated mental health and substance use care.
 *
 * <p>Sub-packages follow the domain: {@code evidence} (citations and sources), {@code theme} (the
 * study's six themes), {@code role}, {@code activity}, {@code boundary} (peer and clinical norm
 * tables), {@code population}, {@code organization}, {@code supervision}, {@code training},
 * {@code job}, {@code assignment}, {@code hiring}, {@code workplace}, {@code incident}, {@code text}
 * (character spans), {@code json} (reading and writing documents) and {@code validation}.
 */
package org.peerwork.model;
