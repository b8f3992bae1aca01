// The revision: everything the committee document shows, built once and rendered as .docx
// (blue marks or tracked changes) and HTML. It holds the diff, the reasons for the change and
// the findings the change resolves (and any it introduces), each attributed to the section
// whose edit resolved it: every changed section is applied alone to the old version, which is
// linted again, so "resolves" means what it says.
import type { StandardDocument } from '@kvalitet/model';
import { formatDanishDate } from '@kvalitet/language';
import { parseStandard, type ParseResult } from '@kvalitet/parser';
import { countWords, diffDocuments, type DocumentDiff, type SectionDiff } from './diff.js';
import { count, danishDates } from './danish.js';

/** A legal source a finding rests on (structurally @kvalitet/lint's Basis). */
export interface RevisionBasis {
  label: string;
  url?: string;
  toConfirm?: boolean;
}

/** A finding as the revision reads it (structurally a subset of @kvalitet/lint's LintMessage). */
export interface RevisionFinding {
  ruleId: string;
  messageId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** The heading of the section the finding is in. */
  section?: string;
  basis: RevisionBasis[];
}

/** Lints one parsed document: the caller's linter bound to its configuration (e.g. lintParsed with options). */
export type RevisionLint = (parsed: ParseResult) => readonly RevisionFinding[];

/** A finding the change resolves or introduces, or one that remains. */
export interface FindingChange {
  ruleId: string;
  severity: RevisionFinding['severity'];
  /** The heading of the section the finding is in (new version for remaining findings). */
  section?: string;
  message: string;
  description: string;
  basis: RevisionBasis[];
  /** Index into RevisionDocument.diff.sections of the section whose change made the difference. */
  sectionIndex?: number;
}

/** Everything a rendering of the change document needs. */
export interface RevisionDocument {
  /** "Ændring af kvalitetsstandard for midlertidigt botilbud". */
  title: string;
  municipality?: string;
  committee?: string;
  meetingDate?: string;
  /** The reasons for the change (Markdown paragraphs). */
  reason?: string;
  oldDocument: StandardDocument;
  newDocument: StandardDocument;
  diff: DocumentDiff;
  resolved: FindingChange[];
  introduced: FindingChange[];
  /** Errors and warnings the new version still has (introduced ones included). */
  remaining: FindingChange[];
}

/** Options for buildRevision. */
export interface RevisionOptions {
  /** The reasons; default: the new version's frontmatter "begrundelse". */
  reason?: string;
  /** The committee meeting (YYYY-MM-DD) the document is for. */
  meetingDate?: string;
  /** Lints a parsed version (old, new and each hybrid of the old with one changed section). */
  lint: RevisionLint;
  /** The Danish description of a rule (what it demands), shown for each finding; undefined: the finding's message. */
  describeRule: (ruleId: string) => string | undefined;
}

/**
 * True when `word` is a name: it is (part of) the municipality's name, the next word is also
 * capitalised ("Vesterå Kommune", "Task Force"), or the document writes it with a capital letter
 * in the middle of a sentence and never in lower case.
 */
function isProperNoun(word: string, next: string | undefined, doc: StandardDocument): boolean {
  if (next !== undefined && /^\p{Lu}/u.test(next)) return true;
  const municipality = doc.metadata.municipality ?? '';
  // "Vesterå" and "Vesterå-modellen" when the municipality is Vesterå Kommune.
  if (municipality.split(/\s+/).includes(word.split('-')[0]!)) return true;
  const text = doc.sections.flatMap((s) => s.blocks.map((b) => b.text)).join('\n');
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const midSentence = new RegExp(`[\\p{Ll},] (${escaped})(?![\\p{L}])`, 'giu');
  let upper = 0;
  let lower = 0;
  for (const m of text.matchAll(midSentence)) {
    if (m[1] === word) upper++;
    else if (m[1] === word.toLocaleLowerCase('da')) lower++;
  }
  return upper > 0 && lower === 0;
}

/** Lower-cases the first letter of a subject after "for", unless its first word is a name. */
function lowerFirst(subject: string, doc: StandardDocument): string {
  const [first, next] = subject.split(/\s+/);
  if (!first || !/^\p{Lu}\p{Ll}/u.test(first) || isProperNoun(first.replace(/[^\p{L}-]+$/u, ''), next, doc))
    return subject;
  return subject.charAt(0).toLocaleLowerCase('da') + subject.slice(1);
}

/** "Kvalitetsstandard for midlertidigt botilbud" → "Ændring af kvalitetsstandard for midlertidigt botilbud". */
export function changeTitle(doc: StandardDocument): string {
  const m = doc.metadata;
  const title = m.title.trim();
  const rest = /^kvalitetsstandard\s*(?:[:–-]|for)?\s*(.+)$/iu.exec(title)?.[1];
  const subject = rest ?? m.service ?? title;
  return `Ændring af kvalitetsstandard for ${lowerFirst(subject.replace(/^for\s+/i, ''), doc)}`;
}

/** Source spans [start, end) of each section: from its heading to the next heading. */
function sectionSpans(parsed: ParseResult): Array<[number, number]> {
  const sections = parsed.document.sections;
  const yamlEnd = parsed.tree.children[0]?.type === 'yaml' ? (parsed.tree.children[0].position?.end.offset ?? 0) : 0;
  const starts = sections.map((s) => s.position?.start.offset ?? s.blocks[0]?.position?.start.offset ?? yamlEnd);
  return sections.map((_, i) => [starts[i]!, i + 1 < sections.length ? starts[i + 1]! : parsed.source.length]);
}

const fingerprint = (m: RevisionFinding) => `${m.ruleId}\u0000${m.messageId}\u0000${m.section ?? ''}`;

/** Findings of `a` that have no counterpart in `b` (multiset difference on rule, message and section). */
function missingFrom<F extends RevisionFinding>(a: readonly F[], b: readonly RevisionFinding[]): F[] {
  const left = new Map<string, number>();
  for (const m of b) left.set(fingerprint(m), (left.get(fingerprint(m)) ?? 0) + 1);
  return a.filter((m) => {
    const k = fingerprint(m);
    const n = left.get(k) ?? 0;
    if (n > 0) {
      left.set(k, n - 1);
      return false;
    }
    return true;
  });
}

/**
 * Builds the revision from the parsed old and new versions. The findings are the caller's lint
 * function's: those of the old version missing from the new are resolved, the reverse introduced.
 */
export function buildRevision(
  oldParsed: ParseResult,
  newParsed: ParseResult,
  options: RevisionOptions,
): RevisionDocument {
  const diff = diffDocuments(oldParsed.document, newParsed.document);
  const lint = options.lint;
  const before = lint(oldParsed);
  const after = lint(newParsed);
  const resolvedMessages = missingFrom(before, after);
  const introducedMessages = missingFrom(after, before);

  // Attribute: apply each changed section alone to the old version and lint again.
  const oldSpans = sectionSpans(oldParsed);
  const newSpans = sectionSpans(newParsed);
  const attribution = new Map<RevisionFinding, number>();
  const hybridFor = (s: SectionDiff, idx: number): string => {
    const newPart = s.newIndex !== undefined ? newParsed.source.slice(...newSpans[s.newIndex]!) : '';
    if (s.oldIndex !== undefined) {
      const [a, b] = oldSpans[s.oldIndex]!;
      return oldParsed.source.slice(0, a) + newPart + oldParsed.source.slice(b);
    }
    // An added section: insert it after the old section its predecessor came from.
    const prev = diff.sections
      .slice(0, idx)
      .reverse()
      .find((x) => x.oldIndex !== undefined);
    const at = prev ? oldSpans[prev.oldIndex!]![1] : (oldSpans[0]?.[0] ?? 0);
    const sep = newPart.endsWith('\n') ? '' : '\n';
    return oldParsed.source.slice(0, at) + newPart + sep + oldParsed.source.slice(at);
  };
  if (resolvedMessages.length > 0) {
    diff.sections.forEach((s, i) => {
      if (s.status === 'equal') return;
      const still = lint(parseStandard(hybridFor(s, i), { file: oldParsed.document.file, validate: false }));
      const gone = missingFrom(before, still);
      for (const m of resolvedMessages) if (!attribution.has(m) && gone.includes(m)) attribution.set(m, i);
    });
  }
  const describe = (m: RevisionFinding, sectionIndex: number | undefined): FindingChange => {
    return {
      ruleId: m.ruleId,
      severity: m.severity,
      ...(m.section ? { section: m.section } : {}),
      message: danishDates(m.message),
      description: options.describeRule(m.ruleId) ?? m.message,
      basis: m.basis,
      ...(sectionIndex !== undefined ? { sectionIndex } : {}),
    };
  };
  const introduced = introducedMessages.map((m) => {
    const idx = diff.sections.findIndex(
      (s) =>
        s.newIndex !== undefined &&
        m.section !== undefined &&
        newParsed.document.sections[s.newIndex]?.heading === m.section,
    );
    return describe(m, idx >= 0 ? idx : undefined);
  });
  const meta = newParsed.document.metadata;
  const reason = options.reason ?? meta.changeReason;
  return {
    title: changeTitle(newParsed.document),
    ...(meta.municipality ? { municipality: meta.municipality } : {}),
    ...(meta.committee ? { committee: meta.committee } : {}),
    ...(options.meetingDate ? { meetingDate: options.meetingDate } : {}),
    ...(reason ? { reason } : {}),
    oldDocument: oldParsed.document,
    newDocument: newParsed.document,
    diff,
    resolved: resolvedMessages.map((m) => describe(m, attribution.get(m))),
    introduced,
    remaining: after.filter((m) => m.severity !== 'info').map((m) => describe(m, undefined)),
  };
}

/** The line under the title: municipality, committee and meeting, as far as they are known. */
export function coverLine(rev: RevisionDocument): string[] {
  return [
    rev.municipality,
    rev.committee,
    rev.meetingDate ? `udvalgsmøde ${formatDanishDate(rev.meetingDate)}` : undefined,
  ].filter((x): x is string => Boolean(x));
}

/** The version and dates of the new standard for the cover: "Version 2.1 · gælder fra 1. marts 2026". */
export function versionLine(meta: { version?: string; effectiveDate?: string; approvalDate?: string }): string[] {
  return [
    meta.version ? `Version ${meta.version.replace(/^v(?:ersion)?\s*/i, '')}` : undefined,
    meta.effectiveDate ? `gælder fra ${formatDanishDate(meta.effectiveDate)}` : undefined,
  ].filter((x): x is string => Boolean(x));
}

/** The approval line at the end of the document. */
export function approvalLine(rev: RevisionDocument): string {
  const body = rev.committee ?? 'det politiske udvalg';
  return rev.meetingDate
    ? `Forelægges ${body} til godkendelse den ${formatDanishDate(rev.meetingDate)}.`
    : `Forelægges ${body} til godkendelse.`;
}

/** What the linter says about the new version: no new findings, or which. */
export function checkedLine(rev: RevisionDocument): string {
  const lead = 'Den ændrede standard er tjekket med kvalitet; ændringerne giver';
  if (rev.introduced.length === 0) return `${lead} ingen nye fund.`;
  return `${lead} ${count(rev.introduced.length, 'nyt fund', 'nye fund')}: ${rev.introduced.map((f) => `${f.description}${f.section ? ` (afsnittet „${f.section}“)` : ''}`).join('; ')}`;
}

/** What remains: the number of errors and warnings in the new version, or that there are none. */
export function remainingLine(rev: RevisionDocument): string {
  const n = rev.remaining.length;
  if (n === 0) return 'Der er ingen fund tilbage i den ændrede standard.';
  const errors = rev.remaining.filter((f) => f.severity === 'error').length;
  const warnings = n - errors;
  const parts = [
    errors ? count(errors, 'fejl', 'fejl') : undefined,
    warnings ? count(warnings, 'advarsel', 'advarsler') : undefined,
  ]
    .filter(Boolean)
    .join(' og ');
  return `Den ændrede standard har fortsat ${count(n, 'fund', 'fund')} (${parts}), som udvalget bør kende:`;
}

/** One line per remaining finding: the section and the finding's own message (dates written out). */
export function remainingItems(rev: RevisionDocument): string[] {
  return rev.remaining.map((f) => `${f.section ? `${f.section}: ` : ''}${f.message}`);
}

/** A row of the overview table. */
export interface OverviewRow {
  name: string;
  summary: string;
  findings: FindingChange[];
  /** The row of findings that no single section's change resolved. */
  wholeDocument: boolean;
}

/** The overview: each changed or moved section with the findings its change resolves, then the rest. */
export function overviewRows(rev: RevisionDocument): OverviewRow[] {
  const rows = rev.diff.sections.flatMap((s, i) =>
    s.status !== 'equal' || s.moved
      ? [
          {
            name: s.title || '(indledning)',
            summary: summariseSection(s),
            findings: rev.resolved.filter((f) => f.sectionIndex === i),
            wholeDocument: false,
          },
        ]
      : [],
  );
  const notes = rev.diff.footnotes.filter((f) => f.status !== 'equal');
  if (notes.length > 0) {
    const added = notes.filter((f) => f.status === 'added').length;
    const removed = notes.filter((f) => f.status === 'removed').length;
    const changed = notes.filter((f) => f.status === 'changed').length;
    const summary = [
      added ? `${added === 1 ? 'En ny fodnote' : `${added} nye fodnoter`}.` : '',
      removed ? `${removed === 1 ? 'En fodnote udgår' : `${removed} fodnoter udgår`}.` : '',
      changed ? `${changed === 1 ? 'En fodnote er ændret' : `${changed} fodnoter er ændret`}.` : '',
    ].filter(Boolean);
    rows.push({ name: 'Fodnoter', summary: summary.join(' '), findings: [], wholeDocument: false });
  }
  const general = rev.resolved.filter((f) => f.sectionIndex === undefined);
  if (general.length > 0)
    rows.push({
      name: 'Hele standarden',
      summary: 'Samlet virkning af ændringerne.',
      findings: general,
      wholeDocument: true,
    });
  return rows;
}

/** A one-line summary of a section's change for the overview table. */
function summariseSection(s: SectionDiff): string {
  if (s.status === 'added') return 'Nyt afsnit.';
  if (s.status === 'removed') return 'Afsnittet udgår.';
  const parts: string[] = [];
  if (s.oldTitle) parts.push(`Overskriften er ændret fra „${s.oldTitle}“.`);
  if (s.moved) parts.push('Afsnittet er flyttet.');
  // Word counts of edits inside existing text; whole new or removed paragraphs and items are counted as such.
  const edited = [
    ...s.heading,
    ...s.blocks
      .filter((b) => b.status === 'changed')
      .flatMap((b) => [
        ...b.changes,
        ...(b.items ?? []).filter((i) => i.status === 'changed').flatMap((i) => i.changes),
        ...(b.rows ?? []).flatMap((r) => r.cells.flat()),
      ]),
  ];
  const ins = countWords(edited, 'insert');
  const del = countWords(edited, 'delete');
  const n = (k: number, one: string, many: string) => (k === 1 ? one : `${k} ${many}`);
  const words = (k: number) => count(k, 'ord', 'ord');
  const addedBlocks = s.blocks.filter((b) => b.status === 'added').length;
  const removedBlocks = s.blocks.filter((b) => b.status === 'removed').length;
  const addedItems = s.blocks
    .filter((b) => b.status !== 'added')
    .flatMap((b) => (b.items ?? []).filter((i) => i.status === 'added')).length;
  const removedItems = s.blocks
    .filter((b) => b.status !== 'removed')
    .flatMap((b) => (b.items ?? []).filter((i) => i.status === 'removed')).length;
  if (addedBlocks) parts.push(`${n(addedBlocks, 'Et nyt tekstafsnit', 'nye tekstafsnit')}.`);
  if (removedBlocks) parts.push(`${n(removedBlocks, 'Et tekstafsnit udgår', 'tekstafsnit udgår')}.`);
  if (addedItems) parts.push(`${n(addedItems, 'Et nyt punkt', 'nye punkter')} i en liste.`);
  if (removedItems) parts.push(`${n(removedItems, 'Et punkt', 'punkter')} i en liste udgår.`);
  if (del > 0 && ins > 0) parts.push(`${words(del)} erstattet af ${words(ins)}.`);
  else if (del > 0) parts.push(`${words(del)} slettet.`);
  else if (ins > 0) parts.push(`${words(ins)} tilføjet.`);
  return parts.join(' ') || 'Ændret.';
}
