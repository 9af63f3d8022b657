/**
 * Reports rendered for people and programs: text, JSON (a stable, documented schema), SARIF 2.1.0
 * and CSV, and the rule documentation generated from the catalog.
 */
package org.peerwork.rules.report;
