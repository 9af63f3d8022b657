/**
 * Bean Validation of peerwork values with whatever Jakarta provider is on the class path, reported
 * as property paths and messages.
 */
package org.peerwork.model.validation;
