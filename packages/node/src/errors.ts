// The one error type of the Node layer that is meant for the user.

/**
 * A problem the user can fix (a missing git reference, a broken configuration or baseline, no
 * LibreOffice): the message is Danish and complete. The CLI prints it and exits with code 2; the
 * studio shows it.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}
