import { describe, expect, it } from 'vitest';
import { emptyReport, textToMarkdown } from './text.js';

const md = (text: string) => {
  const report = emptyReport();
  return { out: textToMarkdown(text, report), report };
};

describe('textToMarkdown', () => {
  it('splits a run-in heading from the first sentence of a two-column layout', () => {
    const { out, report } = md(
      'Kvalitetsstandard for bostøtte\n\nMålgruppe Voksne med betydelig nedsat funktionsevne, som har\nbehov for støtte i hverdagen.\n',
    );
    expect(out).toBe(
      '# Kvalitetsstandard for bostøtte\n\n## Målgruppe\n\nVoksne med betydelig nedsat funktionsevne, som har behov for støtte i hverdagen.\n',
    );
    expect(report.runInHeadings).toBe(1);
  });

  it('does not split an ordinary sentence that begins with a heading word', () => {
    const { out } = md(
      'Titel\n\nFormål\n\nFormålet med støtten er at hjælpe dig.\n\nLeverandøren arbejder helhedsorienteret og kender dig.\n',
    );
    expect(out).toContain('Leverandøren arbejder helhedsorienteret');
    expect(out).not.toContain('## Leverandøren');
  });

  it('removes page numbers, also in the middle of a sentence', () => {
    const { out, report } = md('Titel\n\nOmfang\n\nStøtten kan også leveres om aftenen og i\n\n\n\n2\n\nweekenden.\n');
    expect(out).toContain('Støtten kan også leveres om aftenen og i weekenden.');
    expect(report.pageNumbersRemoved).toBe(1);
  });

  it('repairs hyphenation only where the joined word is a word', () => {
    const { out, report } = md(
      'Titel\n\nOpfølgning\n\nVi laver en op-\nfølgning med dig og en rehabiliterings- og stabiliseringsperiode,\nog CTI-\nmetoden bruges. Det er en aktivitets-\nog samværsindsats.\n',
    );
    expect(out).toContain('en opfølgning med dig');
    expect(out).toContain('CTI-metoden');
    expect(out).toContain('aktivitets- og samværsindsats');
    expect(report.hyphenationsJoined).toBe(1);
  });

  it('rebuilds lists from bullet glyphs and numbered items', () => {
    const { out } = md(
      'Titel\n\nIndhold\n\nStøtten kan fx være:\n\n• støtte til indkøb\n\n\uF02D støtte til\nøkonomi\n\n- struktur i hverdagen\n\nDu skal være:\n\n1) over 18 år\n2) bosat i kommunen\n',
    );
    expect(out).toContain('- støtte til indkøb\n- støtte til økonomi\n- struktur i hverdagen');
    expect(out).toContain('1. over 18 år\n2. bosat i kommunen');
  });

  it('joins a sentence broken by blank lines, and keeps paragraphs apart', () => {
    const { out } = md(
      'Titel\n\nFormål\n\nFormålet er en målrettet indsats med henblik på,\n\nat du kan klare dig selv.\n\nDerudover afklarer vi dit behov.\n',
    );
    expect(out).toContain(
      'Formålet er en målrettet indsats med henblik på, at du kan klare dig selv.\n\nDerudover afklarer vi dit behov.',
    );
  });

  it('removes a table of contents repeated at the end and one with dot leaders at the start', () => {
    const end = md(
      'Kvalitetsstandard\n\nFormål\n\nAt støtte dig.\n\nMålgruppe\n\nVoksne med behov for støtte i hverdagen.\n\n\tKvalitetsstandard\n\tFormål\n\tMålgruppe\n',
    );
    expect(end.out.trim().endsWith('Voksne med behov for støtte i hverdagen.')).toBe(true);
    expect(end.report.tocLinesRemoved).toBe(3);
    const start = md('Kvalitetsstandard\n\nFormål .......... 2\nMålgruppe .......... 3\n\nFormål\n\nAt støtte dig.\n');
    expect(start.out).not.toContain('....');
    expect(start.report.tocLinesRemoved).toBe(2);
  });

  it('recognises question and numbered headings, and joins a two-line title', () => {
    const { out } = md(
      'Redaktionel ændring af kvalitetsstandard for\nmidlertidigt botilbud\n\n2.1 Lovgrundlag\n\nServiceloven § 107.\n\nHvem kan modtage indsatsen?\n\nVoksne med betydelig nedsat funktionsevne.\n',
    );
    expect(out).toContain('# Redaktionel ændring af kvalitetsstandard for midlertidigt botilbud');
    expect(out).toContain('### 2.1 Lovgrundlag');
    expect(out).toContain('## Hvem kan modtage indsatsen?');
  });

  it('leaves an address block as paragraphs', () => {
    const { out } = md('Titel\n\nKontakt\n\nEksempel Kommune\n\nMyndigheds- og Visitationsafdelingen\n\nTorvet 3\n');
    expect(out).toBe('# Titel\n\n## Kontakt\n\nEksempel Kommune\n\nMyndigheds- og Visitationsafdelingen\n\nTorvet 3\n');
  });

  it('puts back the "§" a web page or PDF lost after the name of a law, and leaves amounts and dates alone', () => {
    const { out, report } = md(
      'Titel\n\nLovgrundlag\n\nStøtten gives efter lov om social service 85 og servicelovens 107, stk. 2.\n\nEfter retssikkerhedslovens 3, stk. 2, og servicelovens 82 b og 85 har vi frister.\n\nLov om social service 3 timer om ugen er ikke en henvisning, og det er serviceloven § 86 allerede.\n',
    );
    expect(out).toContain('lov om social service § 85 og servicelovens § 107, stk. 2.');
    expect(out).toContain('retssikkerhedslovens § 3, stk. 2, og servicelovens §§ 82 b og 85');
    expect(out).toContain('Lov om social service 3 timer om ugen');
    expect(out).toContain('serviceloven § 86 allerede');
    expect(report.sectionSignsRestored).toBe(4);
  });

  it('drops a table of contents without dot leaders and keeps the headings it lists in the body', () => {
    const { out, report } = md(
      'Kvalitetsstandard for aktivitetstilbud\n\n1. Formål 2\n2. Målgruppe 2\n3. Klagevejledning 3\n\n1. Formål\n\nVi vil give dig et meningsfuldt indhold i hverdagen sammen med andre.\n\n2. Målgruppe\n\nTilbuddet er for voksne, der har brug for et sted at komme i dagtimerne.\n\n3. Klagevejledning\n\nDu kan klage inden fire uger efter, at du har fået afgørelsen.\n',
    );
    expect(report.tocLinesRemoved).toBe(3);
    expect(out).toBe(
      '# Kvalitetsstandard for aktivitetstilbud\n\n## 1. Formål\n\nVi vil give dig et meningsfuldt indhold i hverdagen sammen med andre.\n\n## 2. Målgruppe\n\nTilbuddet er for voksne, der har brug for et sted at komme i dagtimerne.\n\n## 3. Klagevejledning\n\nDu kan klage inden fire uger efter, at du har fået afgørelsen.\n',
    );
  });

  it('keeps three short lines that come again later when they do not read as a table of contents', () => {
    const { out, report } = md(
      'Titel\n\nFormål\n\nVi hjælper med:\n\nRengøring\nTøjvask\nIndkøb\n\nOmfang\n\nHvor ofte du får hjælp, afhænger af dit behov.\n\nRengøring\n\nTøjvask\n\nIndkøb\n\nKontakt\n\nRing til visitationen på hverdage mellem klokken 9 og 12.\n',
    );
    expect(report.tocLinesRemoved).toBe(0);
    expect(out).toContain('Rengøring');
  });
});

describe('long paragraphs', () => {
  it('joins thousands of wrapped lines into one paragraph, word for word, with hyphenations repaired', () => {
    const line = (k: number) =>
      k % 50 === 49 ? `borgeren får støtte nummer ${k} i hver-` : `borgeren får støtte nummer ${k} i hverdagen og`;
    const lines = [
      'Kvalitetsstandard for bostøtte',
      '',
      'Formål',
      '',
      'Støtten gives i hjemmet, og',
      ...Array.from({ length: 3000 }, (_, k) => line(k)),
      'dagen slutter her.',
    ];
    const report = emptyReport();
    const md = textToMarkdown(lines.join('\n'), report);
    const blocks = md.trim().split(/\n\s*\n/);
    expect(blocks.slice(0, 2)).toEqual(['# Kvalitetsstandard for bostøtte', '## Formål']);
    expect(blocks).toHaveLength(3);
    const text = blocks[2]!;
    expect(text.startsWith('Støtten gives i hjemmet, og borgeren får støtte nummer 0 i hverdagen og borgeren')).toBe(
      true,
    );
    expect(text.endsWith('borgeren får støtte nummer 2999 i hverdagen slutter her.')).toBe(true);
    // Every line is there once and in order, and each "hver-" at a line's end is joined with "dagen" or kept.
    expect(text.match(/støtte nummer \d+/g)?.map((m) => Number(m.slice(14)))).toEqual(
      Array.from({ length: 3000 }, (_, k) => k),
    );
    expect(report.hyphenationsJoined + report.hyphenationsKept).toBe(60);
  });
});
