// Inline disable comments in the Markdown:
//   <!-- kvalitet-disable-next-line rule-id -- begrundelse -->   the next block (paragraph, list, table)
//   <!-- kvalitet-disable rule-id -- begrundelse -->             from here to kvalitet-enable (or the end);
//                                                                 also whole-document findings
//   <!-- kvalitet-enable rule-id -->
// A reason after " -- " is required: a committee must be able to see why a finding was accepted.
// Disables that suppress nothing, lack a reason or name an unknown rule are findings themselves.
import type { ParseResult } from '@kvalitet/parser';
import type { Lang, LintMessage } from './types.js';

interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable';
  rules: string[];
  reason: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Lines the directive covers (inclusive). */
  from: number;
  to: number;
  used: boolean;
}

const directiveRe = /^<!--\s*kvalitet-(disable-next-line|disable|enable)\b([\s\S]*?)-->\s*$/;

function parseDirectives(parsed: ParseResult): Directive[] {
  const out: Directive[] = [];
  const sections = parsed.document.sections;
  const blocks = sections.flatMap((s) => s.blocks);
  const headings = sections.filter((s) => s.position).map((s) => s.position!);
  blocks.forEach((block, i) => {
    if (block.kind !== 'html' || !block.position) return;
    const m = directiveRe.exec(block.text.trim());
    if (!m) return;
    const [body = '', reason = ''] = m[2]!.split(/\s--\s?/, 2).map((x) => x.trim());
    const rules = body.split(/[\s,]+/).filter(Boolean);
    const p = block.position;
    const d: Directive = {
      kind: m[1] as Directive['kind'],
      rules,
      reason,
      line: p.start.line,
      column: p.start.column,
      endLine: p.end.line,
      endColumn: p.end.column,
      from: p.end.line + 1,
      to: Number.MAX_SAFE_INTEGER,
      used: false,
    };
    if (d.kind === 'disable-next-line') {
      // The next block or heading after the comment.
      const candidates = [
        ...blocks
          .slice(i + 1)
          .filter((b) => b.kind !== 'html')
          .map((b) => b.position!),
        ...headings,
      ]
        .filter((pos) => pos && pos.start.line > p.end.line)
        .sort((a, b) => a.start.line - b.start.line);
      const next = candidates[0];
      d.from = next?.start.line ?? p.end.line + 1;
      d.to = next?.end.line ?? p.end.line + 1;
    }
    out.push(d);
  });
  // Close disable ranges at the matching enable.
  for (const d of out) {
    if (d.kind !== 'disable') continue;
    const enable = out.find(
      (e) =>
        e.kind === 'enable' && e.line > d.line && (e.rules.length === 0 || d.rules.some((r) => e.rules.includes(r))),
    );
    if (enable) d.to = enable.line;
  }
  return out;
}

const t = (lang: Lang, da: string, en: string) => (lang === 'da' ? da : en);

/** Removes findings covered by disable comments and adds findings about the comments themselves. */
export function applyDisables(
  parsed: ParseResult,
  messages: LintMessage[],
  knownRules: readonly string[],
  lang: Lang,
): LintMessage[] {
  const directives = parseDirectives(parsed);
  if (directives.length === 0) return messages;
  const kept = messages.filter((m) => {
    for (const d of directives) {
      if (d.kind === 'enable') continue;
      if (d.rules.length > 0 && !d.rules.includes(m.ruleId)) continue;
      const covered =
        m.line === undefined
          ? d.kind === 'disable' && d.to === Number.MAX_SAFE_INTEGER
          : m.line >= d.from && m.line <= d.to;
      if (covered) {
        d.used = true;
        return false;
      }
    }
    return true;
  });
  const at = (d: Directive) => ({
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    basis: [],
    suggestions: [],
  });
  for (const d of directives) {
    if (d.kind === 'enable') continue;
    for (const r of d.rules) {
      if (!knownRules.includes(r)) {
        kept.push({
          ruleId: 'kvalitet/unknown-rule',
          messageId: 'unknownRule',
          severity: 'warning',
          message: t(
            lang,
            `Kommentaren slår en ukendt regel „${r}“ fra.`,
            `The comment disables an unknown rule "${r}".`,
          ),
          ...at(d),
        });
      }
    }
    if (d.reason === '') {
      kept.push({
        ruleId: 'kvalitet/disable-reason',
        messageId: 'missingReason',
        severity: 'error',
        message: t(
          lang,
          'Kommentaren slår en regel fra uden begrundelse; skriv den efter „--“, fx <!-- kvalitet-disable-next-line regel -- begrundelse -->.',
          'The comment disables a rule without a reason; write it after "--".',
        ),
        ...at(d),
      });
    }
    if (!d.used) {
      kept.push({
        ruleId: 'kvalitet/unused-disable',
        messageId: 'unusedDisable',
        severity: 'warning',
        message: t(
          lang,
          `Kommentaren slår ${d.rules.length ? d.rules.map((r) => `„${r}“`).join(', ') : 'alle regler'} fra, men der er intet fund at skjule; fjern den.`,
          `The comment disables ${d.rules.join(', ') || 'all rules'} but hides no finding; remove it.`,
        ),
        ...at(d),
      });
    }
  }
  return kept;
}
