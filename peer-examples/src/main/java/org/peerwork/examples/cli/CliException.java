package org.peerwork.examples.cli;

/**
 * Bad usage or bad input the command-line tool reports on standard error, with exit code 2: a file
 * that cannot be read, a missing {@code --type}, a policy or document that does not parse. The
 * message says where and what is allowed; no stack trace is shown.
 */
final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  CliException(String message) {
    super(message, null, false, false);
  }
}
