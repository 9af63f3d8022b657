/**
 * The hiring plan rules (study theme 2): whether current peers take part in hiring, who asks the
 * personal recovery questions, whether recovery time stands in for readiness, whether the interview
 * guide covers the readiness areas and red flags the study's peers named, whether a get-well
 * position really is less demanding, whether the new hire will be supervised, and whether the
 * certification policy fits the agency and the position.
 *
 * <p><b>These checks look at plans, policies and reviews, never at a person.</b> A
 * {@link org.peerwork.model.hiring.HiringPlan} describes a hiring process: its panel, its
 * questions, what its guide covers. No check scores, ranks or screens a candidate or a worker, and
 * the API offers no way to do so: there is no document type for a candidate, no input for a
 * candidate's answers, and no finding about anyone but the plan itself, named by its own opaque id.
 * Readiness areas and red flags are topics an interview guide should make room for, never marks on
 * a person.
 */
package org.peerwork.rules.hiring;
