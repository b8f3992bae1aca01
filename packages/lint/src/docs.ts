// Rule documentation pages, generated from each rule's meta and the `doc: true` cases of its
// test table (so the examples in the docs are exactly the examples that are tested).
// Written to packages/lint/docs/rules/ by `npm run docs`; a test fails when they are stale.
import { sectionLabels } from '@kvalitet/model';
import { severityLabels } from '@kvalitet/language';
import { runCase, type RuleCases } from './testing/rule-tester.js';
import type { AnyRule } from './types.js';

function fence(markdown: string): string {
  return '```markdown\n' + markdown.replace(/\n+$/, '') + '\n```';
}

/** Renders the doc page of one rule. */
export function renderRuleDoc(rule: AnyRule, cases: RuleCases): string {
  const m = rule.meta;
  const lines: string[] = [];
  lines.push('<!-- genereret af packages/lint/src/docs.ts ud fra reglen og dens testtabel: ret ikke i hånden -->', '');
  lines.push(`# ${rule.id}`, '', m.description.da, '');
  lines.push(`| | |`, `| --- | --- |`);
  lines.push(`| Alvor (standard) | ${severityLabels[m.defaultSeverity]} |`);
  lines.push(
    `| Gælder | ${m.scope.paragraphs ? m.scope.paragraphs.join(', ') : 'alle dokumenter'}${m.scope.kind === 'structure' ? ' (kun kvalitetsstandarder, ikke planer)' : ''} |`,
  );
  lines.push(
    `| Rettelser | ${m.fixable ? 'ja, sikre rettelser med `kvalitet lint --fix`' : m.hasSuggestions ? 'forslag, der anvendes med et klik' : 'nej'} |`,
  );
  lines.push('');
  lines.push('## Retsgrundlag', '');
  for (const b of m.basis)
    lines.push(
      `- ${b.url ? `[${b.label}](${b.url})` : b.label}${b.toConfirm ? ' (skal bekræftes i primærteksten)' : ''}`,
    );
  lines.push('', '## Hvorfor', '', m.rationale, '');
  const props = (m.optionsSchema?.['properties'] ?? {}) as Record<
    string,
    { description?: string; default?: unknown; type?: string; items?: { enum?: string[] } }
  >;
  if (Object.keys(props).length > 0) {
    lines.push('## Indstillinger', '', '| navn | type | standard | beskrivelse |', '| --- | --- | --- | --- |');
    for (const [name, p] of Object.entries(props)) {
      const type =
        p.type === 'array' && p.items?.enum
          ? `liste af afsnit (${p.items.enum.map((k) => `\`${k}\``).join(', ')})`
          : (p.type ?? '');
      lines.push(
        `| \`${name}\` | ${type} | ${p.default === undefined ? '–' : `\`${JSON.stringify(p.default)}\``} | ${p.description ?? ''} |`,
      );
    }
    lines.push('');
  }
  lines.push('## Beskeder', '', '| id | besked |', '| --- | --- |');
  for (const [id, t] of Object.entries(m.messages)) lines.push(`| \`${id}\` | ${t.da.replace(/\|/g, '\\|')} |`);
  lines.push('', '## Eksempler', '');
  for (const c of cases.invalid.filter((x) => x.doc)) {
    const { messages, offsetLines } = runCase(rule, c);
    lines.push(`### Giver fund: ${c.name}`, '', fence(c.markdown), '');
    for (const msg of messages)
      lines.push(
        `- ${msg.line !== undefined ? `linje ${msg.line - offsetLines}` : 'hele dokumentet'} (${severityLabels[msg.severity]}): ${msg.message}`,
      );
    lines.push('');
  }
  for (const c of cases.valid.filter((x) => x.doc)) {
    lines.push(`### I orden: ${c.name}`, '', fence(c.markdown), '');
  }
  lines.push(
    '## Slå reglen fra et enkelt sted',
    '',
    'Skriv en kommentar med begrundelse lige før afsnittet:',
    '',
    '```markdown',
    `<!-- kvalitet-disable-next-line ${rule.id} -- begrundelse -->`,
    '```',
    '',
  );
  return lines.join('\n');
}

/** Renders the index page of all rules. */
export function renderIndex(rules: readonly AnyRule[]): string {
  const lines = [
    '<!-- genereret af packages/lint/src/docs.ts: ret ikke i hånden -->',
    '',
    '# Regler (kvalitet:recommended)',
    '',
  ];
  lines.push('| regel | alvor | gælder | beskrivelse |', '| --- | --- | --- | --- |');
  for (const r of rules) {
    lines.push(
      `| [${r.id}](${r.id}.md) | ${severityLabels[r.meta.defaultSeverity]} | ${r.meta.scope.paragraphs ? r.meta.scope.paragraphs.join(', ') : 'alle'} | ${r.meta.description.da.replace(/\|/g, '\\|')} |`,
    );
  }
  lines.push(
    '',
    `Afsnitsnøglerne, som reglerne bruger: ${Object.entries(sectionLabels)
      .map(([k, v]) => `\`${k}\` (${v})`)
      .join(', ')}.`,
    '',
  );
  return lines.join('\n');
}
