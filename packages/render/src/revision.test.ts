import { parseStandard, type ParseResult } from '@kvalitet/parser';
import { describe, expect, it } from 'vitest';
import { buildRevision, type RevisionFinding } from './revision.js';

const standard = (purpose: string, complaint: string) =>
  `---\ntitel: Kvalitetsstandard for bostøtte\nkommune: Østerby Kommune\n---\n# Kvalitetsstandard for bostøtte\n\n## Formål\n\n${purpose}\n\n## Klageadgang\n\n${complaint}\n`;

/** A lint function of the caller's: one finding per section whose text lacks the word "afgørelse", and one for "altid". */
function lintFor(calls: string[]) {
  return (parsed: ParseResult): RevisionFinding[] => {
    calls.push(parsed.document.file);
    return parsed.document.sections.flatMap((s) => {
      const text = s.blocks.map((b) => b.text).join(' ');
      const out: RevisionFinding[] = [];
      if (s.level === 2 && !text.includes('afgørelse'))
        out.push({
          ruleId: 'test/afgoerelse',
          messageId: 'missing',
          severity: 'warning',
          message: 'Nævn afgørelsen.',
          section: s.heading,
          basis: [{ label: 'Serviceloven § 1' }],
        });
      if (text.includes('altid'))
        out.push({
          ruleId: 'test/altid',
          messageId: 'absolute',
          severity: 'error',
          message: 'Undgå „altid“.',
          section: s.heading,
          basis: [],
        });
      return out;
    });
  };
}

describe('buildRevision', () => {
  it("takes the parsed versions and the caller's lint function, and attributes each resolved finding to the section that resolved it", () => {
    const before = parseStandard(standard('Du får støtte.', 'Du kan klage.'), { file: 'før.md' });
    const after = parseStandard(standard('Du får støtte.', 'Du kan klage over en afgørelse, og vi svarer altid.'), {
      file: 'efter.md',
    });
    const calls: string[] = [];
    const rev = buildRevision(before, after, {
      lint: lintFor(calls),
      describeRule: (id) => (id === 'test/afgoerelse' ? 'Afgørelsen skal nævnes' : undefined),
    });
    // Old, new, and one hybrid for the one changed section (parsed under the old file's name).
    expect(calls).toEqual(['før.md', 'efter.md', 'før.md']);
    const changed = rev.diff.sections.findIndex((s) => s.status !== 'equal');
    expect(rev.resolved).toEqual([
      {
        ruleId: 'test/afgoerelse',
        severity: 'warning',
        section: 'Klageadgang',
        message: 'Nævn afgørelsen.',
        description: 'Afgørelsen skal nævnes',
        basis: [{ label: 'Serviceloven § 1' }],
        sectionIndex: changed,
      },
    ]);
    // A rule without a description shows its message.
    expect(rev.introduced.map((f) => [f.ruleId, f.description, f.sectionIndex])).toEqual([
      ['test/altid', 'Undgå „altid“.', changed],
    ]);
    expect(rev.remaining.map((f) => f.ruleId).sort()).toEqual(['test/afgoerelse', 'test/altid']);
    expect(rev.title).toBe('Ændring af kvalitetsstandard for bostøtte');
  });
});
