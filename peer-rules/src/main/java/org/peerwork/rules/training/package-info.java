/**
 * The training plan rules (study theme 6, training needs): self-care training for peers, the
 * study's top need, tailored to them; training that prepares peers for each population the
 * agency's staff serve; training on working with peers for clinicians and supervisors, and on
 * working with clinicians for peers; and training on peer boundaries. Like every peerwork check,
 * these look at the plan, never at whether a person has learnt anything.
 */
package org.peerwork.rules.training;
