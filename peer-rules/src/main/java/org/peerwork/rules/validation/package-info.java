/**
 * Jakarta Bean Validation integration: a class-level constraint that runs the peer checks, so a
 * validator reports ERROR findings as constraint violations with paths.
 */
package org.peerwork.rules.validation;
