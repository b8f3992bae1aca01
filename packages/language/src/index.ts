// @kvalitet/language: reading Danish for meaning. Sentences and clauses, tokens with stems,
// values (numbers, durations, percentages, dates), the context of a concept (negated,
// hypothetical, historical, reported, meta-negated, softened, reassessed) and a concept
// lexicon as data. Shared by the rules, the parser's guesser and the importer.
import './data/lexicon/index.js';

export { abbreviations, type Abbreviation } from './data/abbreviations.js';
export { splitSentences, isAbbreviation, type Span } from './sentences.js';
export { splitClauses } from './clauses.js';
export { tokenize, stem, type Token } from './tokens.js';
export {
  readNumber,
  numberSource,
  findDurations,
  inDays,
  findPercentages,
  findDates,
  type Duration,
  type TimeUnit,
  type Percentage,
  type FoundDate,
} from './values.js';
export {
  defineConcepts,
  concept,
  mayMention,
  findConcept,
  mentions,
  type Concept,
  type ConceptMatch,
  type PhraseList,
} from './lexicon.js';
export { Analysis, analyse, contextAt, isAffirmed, type ConceptContext } from './context.js';
export { classifyByContent, type ContentClass } from './sections.js';
export {
  today,
  isoDate,
  isoDateOf,
  monthsBetween,
  isIsoDate,
  isoDateProblem,
  checkIsoDate,
  formatDanishDate,
  formatDatesInText,
  findDanishDate,
} from './dates.js';
export { severityLabels, guessedFieldLabels } from './labels.js';

export { paragraphsNamed, type NamedParagraph } from './services.js';
