// The rule engine: runs the configured rules over one parsed standard and turns their reports
// into findings with positions, severities, legal basis and suggestions. A rule that throws
// becomes one finding for that rule; the other rules still run.
import type { Block, LegalReference, Position, Section, SectionKey } from '@kvalitet/model';
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
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
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
  const sections = parsed.document.sections;
  const sectionKeys = sections.map((_, i) => effectiveKey(sections, i));
  const sentences = buildSentences(parsed, sectionKeys);
  let lowerText: string | undefined;
  const messages: LintMessage[] = [];
  const docsUrl = options.docsUrl ?? defaultDocsUrl;

  for (const rule of options.rules) {
    const setting = options.settings?.[rule.id] ?? { severity: 'on' as const };
    if (setting.severity === 'off') continue;
    if (!ruleApplies(rule, parsed)) continue;
    const configured: Severity = setting.severity === 'on' ? rule.meta.defaultSeverity : setting.severity;
    const isDefault = setting.severity === 'on' || setting.severity === rule.meta.defaultSeverity;
    const base = { ruleId: rule.id, basis: [...rule.meta.basis], url: `${docsUrl}${rule.id}.md` };

    const optionCheck = validateOptions(rule, setting.options);
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
      continue;
    }

    const locate = (target: Block | Section, start: number, end: number) => parsed.locate(target, start, end);
    const report = (r: Report) => {
      const template = rule.meta.messages[r.messageId];
      if (!template) throw new Error(`Rule ${rule.id} reported unknown messageId "${r.messageId}"`);
      let place: Position | undefined;
      let actual: string | undefined;
      let section: Section | undefined = r.section;
      if (r.sentence) {
        const [a, b] = r.range ?? [0, r.sentence.end - r.sentence.start];
        place = locate(r.sentence.block, r.sentence.start + a, r.sentence.start + b) ?? r.sentence.block.position;
        actual = r.sentence.text;
        section = r.sentence.section;
      } else if (r.section) {
        place = r.section.position;
      } else if (r.about) {
        section = r.about;
      }
      const suggestions: Suggestion[] = [];
      for (const s of r.suggestions ?? []) {
        let range: [number, number] | undefined;
        if (s.insertAfter) {
          const end = s.insertAfter.position?.end.offset;
          if (end !== undefined) range = [end, end];
        } else if (r.sentence) {
          const [a, b] = s.range ?? [0, r.sentence.end - r.sentence.start];
          const p = locate(r.sentence.block, r.sentence.start + a, r.sentence.start + b);
          if (p?.start.offset !== undefined && p.end.offset !== undefined) range = [p.start.offset, p.end.offset];
        }
        if (range) suggestions.push({ desc: s.desc[lang], range, text: s.text, safe: s.safe === true });
      }
      const severity: Severity = r.escalate && isDefault ? 'error' : configured;
      messages.push({
        ...base,
        messageId: r.messageId,
        severity,
        message: formatMessage(template[lang], r.data),
        ...toPoint(place),
        ...(section?.heading ? { section: section.heading } : {}),
        ...(actual !== undefined ? { actual } : {}),
        suggestions,
      });
    };

    const context: RuleContext<Record<string, unknown>> = {
      document: parsed.document,
      parsed,
      options: optionCheck.options,
      settings: municipality,
      today,
      documentDate: documentDate(parsed, municipality, today),
      documentType: parsed.document.metadata.type,
      get lowerText() {
        lowerText ??=
          sentences.map((s) => s.lower).join('\n') + '\n' + sections.map((s) => s.heading.toLowerCase()).join('\n');
        return lowerText;
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

  const filtered = applyDisables(
    parsed,
    messages,
    options.rules.map((r) => r.id),
    lang,
  );
  return filtered.sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.ruleId.localeCompare(b.ruleId),
  );
}
