// Committee documents that can go on the agenda as they are: a § 85 standard of a municipality
// of its own (headings, lists, a service-level table, bold, footnotes), edited — a renamed
// section, a deleted paragraph, a clause added before a full stop, a changed deadline, a new
// list item with a footnote — and rendered as the change document (blue and tracked), the HTML
// preview, the publication and PDF. Every check reads the written file back.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { runCli, repoRoot } from './helpers/run-cli.js';
import { paragraphTexts, runsOf, unzipDocx } from './helpers/docx.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const before = 'tests/fixtures/committee/before.md';
const after = 'tests/fixtures/committee/after.md';
const blue = '0070C0';
const NBSP = '\u00A0';
const tmp = () => mkdtemp(join(tmpdir(), 'kvalitet-committee-'));

async function render(args: string[], name = 'a.docx', env: NodeJS.ProcessEnv = {}) {
  const out = join(await tmp(), name);
  const r = runCli(['render', ...args, '-o', out, '--today', '2026-11-22'], { env });
  const bytes = r.status === 0 ? new Uint8Array(await readFile(out)) : new Uint8Array();
  return { ...r, out, bytes };
}

const xmlDoc = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml');
const all = (el: { getElementsByTagNameNS(ns: string, name: string): ArrayLike<Element> }, name: string) =>
  Array.from(el.getElementsByTagNameNS(W, name));
const attr = (el: Element | undefined, name: string) => el?.getAttributeNS(W, name) ?? undefined;
const textOf = (p: Element) => [...all(p, 't'), ...all(p, 'delText')].map((t) => t.textContent ?? '').join('');

/** Paragraph texts after the heading that starts the marked standard. */
const standardPart = (xml: string) => {
  const paras = paragraphTexts(xml);
  return paras.slice(paras.findIndex((p) => p.startsWith('Kvalitetsstandarden med ændringer')) + 1);
};

describe('the blue change document', async () => {
  const r = await render(['changes', '--from', before, '--to', after, '--meeting-date', '2026-02-10']);
  const files = unzipDocx(r.bytes);
  const xml = files['word/document.xml']!;
  const start = paragraphTexts(xml).findIndex((p) => p.startsWith('Kvalitetsstandarden med ændringer'));
  const marked = runsOf(xml)
    .filter((x) => x.paragraph > start && x.color === blue)
    .map((x) => `${x.strike ? '-' : '+'}${x.text}`);

  it('is written, and the CLI counts in Danish', () => {
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(
      /^Skrev ændringsdokumentet .*: 4 ændrede afsnit, \d+ ord slettet og \d+ ord tilføjet; 2 fund løst; 3 fund tilbage\.\n$/,
    );
  });

  it('adds a clause before a full stop without striking the word before it', () => {
    expect(marked).toContain(
      '+eller en godkendt leverandør efter dit frie valg, når du har fået en afgørelse om støtte efter servicelovens §\u00A085',
    );
    expect(marked.filter((m) => m.includes('bostøtteteam'))).toEqual([]);
    const levering = standardPart(xml).find((p) => p.startsWith('Støtten leveres'))!;
    expect(levering).toMatch(/efter servicelovens §\u00A085\.$/);
  });

  it('keeps a space between a deleted and an inserted phrase, and the full stop unmarked', () => {
    expect(marked).toEqual(expect.arrayContaining(['-14 dage', '+4 uger']));
    expect(standardPart(xml).find((p) => p.startsWith('Du kan klage'))).toContain('inden 14 dage 4 uger. Klagen');
  });

  it('counts words in the overview: added words are added, not "2 replaced by 18"', () => {
    const text = paragraphTexts(xml).join('\n');
    expect(text).toContain('19 ord tilføjet.');
    expect(text).toContain('2 ord erstattet af 2 ord.');
    expect(text).toContain('Overskriften er ændret fra „Hvem kan få støtte“. Et tekstafsnit udgår.');
  });

  it('never draws headings or unchanged text in the change colour, and keeps bold', () => {
    const styles = xmlDoc(files['word/styles.xml']!);
    const headingColours = all(styles, 'style')
      .filter((s) => /^Heading[1-6]$/.test(attr(s, 'styleId') ?? ''))
      .map((s) => [attr(s, 'styleId'), attr(all(s, 'color')[0], 'val')]);
    // Every heading level the standard can use has a colour of its own, and it is not blue.
    expect(headingColours.map(([id]) => id).sort()).toEqual([
      'Heading1',
      'Heading2',
      'Heading3',
      'Heading4',
      'Heading5',
      'Heading6',
    ]);
    for (const [, colour] of headingColours) expect(colour).toBe('1A1A1A');
    // The unknown level-3 heading of the standard is a Heading 4 here, in black.
    const doc = xmlDoc(xml);
    const special = all(doc, 'p').find((p) => textOf(p) === 'Særlige forhold i Vesterå')!;
    expect(attr(all(special, 'pStyle')[0], 'val')).toBe('Heading4');
    expect(all(special, 'color')).toHaveLength(0);
    // Only changed runs are blue: every blue run is one of the marked changes.
    expect(marked).toEqual([
      '-Hvem kan få støtte',
      '+Målgruppe',
      '-Støtten gives ikke til borgere under 18 år.',
      '+støtte til at bruge digitale løsninger',
      '-2',
      '+2–3',
      '+eller en godkendt leverandør efter dit frie valg, når du har fået en afgørelse om støtte efter servicelovens §\u00A085',
      '-14 dage',
      '+4 uger',
    ]);
    const purpose = all(doc, 'p').find((p) => textOf(p).startsWith('Formålet med socialpædagogisk støtte'))!;
    const bold = all(purpose, 'r').filter((r) => all(r, 'b').length > 0);
    expect(bold.map((r) => textOf(r)).join('')).toBe('udvikle eller vedligeholde');
  });

  it('writes footnotes as Word footnotes, with the new one marked', () => {
    const notes = xmlDoc(files['word/footnotes.xml']!);
    const byId = new Map(all(notes, 'footnote').map((f) => [attr(f, 'id'), textOf(f).trim()]));
    expect(byId.get('1')).toBe('Lovbekendtgørelse nr.\u00A01089 af 2025-08-15 om social service.');
    expect(byId.get('2')).toBe('Fx MitID og Digital Post.');
    // The new footnote's text is new text: blue.
    const newNote = all(notes, 'footnote').find((f) => attr(f, 'id') === '2')!;
    expect(
      all(newNote, 'r')
        .filter((r) => textOf(r).trim())
        .map((r) => attr(all(r, 'color')[0], 'val')),
    ).toEqual([blue]);
    const refs = all(xmlDoc(xml), 'footnoteReference').map((f) => attr(f, 'id'));
    expect(refs).toEqual(['1', '2']);
    expect(xml).not.toMatch(/\[\^?\d\]|↑/);
  });

  it('gives its tables the page width (5000 fiftieths of a percent), not fifty times it', () => {
    const widths = all(xmlDoc(xml), 'tblW').map((t) => `${attr(t, 'type')}:${attr(t, 'w')}`);
    expect(widths.length).toBe(2);
    expect(new Set(widths)).toEqual(new Set(['pct:5000']));
  });

  it('ties numbers to "§", "stk." and "nr." with non-breaking spaces', () => {
    const text = paragraphTexts(xml).join('\n');
    expect(text).toContain(`jf. §${NBSP}85, stk.${NBSP}1.`);
    expect(text).toContain(`retssikkerhedslovens §${NBSP}60, stk.${NBSP}1, nr.${NBSP}3.`);
    expect(text).not.toMatch(/§ \d|stk\. \d|nr\. \d/);
  });

  it('keeps a proper noun capitalised in the title, and shows version and effective date on the cover', () => {
    const text = paragraphTexts(xml);
    expect(text[0]).toBe('Ændring af kvalitetsstandard for Vesterå Kommunes bostøtte');
    expect(text).toContain('Version 1.1 · gælder fra 1. marts 2026');
  });

  it('tells the committee how many findings remain and which, with no rule ids', () => {
    const text = paragraphTexts(xml).join('\n');
    expect(text).toContain('Den ændrede standard er tjekket med kvalitet; ændringerne giver ingen nye fund.');
    expect(text).toContain('Den ændrede standard har fortsat 3 fund (3 advarsler), som udvalget bør kende:');
    expect(text).toContain('Afsnittet om opfølgning mangler');
    expect(text).not.toMatch(/Regel: |require-[a-z-]+/);
  });
});

describe('the tracked-changes document', async () => {
  const dated = await render(['changes', '--from', before, '--to', after, '--track-changes', '--date', '2026-01-15']);
  const xml = unzipDocx(dated.bytes)['word/document.xml']!;
  const doc = xmlDoc(xml);

  it('dates every revision with the given date, or with today', async () => {
    const dates = new Set([...all(doc, 'ins'), ...all(doc, 'del')].map((e) => attr(e, 'date')));
    expect([...dates]).toEqual(['2026-01-15T00:00:00Z']);
    const today = await render(['changes', '--from', before, '--to', after, '--track-changes']);
    const todayDates = new Set(
      [...all(xmlDoc(unzipDocx(today.bytes)['word/document.xml']!), 'ins')].map((e) => attr(e, 'date')),
    );
    expect([...todayDates]).toEqual(['2026-11-22T00:00:00Z']);
  });

  it('honours SOURCE_DATE_EPOCH for reproducible builds', async () => {
    const r = await render(['changes', '--from', before, '--to', after, '--track-changes'], 'a.docx', {
      SOURCE_DATE_EPOCH: '1767225600',
    });
    const files = unzipDocx(r.bytes);
    expect(files['docProps/core.xml']).toContain('2026-01-01T00:00:00Z');
    const again = await render(['changes', '--from', before, '--to', after, '--track-changes'], 'a.docx', {
      SOURCE_DATE_EPOCH: '1767225600',
    });
    expect(Buffer.from(again.bytes).equals(Buffer.from(r.bytes))).toBe(true);
  });

  it('marks the paragraph mark of a whole deleted paragraph and a whole inserted list item', () => {
    const paraOf = (text: string) => all(doc, 'p').find((p) => textOf(p) === text)!;
    const deleted = paraOf('Støtten gives ikke til borgere under 18 år.');
    const markDel = all(all(deleted, 'pPr')[0]!, 'del');
    expect(markDel).toHaveLength(1);
    expect(attr(markDel[0], 'date')).toBe('2026-01-15T00:00:00Z');
    const inserted = paraOf('støtte til at bruge digitale løsninger');
    expect(all(all(inserted, 'pPr')[0]!, 'ins')).toHaveLength(1);
    // The new item's footnote reference is part of the insertion: rejecting it leaves no stray number.
    const reference = all(inserted, 'footnoteReference')[0]!;
    expect((reference.parentNode!.parentNode as Element).localName).toBe('ins');
    // An edited paragraph keeps its paragraph mark.
    const edited = all(doc, 'p').find((p) => textOf(p).startsWith('Du kan klage over afgørelsen'))!;
    expect(all(edited, 'ins').length).toBeGreaterThan(0);
    expect(all(all(edited, 'pPr')[0]!, 'ins')).toHaveLength(0);
  });

  it('keeps a removed footnote as a deleted footnote, its reference inside the deletion', async () => {
    const dir = await tmp();
    const base = await readFile(join(repoRoot, after), 'utf8');
    await writeFile(join(dir, 'ny.md'), base.replace('færdigheder.[^1]', 'færdigheder.').replace(/\[\^1\]: .*\n/, ''));
    const r = runCli([
      'render',
      'changes',
      '--from',
      join(repoRoot, after),
      '--to',
      join(dir, 'ny.md'),
      '--track-changes',
      '-o',
      join(dir, 'a.docx'),
      '--today',
      '2026-11-22',
    ]);
    expect(r.status).toBe(0);
    const files = unzipDocx(new Uint8Array(await readFile(join(dir, 'a.docx'))));
    const refs = all(xmlDoc(files['word/document.xml']!), 'footnoteReference');
    const removed = refs.find((f) => (f.parentNode!.parentNode as Element).localName === 'del')!;
    expect(removed).toBeDefined();
    const note = all(xmlDoc(files['word/footnotes.xml']!), 'footnote').find(
      (f) => attr(f, 'id') === attr(removed, 'id'),
    )!;
    expect(
      all(note, 'delText')
        .map((t) => t.textContent)
        .join(''),
    ).toBe('Lovbekendtgørelse nr.\u00A01089 af 2025-08-15 om social service.');
  });

  it('gives every revision a unique id', () => {
    const ids = [...all(doc, 'ins'), ...all(doc, 'del')].map((e) => attr(e, 'id'));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the HTML preview', async () => {
  const r = await render(['changes', '--from', before, '--to', after], 'a.html');
  const html = await readFile(r.out, 'utf8');

  it('has the same marks, footnotes, bold, version and remaining findings', () => {
    expect(html).toContain('bostøtteteam <ins>eller en godkendt leverandør');
    expect(html).toContain('<del>14 dage</del> <ins>4 uger</ins>.');
    expect(html).toContain('<strong>udvikle eller vedligeholde</strong>');
    expect(html).toMatch(/<sup class="fnref"><a href="#fodnote-1">1<\/a><\/sup>/);
    expect(html).toContain('<li id="fodnote-2"><ins>Fx MitID og Digital Post.</ins></li>');
    expect(html).toContain('Version 1.1 · gælder fra 1. marts 2026');
    expect(html).toContain('har fortsat 3 fund (3 advarsler)');
    expect(html).not.toMatch(/Regel: /);
  });
});

describe('the publication', async () => {
  it('writes tables with real widths that fill the page', async () => {
    for (const file of [after, 'standards/norddjurs/velfaerdsplan-bostoettemodel.md']) {
      const r = await render(['publication', file]);
      expect(r.status).toBe(0);
      const doc = xmlDoc(unzipDocx(r.bytes)['word/document.xml']!);
      const tables = all(doc, 'tbl');
      expect(tables.length).toBeGreaterThan(0);
      for (const t of tables) {
        const tblW = all(t, 'tblW')[0]!;
        expect(attr(tblW, 'type')).toBe('dxa');
        expect(Number(attr(tblW, 'w'))).toBe(9070);
        const grid = all(t, 'gridCol').map((g) => Number(attr(g, 'w')));
        expect(grid.reduce((a, b) => a + b, 0)).toBe(9070);
        for (const w of grid) expect(w).toBeGreaterThanOrEqual(1000);
        for (const tc of all(t, 'tcW')) expect(attr(tc, 'type')).toBe('dxa');
      }
    }
  });

  it('writes footnotes as Word footnotes and bold as bold', async () => {
    const r = await render(['publication', after]);
    const files = unzipDocx(r.bytes);
    const xml = files['word/document.xml']!;
    expect(all(xmlDoc(xml), 'footnoteReference').map((f) => attr(f, 'id'))).toEqual(['1', '2']);
    expect(files['word/footnotes.xml']).toContain('Fx MitID og Digital Post.');
    expect(xml).not.toMatch(/\[\^?\d\]/);
    expect(runsOf(xml).some((x) => x.text === 'udvikle eller vedligeholde')).toBe(true);
  });

  it('warns on a standard in consultation and never calls it approved', async () => {
    const r = await render(['publication', after]);
    expect(r.stderr).toContain('har status høring; publikationen er mærket som høringsudgave');
    const text = paragraphTexts(unzipDocx(r.bytes)['word/document.xml']!);
    expect(text[2]).toMatch(
      /^Høringsudgave – denne udgave af standarden er sendt i høring og er endnu ikke politisk godkendt/,
    );
    expect(text[1]).toBe('Vesterå Kommune · Version 1.1 · gælder fra 1. marts 2026');
    expect(text.at(-1)).toBe(
      'Høringsudgave – endnu ikke politisk godkendt. Den gældende udgave er godkendt af Social- og Sundhedsudvalget den 11. februar 2025.',
    );
    expect(text.join('\n')).not.toMatch(/^Godkendt af/m);
  });

  it('says who approved an approved standard', async () => {
    const r = await render(['publication', before]);
    expect(r.stderr).not.toContain('Bemærk');
    const text = paragraphTexts(unzipDocx(r.bytes)['word/document.xml']!);
    expect(text.at(-1)).toBe('Godkendt af Social- og Sundhedsudvalget den 11. februar 2025.');
    expect(text.join('\n')).not.toContain('Høringsudgave');
  });
});

describe('PDF output', () => {
  it('writes a real PDF of the change document through LibreOffice', async () => {
    const r = await render(['changes', '--from', before, '--to', after, '--meeting-date', '2026-02-10'], 'a.pdf');
    expect(r.status).toBe(0);
    expect(Buffer.from(r.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', [r.out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Ændring af kvalitetsstandard for Vesterå Kommunes bostøtte');
    expect(text).toContain('Forelægges Social- og Sundhedsudvalget til godkendelse den 10. februar 2026.');
  }, 120_000);

  it('refuses clearly, writing nothing, when LibreOffice is missing', async () => {
    const dir = await tmp();
    const out = join(dir, 'a.pdf');
    const r = runCli(['render', 'publication', after, '-o', out], {
      env: { PATH: '/findes-ikke', KVALITET_SOFFICE: '' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('PDF kræver LibreOffice: programmet soffice findes ikke');
    expect(r.stderr).toContain('libreoffice-writer');
    await expect(stat(out)).rejects.toThrow();
  });

  it('refuses a .pdf name for a Word file', async () => {
    const r = runCli([
      'render',
      'changes',
      '--from',
      before,
      '--to',
      after,
      '--format',
      'docx',
      '-o',
      join(await tmp(), 'x.pdf'),
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('hedder .pdf, men formatet er docx');
  });
});

describe('dates in findings', () => {
  it('are written the Danish way in the list of remaining findings', async () => {
    const dir = await tmp();
    // A § 83 standard must be approved every year; this one was approved in May 2024.
    const standard = (hours: string) =>
      `---\ntitel: Kvalitetsstandard for praktisk hjælp\nkommune: Søndermark Kommune\nparagraffer: [SEL § 83]\ngodkendt-dato: 2024-05-02\n---\n# Kvalitetsstandard for praktisk hjælp\n\n## Formål\n\nHjælpen skal gøre dig så selvhjulpen som muligt.\n\n## Omfang\n\nRengøring ${hours}.\n`;
    await writeFile(join(dir, 'gammel.md'), standard('hver anden uge'));
    await writeFile(join(dir, 'ny.md'), standard('hver anden uge eller efter behov'));
    const r = runCli([
      'render',
      'changes',
      '--from',
      join(dir, 'gammel.md'),
      '--to',
      join(dir, 'ny.md'),
      '-o',
      join(dir, 'a.docx'),
      '--today',
      '2026-11-22',
    ]);
    expect(r.status).toBe(0);
    const text = paragraphTexts(
      unzipDocx(new Uint8Array(await readFile(join(dir, 'a.docx'))))['word/document.xml']!,
    ).join('\n');
    expect(text).toContain('sidst godkendt 2. maj 2024');
    expect(text).not.toContain('2024-05-02');
  });
});

describe('number agreement for one change and one new finding', () => {
  it('says "1 ændret afsnit" and "1 nyt fund"', async () => {
    const dir = await tmp();
    const base = await readFile(join(repoRoot, after), 'utf8');
    // The edit makes the complaint deadline too short: one changed section, one new finding.
    await writeFile(join(dir, 'ny.md'), base.replace('inden 4 uger.', 'inden 2 uger.'));
    const r = runCli([
      'render',
      'changes',
      '--from',
      join(repoRoot, after),
      '--to',
      join(dir, 'ny.md'),
      '-o',
      join(dir, 'a.docx'),
      '--today',
      '2026-11-22',
    ]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(': 1 ændret afsnit, 1 ord slettet og 1 ord tilføjet; 0 fund løst, 1 nyt fund; ');
    const text = paragraphTexts(
      unzipDocx(new Uint8Array(await readFile(join(dir, 'a.docx'))))['word/document.xml']!,
    ).join('\n');
    expect(text).toMatch(
      /ændringerne giver 1 nyt fund: En klagefrist i standarden skal være 4 uger .* \(afsnittet „Klageadgang“\)/,
    );
  });
});

describe('footnotes outside the renderers', () => {
  it('the linter reads a standard with footnotes without trouble, and the parser keeps their text', () => {
    const lint = runCli(['lint', after, '--format', 'json', '--today', '2026-11-22', '--no-baseline']);
    expect(lint.stderr).not.toMatch(/TypeError|Error:|at .*\.js/);
    expect([0, 1]).toContain(lint.status);
    expect(JSON.parse(lint.stdout)).toBeDefined();
    const parsed = runCli(['parse', after, '--format', 'json']);
    expect(parsed.status).toBe(0);
    const doc = [JSON.parse(parsed.stdout)].flat()[0];
    expect(doc.footnotes.map((f: { text: string }) => f.text)).toEqual([
      'Lovbekendtgørelse nr. 1089 af 2025-08-15 om social service.',
      'Fx MitID og Digital Post.',
    ]);
  });
});
