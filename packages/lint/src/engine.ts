// The rule engine: runs the configured rules over one parsed standard and turns their reports
// into findings with positions, severities, legal basis and suggestions. A rule that throws
// becomes one finding for that rule; the other rules still run.
import type { LegalReference, Position, Section, SectionKey } from '@kvalitet/model';
import { effectiveKey, parseParagraphList, sameParagraph } from '@kvalitet/model';
import type { ParseResult } from '@kvalitet/parser';
import { splitSentences } from './language.js';
import { paragraphsNamed, today as todayInDenmark } from '@kvalitet/language';
import { applyDisables } from './disable.js';
import { validateOptions } from './options.js';
import type {
  AnyRule,
  Lang,
  LintMessage,
  MunicipalitySettings,
  Report,
  RuleContext,
  Sentence,
  Severity,
  SeverityConfig,
  Suggestion,
} from './types.js';

/** One configured rule for one file: its severity and options. */
export interface RuleSetting {
  severity: SeverityConfig;
  options?: Record<string, unknown>;
}

/** Options for lintParsed. */
export interface LintOptions {
  rules: readonly AnyRule[];
  settings?: Record<string, RuleSetting>;
  municipality?: MunicipalitySettings;
  lang?: Lang;
  /** Today's date (YYYY-MM-DD). Default: the real date. */
  today?: string;
  /** Base URL of the rule documentation. */
  docsUrl?: string;
  /** Collects milliseconds spent per rule (for --timing). */
  timing?: Map<string, number>;
}

/** Fills {placeholders} in a message. */
function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => (key in data ? String(data[key]) : all));
}

/** Where the rule pages live, relative to the repository root. */
export const defaultDocsUrl = 'packages/lint/docs/rules/';

/** Builds the list of sentences of a document, with their section and its effective key. */
function buildSentences(parsed: ParseResult, keys: readonly (SectionKey | null)[]): Sentence[] {
  const out: Sentence[] = [];
  parsed.document.sections.forEach((section, sectionIndex) => {
    const key = keys[sectionIndex]!;
    for (const block of section.blocks) {
      if (block.kind === 'code' || block.kind === 'html' || block.kind === 'thematicBreak') continue;
      let prev: Sentence | undefined;
      for (const span of splitSentences(block.text)) {
        const text = block.text.slice(span.start, span.end);
        const s: Sentence = {
          text,
          lower: text.toLowerCase(),
          start: span.start,
          end: span.end,
          block,
          section,
          sectionIndex,
          key,
        };
        if (prev && block.kind === 'paragraph') prev.next = s;
        out.push(s);
        prev = s;
      }
    }
  });
  return out;
}

function documentDate(parsed: ParseResult, settings: MunicipalitySettings, today: string): string {
  const m = parsed.document.metadata;
  return m.effectiveDate ?? m.approvalDate ?? settings.effectiveDate ?? today;
}

/** Paragraph lists such as "SEL § 85" parsed once per process. */
const paragraphCache = new Map<string, ReturnType<typeof parseParagraphList>>();
function paragraphsOf(list: readonly string[]) {
  return list.flatMap((s) => {
    let refs = paragraphCache.get(s);
    if (!refs) paragraphCache.set(s, (refs = parseParagraphList(s)));
    return refs;
  });
}

const servicesCache = new WeakMap<object, readonly Pick<LegalReference, 'law' | 'paragraph'>[]>();
/**
 * The paragraphs the standard is about: those it states, or, when it states none (a standard
 * imported from Word that says "længerevarende botilbud" and never "§ 108"), those its title
 * or its Lovgrundlag section names by service. Only for choosing rules; require-legal-basis
 * still asks for a stated paragraph.
 */
export function serviceParagraphs(parsed: ParseResult): readonly Pick<LegalReference, 'law' | 'paragraph'>[] {
  const m = parsed.document.metadata;
  if (m.paragraphs.length > 0) return m.paragraphs;
  let out = servicesCache.get(parsed.document);
  if (!out) {
    const sections = parsed.document.sections;
    out = paragraphsNamed(m.title);
    if (out.length === 0) {
      const lov = sections.filter((_, i) => effectiveKey(sections, i) === 'lovgrundlag');
      out = paragraphsNamed(lov.flatMap((s) => s.blocks.map((b) => b.text)).join('\n'));
    }
    servicesCache.set(parsed.document, out);
  }
  return out;
}

/** True when the rule's scope covers the document. */
export function ruleApplies(rule: AnyRule, parsed: ParseResult): boolean {
  const m = parsed.document.metadata;
  if (rule.meta.scope.kind === 'structure' && m.type !== 'standard') return false;
  const scope = rule.meta.scope.paragraphs;
  if (!scope) return true;
  const refs = paragraphsOf(scope);
  return serviceParagraphs(parsed).some((p) => refs.some((r) => sameParagraph(p, r)));
}

function toPoint(p: Position | undefined) {
  return p
    ? {
        line: p.start.line,
        column: p.start.column,
        endLine: p.end.line,
        endColumn: p.end.column,
        range: [p.start.offset ?? 0, p.end.offset ?? 0] as [number, number],
      }
    : {};
}

/** What every rule reads of one document: its sections' keys and sentences, built once per lint. */
interface DocumentView {
  sectionKeys: (SectionKey | null)[];
  sentences: Sentence[];
  /** The lower-cased text of sentences and headings, built on first use. */
  lowerText(): string;
}

/** One rule's configuration for this run: how it reports and what its findings share. */
interface RuleRun {
  rule: AnyRule;
  lang: Lang;
  configured: Severity;
  /** True when the configured severity is the rule's default (then a rule may escalate to an error). */
  isDefault: boolean;
  base: Pick<LintMessage, 'ruleId' | 'basis' | 'url'>;
  /** The rule's options as configured (not yet validated). */
  options: Record<string, unknown> | undefined;
}

/**
 * Lints one parsed document. Returns findings sorted by position (whole-document findings
 * first), with inline disables applied.
 */
export function lintParsed(parsed: ParseResult, options: LintOptions): LintMessage[] {
  // A document the parser refused (nested too deep) has only its parse finding.
  if (parsed.refused) return [];
  const lang = options.lang ?? 'da';
  const today = options.today ?? todayInDenmark();
  const municipality = options.municipality ?? {};
  const view = documentView(parsed);
  const messages: LintMessage[] = [];
  for (const rule of options.rules) {
    const run = configureRule(rule, parsed, options, lang);
    if (run) runRule(run, parsed, view, municipality, today, options, messages);
  }
  const filtered = applyDisables(
    parsed,
    messages,
    options.rules.map((r) => r.id),
    lang,
  );
  return sortByPosition(filtered);
}

/** The section keys and sentences of a document, and its lower-cased text on demand. */
function documentView(parsed: ParseResult): DocumentView {
  const sections = parsed.document.sections;
  const sectionKeys = sections.map((_, i) => effectiveKey(sections, i));
  const sentences = buildSentences(parsed, sectionKeys);
  let lowerText: string | undefined;
  return {
    sectionKeys,
    sentences,
    lowerText: () =>
      (lowerText ??=
        sentences.map((s) => s.lower).join('\n') + '\n' + sections.map((s) => s.heading.toLowerCase()).join('\n')),
  };
}

/** The rule's severity and shared finding fields for this run, or undefined when it is off or out of scope. */
function configureRule(rule: AnyRule, parsed: ParseResult, options: LintOptions, lang: Lang): RuleRun | undefined {
  const setting = options.settings?.[rule.id] ?? { severity: 'on' as const };
  if (setting.severity === 'off') return undefined;
  if (!ruleApplies(rule, parsed)) return undefined;
  const configured: Severity = setting.severity === 'on' ? rule.meta.defaultSeverity : setting.severity;
  const isDefault = setting.severity === 'on' || setting.severity === rule.meta.defaultSeverity;
  const docsUrl = options.docsUrl ?? defaultDocsUrl;
  const base = { ruleId: rule.id, basis: [...rule.meta.basis], url: `${docsUrl}${rule.id}.md` };
  return { rule, lang, configured, isDefault, base, options: setting.options };
}

/** Runs one rule over the document, adding its findings (or one for invalid options or a crash) to `messages`. */
function runRule(
  run: RuleRun,
  parsed: ParseResult,
  view: DocumentView,
  municipality: MunicipalitySettings,
  today: string,
  options: LintOptions,
  messages: LintMessage[],
): void {
  const { rule, lang, base } = run;
  const optionCheck = validateOptions(rule, run.options);
  if (!optionCheck.ok) {
    messages.push({
      ...base,
      messageId: 'invalidOptions',
      severity: 'error',
      message:
        lang === 'da'
          ? `Ugyldige indstillinger for reglen ${rule.id}: ${optionCheck.errors}`
          : `Invalid options for rule ${rule.id}: ${optionCheck.errors}`,
      suggestions: [],
    });
    return;
  }
  const report = (r: Report) => messages.push(toMessage(run, parsed, r));
  const context = ruleContext(parsed, view, optionCheck.options, municipality, today, report);
  const started = performance.now();
  try {
    rule.check(context);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    messages.push({
      ...base,
      messageId: 'ruleCrashed',
      severity: 'error',
      message:
        lang === 'da'
          ? `Reglen ${rule.id} fejlede internt og kunne ikke tjekke dokumentet (${reason}). Meld fejlen; de andre regler er kørt.`
          : `Rule ${rule.id} crashed and could not check the document (${reason}). Please report it; the other rules ran.`,
      suggestions: [],
    });
  }
  options.timing?.set(rule.id, (options.timing.get(rule.id) ?? 0) + performance.now() - started);
}

/** What a rule sees of the document: text, sentences, sections by key, settings and dates. */
function ruleContext(
  parsed: ParseResult,
  view: DocumentView,
  options: Record<string, unknown>,
  municipality: MunicipalitySettings,
  today: string,
  report: (r: Report) => void,
): RuleContext<Record<string, unknown>> {
  const sections = parsed.document.sections;
  const { sectionKeys, sentences } = view;
  return {
    document: parsed.document,
    parsed,
    options,
    settings: municipality,
    today,
    documentDate: documentDate(parsed, municipality, today),
    documentType: parsed.document.metadata.type,
    get lowerText() {
      return view.lowerText();
    },
    sentences: (keys?: readonly SectionKey[]) =>
      keys ? sentences.filter((s) => s.key !== null && keys.includes(s.key)) : sentences,
    sectionsWith: (keys) => sections.filter((_, i) => sectionKeys[i] !== null && keys.includes(sectionKeys[i]!)),
    underParagraph: (...refs) => {
      const wanted = paragraphsOf(refs);
      return serviceParagraphs(parsed).some((p) => wanted.some((w) => sameParagraph(p, w)));
    },
    report,
  };
}

/** Turns a rule's report into a finding: message text, source position, section, quoted text and suggestions. */
function toMessage(run: RuleRun, parsed: ParseResult, r: Report): LintMessage {
  const { rule, lang } = run;
  const template = rule.meta.messages[r.messageId];
  if (!template) throw new Error(`Rule ${rule.id} reported unknown messageId "${r.messageId}"`);
  let place: Position | undefined;
  let actual: string | undefined;
  let section: Section | undefined = r.section;
  if (r.sentence) {
    const [a, b] = r.range ?? [0, r.sentence.end - r.sentence.start];
    place = parsed.locate(r.sentence.block, r.sentence.start + a, r.sentence.start + b) ?? r.sentence.block.position;
    actual = r.sentence.text;
    section = r.sentence.section;
  } else if (r.section) {
    place = r.section.position;
  } else if (r.about) {
    section = r.about;
  }
  const severity: Severity = r.escalate && run.isDefault ? 'error' : run.configured;
  return {
    ...run.base,
    messageId: r.messageId,
    severity,
    message: formatMessage(template[lang], r.data),
    ...toPoint(place),
    ...(section?.heading ? { section: section.heading } : {}),
    ...(actual !== undefined ? { actual } : {}),
    suggestions: toSuggestions(parsed, r, lang),
  };
}

/** The report's suggested edits as source ranges; those whose place cannot be found are left out. */
function toSuggestions(parsed: ParseResult, r: Report, lang: Lang): Suggestion[] {
  const suggestions: Suggestion[] = [];
  for (const s of r.suggestions ?? []) {
    let range: [number, number] | undefined;
    if (s.insertAfter) {
      const end = s.insertAfter.position?.end.offset;
      if (end !== undefined) range = [end, end];
    } else if (r.sentence) {
      const [a, b] = s.range ?? [0, r.sentence.end - r.sentence.start];
      const p = parsed.locate(r.sentence.block, r.sentence.start + a, r.sentence.start + b);
      if (p?.start.offset !== undefined && p.end.offset !== undefined) range = [p.start.offset, p.end.offset];
    }
    if (range) suggestions.push({ desc: s.desc[lang], range, text: s.text, safe: s.safe === true });
  }
  return suggestions;
}

/** Findings by line, then column, then rule (whole-document findings, without a line, first). */
function sortByPosition(messages: LintMessage[]): LintMessage[] {
  return messages.sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.ruleId.localeCompare(b.ruleId),
  );
}
