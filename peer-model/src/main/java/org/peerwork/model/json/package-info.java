/**
 * Reading and writing peerwork documents as JSON and NDJSON, strictly, with typed errors that name
 * the problem, the JSON path, the line and column and the allowed values.
 */
package org.peerwork.model.json;
