// Danish names shown to people for values the model stores in English: the severities of
// findings and the metadata fields a parser or importer may guess.

/** Danish names of the severities of findings and diagnostics. */
export const severityLabels = { error: 'fejl', warning: 'advarsel', info: 'info' } as const;

/** Danish names of the metadata fields a parser or importer may guess (Metadata.guessed). */
export const guessedFieldLabels: Readonly<Record<string, string>> = {
  title: 'titel',
  paragraphs: 'paragraffer',
  type: 'type',
  municipality: 'kommune',
  committee: 'udvalg',
  approvalDate: 'godkendelsesdato',
};
