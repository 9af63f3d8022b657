/**
 * Understanding duty text: parsing plain-text job postings into job descriptions, normalising with
 * offsets kept, matching the bundled duty lexicon in one pass, and NegEx/ConText-style context.
 */
package org.peerwork.rules.text;
