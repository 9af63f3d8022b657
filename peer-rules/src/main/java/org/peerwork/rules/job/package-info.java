/**
 * The job description rules: clinical, outside-role, prohibited and power-over duties, role drift, the
 * "junior clinician" job, clinical boundary norms imposed on peers, lived experience and readiness
 * criteria, calls on days off, coverage, supervision, wage and self-care support. Duties in words are
 * read by the context's {@link org.peerwork.rules.RuleContext#dutyClassifier() duty classifier}.
 */
package org.peerwork.rules.job;
