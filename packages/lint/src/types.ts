// The shapes shared by the rule engine, the rules, the reporters and the CLI.
import type { Block, DocumentType, Section, SectionKey, StandardDocument } from '@kvalitet/model';
import type { ParseResult } from '@kvalitet/parser';

/** How serious a finding is. */
export type Severity = 'error' | 'warning' | 'info';
/** A severity as written in configuration: "on" means the rule's default severity. */
export type SeverityConfig = Severity | 'off' | 'on';
/** Message languages. Danish is the default; English is for reviewers outside Denmark. */
export type Lang = 'da' | 'en';
/** A text in both languages. */
export interface Text {
  da: string;
  en: string;
}

/** A legal source a rule rests on: a law paragraph, a principle, a report. */
export interface Basis {
  /** How a reader cites it, e.g. "Serviceloven § 85" or "Ankestyrelsens principmeddelelse 6-18". */
  label: string;
  /** Where to read it. */
  url?: string;
  /** True when the primary text could not be read and the rule ships as "to confirm". */
  toConfirm?: boolean;
}

/** A proposed edit of the source: replace [start, end) (0-based source offsets) with `text`. */
export interface Suggestion {
  /** What the edit does, in the chosen language. */
  desc: string;
  range: [number, number];
  text: string;
  /** Safe edits are applied by `kvalitet lint --fix`; others only on the author's click. */
  safe: boolean;
}

/** One finding, as reporters print it. */
export interface LintMessage {
  ruleId: string;
  messageId: string;
  severity: Severity;
  message: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** Source offsets of the finding, for editors. */
  range?: [number, number];
  /** The heading of the section the finding is in. */
  section?: string;
  /** The text the finding is about (sentence or phrase). */
  actual?: string;
  basis: Basis[];
  suggestions: Suggestion[];
  /** Link to the rule's documentation page. */
  url?: string;
}

/** Where the rule applies. */
export interface RuleScope {
  /** Paragraphs such as "SEL § 85"; the rule runs when the standard is under one of them. Absent: all. */
  paragraphs?: readonly string[];
  /**
   * "structure": what a standard must contain (quiet for plans and other documents).
   * "substance": what a text must not say (runs on every document).
   */
  kind: 'structure' | 'substance';
}

/** The static description of a rule: everything the engine, docs and tests need. */
export interface RuleMeta {
  description: Text;
  /** Why the rule exists (Danish, Markdown); shown on the doc page. */
  rationale: string;
  basis: readonly Basis[];
  defaultSeverity: Severity;
  scope: RuleScope;
  /** Messages by id, with {placeholders}. */
  messages: Readonly<Record<string, Text>>;
  /** JSON Schema of the rule's options (object, additionalProperties false). */
  optionsSchema?: Record<string, unknown>;
  /** True when some findings carry a safe fix. */
  fixable?: boolean;
  /** True when findings may carry suggestions. */
  hasSuggestions?: boolean;
}

/** A sentence (or list item, or table cell) with where it stands. */
export interface Sentence {
  text: string;
  /** The text in lower case, for cheap keyword checks before a rule runs its patterns. */
  lower: string;
  /** Offsets of the sentence in `block.text`. */
  start: number;
  end: number;
  block: Block;
  section: Section;
  sectionIndex: number;
  /** The section's own key, or that of the section it stands in. */
  key: SectionKey | null;
  /** The next sentence in the same block, if any (for "… Dog vurderer vi altid …"). */
  next?: Sentence;
}

/** What a rule reports. */
export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  /** Where: a sentence (optionally a part of it: offsets relative to the sentence), a section, or nothing (whole document). */
  sentence?: Sentence;
  range?: [number, number];
  section?: Section;
  /** For a finding about something missing: the section it concerns, named in the finding without a line. */
  about?: Section;
  /** Proposed edits. Offsets are relative to the sentence when `sentence` is given. */
  suggestions?: Array<{
    desc: Text;
    range?: [number, number];
    insertAfter?: Section | Block;
    text: string;
    safe?: boolean;
  }>;
  /** Raise to error when the configured severity is the rule's default (e.g. §§ 83, 83 a, 86). */
  escalate?: boolean;
}

/** Municipality settings from the config file. */
export interface MunicipalitySettings {
  name?: string;
  /** URL where the municipality publishes its processing deadlines. */
  deadlinesUrl?: string;
  /** A general-information document every standard refers to for complaints and deadlines. */
  generalInformation?: { title: string; url?: string };
  /** Date the standards take effect, for dated citation checks (YYYY-MM-DD). */
  effectiveDate?: string;
}

/** What a rule gets to look at. */
export interface RuleContext<Options> {
  readonly document: StandardDocument;
  readonly parsed: ParseResult;
  readonly options: Options;
  readonly settings: MunicipalitySettings;
  /** Today's date (YYYY-MM-DD); fixed in tests. */
  readonly today: string;
  /** The date the standard speaks from: effective date, approval date, configured date or today. */
  readonly documentDate: string;
  readonly documentType: DocumentType;
  /** The document's whole text in lower case: rules test their keywords here first, and skip the work when none occur. */
  readonly lowerText: string;
  /** Every sentence, optionally only in sections with these (effective) keys. */
  sentences(keys?: readonly SectionKey[]): Sentence[];
  /** Sections with these (effective) keys. */
  sectionsWith(keys: readonly SectionKey[]): Section[];
  /** True when the standard is under one of these paragraphs ("SEL § 85"). */
  underParagraph(...refs: string[]): boolean;
  report(report: Report): void;
}

/** A rule: data first, then detection. */
export interface Rule<Options = Record<string, unknown>> {
  id: string;
  meta: RuleMeta;
  defaultOptions?: Options;
  check(context: RuleContext<Options>): void;
}

/** A rule of any options type, for lists and registries (rule options are contravariant in `check`). */
// biome-ignore lint/suspicious/noExplicitAny: a list of rules holds rules with different option types.
export type AnyRule = Rule<any>;
/** The context of a rule of any options type, for helpers shared by rules. */
// biome-ignore lint/suspicious/noExplicitAny: helpers shared by rules read only what every context has.
export type AnyRuleContext = RuleContext<any>;
