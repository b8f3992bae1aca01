import { describe, expect, it } from 'vitest';
import { parseStandard } from './parse.js';
import { validateDocument } from './validate.js';

const md = (s: string) => s.replace(/^\n/, '');

describe('parseStandard', () => {
  it('builds sections with keys, blocks and positions', () => {
    const { document } = parseStandard(
      md(`
# Kvalitetsstandard for bostøtte

## Hvad er formålet med indsatsen?

Du kan udvikle eller vedligeholde dine færdigheder.

## Målgruppe

- voksne med betydelig nedsat funktionsevne
- voksne med særlige sociale problemer
`),
      { file: 'a.md' },
    );
    expect(document.sections.map((s) => [s.key, s.heading, s.level])).toEqual([
      ['titel', 'Kvalitetsstandard for bostøtte', 1],
      ['formaal', 'Hvad er formålet med indsatsen?', 2],
      ['maalgruppe', 'Målgruppe', 2],
    ]);
    const list = document.sections[2]!.blocks[0]!;
    expect(list.kind).toBe('list');
    expect(list.items?.map((i) => i.position?.start.line)).toEqual([9, 10]);
    expect(document.sections[1]!.blocks[0]!.position?.start).toEqual({ line: 5, column: 1, offset: 70 });
    expect(validateDocument(document)).toEqual([]);
  });

  it('maps citation positions through inline formatting', () => {
    const src = 'Hjælpen gives efter **servicelovens § 85**, stk. 1.';
    const { document } = parseStandard(src);
    const c = document.citations[0]!;
    expect(c.text).toBe('servicelovens § 85, stk. 1');
    expect(src.slice(c.position!.start.offset, c.position!.end.offset)).toBe('servicelovens § 85**, stk. 1');
  });

  it('keeps a template field in angle brackets as text, but not real inline HTML', () => {
    const { document } = parseStandard('# Standard\n\nGælder fra <dato>, se <span>siden</span> og spørg <leder>.\n', {
      file: 'x.md',
    });
    expect(document.sections[0]!.blocks[0]!.text).toBe('Gælder fra <dato>, se siden og spørg <leder>.');
  });

  it('keeps and reports unknown headings', () => {
    const { document } = parseStandard('## Formål\n\nTekst.\n\n## Vigtig information\n\nMere tekst.\n');
    expect(document.sections[1]).toMatchObject({ key: null, heading: 'Vigtig information' });
    expect(document.sections[1]!.blocks).toHaveLength(1);
    const d = document.diagnostics.find((x) => x.ruleId === 'parse/unknown-heading');
    expect(d).toMatchObject({
      severity: 'info',
      section: 'Vigtig information',
      place: { start: { line: 5, column: 1 } },
    });
  });

  it('reads a top-level section with an unknown heading by its content when one subject dominates', () => {
    const source = [
      '## Formål',
      '',
      'Tekst.',
      '',
      '## Når du ikke er enig',
      '',
      'Du kan klage over vores afgørelse inden fire uger.',
      '',
      'Klagen sendes til os, og vi ser sagen igennem igen, før den går videre til Ankestyrelsen.',
      '',
      '## Det vigtigste kort',
      '',
      'Hjælpen gives af vores eget team. Den koster ikke noget. Du kan klage over afgørelsen. Vi følger op hvert halve år.',
      '',
      '## Indhold',
      '',
      '### Rengøring',
      '',
      'Vi gør rent en time om ugen.',
      '',
      'Vinduerne pudses fire gange om året.',
      '',
    ].join('\n');
    const { document } = parseStandard(source);
    const byHeading = (h: string) => document.sections.find((s) => s.heading === h)!;
    expect(byHeading('Når du ikke er enig')).toMatchObject({ key: 'klageadgang', keyFrom: 'content' });
    // An overview touches many subjects in passing: no subject dominates, the heading stays unknown.
    expect(byHeading('Det vigtigste kort')).toMatchObject({ key: null });
    expect(byHeading('Det vigtigste kort').keyFrom).toBeUndefined();
    // A subsection stays part of its parent, whatever it speaks of.
    expect(byHeading('Rengøring')).toMatchObject({ key: null });
    expect(byHeading('Formål').keyFrom).toBeUndefined();
    const info = document.diagnostics.find((d) => d.section === 'Når du ikke er enig');
    expect(info?.message).toBe(
      'Overskriften „Når du ikke er enig“ svarer ikke til et kendt afsnit; ud fra indholdet læses den som afsnittet om klageadgang.',
    );
    expect(validateDocument(document)).toEqual([]);
  });

  it('reads frontmatter and records what it guessed', () => {
    const { document } = parseStandard(
      md(`
---
titel: Bostøtte
kommune: Eksempel Kommune
paragraffer: [SEL § 85, "§ 82 b"]
type: kvalitetsstandard
godkendt-dato: 2026-01-12
---
## Formål

Tekst.
`),
    );
    expect(document.metadata).toMatchObject({
      title: 'Bostøtte',
      municipality: 'Eksempel Kommune',
      type: 'standard',
      approvalDate: '2026-01-12',
      paragraphs: [
        { law: 'SEL', paragraph: '85' },
        { law: 'SEL', paragraph: '82 b', lawImplicit: true },
      ],
      guessed: [],
    });
  });

  it('guesses metadata from the text when there is no frontmatter', () => {
    const { document } = parseStandard(
      md(`
# Kvalitetsstandard for socialpædagogisk støtte

## Lovgrundlag

Servicelovens §§ 1, 81 og 85.

## Formål

Eksempel Kommune giver støtte.

## Godkendelse

Godkendt af Social- og Sundhedsudvalget den 3. marts 2026.
`),
    );
    expect(document.metadata).toMatchObject({
      title: 'Kvalitetsstandard for socialpædagogisk støtte',
      type: 'standard',
      municipality: 'Eksempel Kommune',
      committee: 'Social- og Sundhedsudvalget',
      approvalDate: '2026-03-03',
      paragraphs: [{ law: 'SEL', paragraph: '85' }],
    });
    expect(document.metadata.guessed).toEqual(
      expect.arrayContaining(['title', 'paragraphs', 'type', 'municipality', 'committee', 'approvalDate']),
    );
  });
});

describe('an empty paragraph list', () => {
  it('is read as not given, so the paragraphs are guessed from the text', () => {
    const { document } = parseStandard(
      '---\nparagraffer: []\n---\n# Standard\n\n## Lovgrundlag\n\nServicelovens § 85.\n',
      { file: 'x.md' },
    );
    expect(document.metadata.paragraphs).toEqual([{ law: 'SEL', paragraph: '85' }]);
    expect(document.metadata.guessed).toContain('paragraphs');
  });
});

describe('broken input gives diagnostics, never exceptions', () => {
  const errors = (src: string) =>
    parseStandard(src, { file: 'x.md' }).document.diagnostics.filter((d) => d.severity === 'error');

  it('invalid YAML frontmatter', () => {
    const [d] = errors('---\ntitel: "uafsluttet\nkommune: X\n---\n# Titel\n');
    expect(d).toMatchObject({ ruleId: 'parse/frontmatter', messageId: 'yamlSyntax', file: 'x.md' });
    expect(d!.message).toMatch(/^Frontmatter er ikke gyldig YAML/);
    expect(d!.place?.start.line).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['titel: X\ntitel: Y', 'linje 3, kolonne 1): det samme felt står to gange'],
    ['titel: "uafsluttet\nkommune: X', 'et tegn mangler'],
    ['titel: @navn', 'linje 2, kolonne 8): en værdi begynder med et tegn, der ikke må stå først'],
    ['kilde:\n\ttitel: X', 'tabulator brugt som indrykning'],
    ['titel: [a, b', 'forkert indrykning'],
  ])('YAML error in %j: Danish, with line and column', (yaml, text) => {
    const problems = errors(`---\n${yaml}\n---\n# Titel\n`).filter((d) => d.messageId === 'yamlSyntax');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((d) => d.message).join('\n')).toContain(text);
    for (const d of problems) {
      expect(d.message).toMatch(/^Frontmatter er ikke gyldig YAML \(linje \d+, kolonne \d+\): /);
      // None of the yaml library's English ("Map keys must be unique", "Unexpected scalar").
      expect(d.message).not.toMatch(/\b(must|Unexpected|Missing|Implicit|Tabs|alias|scalar)\b/);
    }
  });

  it('unknown frontmatter key, with a suggestion', () => {
    const [d] = errors('---\nkommunen: X\n---\n# Titel\n');
    expect(d).toMatchObject({ messageId: 'unknownKey', place: { start: { line: 2, column: 1 } } });
    expect(d!.message).toContain('mente du „kommune“');
  });

  it('wrong values in frontmatter', () => {
    const ds = errors('---\ntype: notat\ngodkendt-dato: 12-01-2026\nparagraffer: [bostøtte]\n---\n# Titel\n');
    expect(ds.map((d) => d.messageId)).toEqual(['invalidValue', 'invalidValue', 'invalidValue']);
    expect(ds[1]!.message).toContain('ÅÅÅÅ-MM-DD');
  });

  it('unclosed frontmatter', () => {
    expect(errors('---\ntitel: X\n\n# Titel\n\nTekst')[0]).toMatchObject({ messageId: 'unclosed' });
  });

  it('an empty file', () => {
    expect(errors('')).toMatchObject([{ ruleId: 'parse/empty-document' }]);
    expect(errors('  \n\n ')).toMatchObject([{ ruleId: 'parse/empty-document' }]);
  });

  it('a file with headings only', () => {
    const { document } = parseStandard('# Kvalitetsstandard\n\n## Formål\n\n## Målgruppe\n');
    expect(document.diagnostics.filter((d) => d.ruleId === 'parse/empty-section').map((d) => d.section)).toEqual([
      'Formål',
      'Målgruppe',
    ]);
    expect(validateDocument(document)).toEqual([]);
  });

  it('a file with no headings', () => {
    const { document } = parseStandard('Bare en tekst uden overskrifter.');
    expect(document.diagnostics.map((d) => d.ruleId)).toEqual(['parse/no-headings']);
    expect(document.sections[0]).toMatchObject({ key: null, level: 0, heading: '' });
  });

  it('garbage Markdown still parses', () => {
    const { document } = parseStandard('## [[[ **\n\n| a |\n|---\n> > > \n```\nuafsluttet kode');
    expect(validateDocument(document)).toEqual([]);
  });
});

describe('document type of a committee case', () => {
  it('a case about a standard is not the standard (title)', () => {
    const r = parseStandard(
      '# Ændret kvalitetsstandard for bostøtte – sagsfremstilling\n\n## Formål\n\nTekst.\n\n## Målgruppe\n\nTekst.\n\n## Indhold\n\nTekst.\n',
      { file: 'sag.md' },
    );
    expect(r.document.metadata.type).toBe('other');
  });
  it('a case is known by its headings', () => {
    const r = parseStandard(
      '# Kvalitetsstandard for bostøtte\n\n## Resumé\n\nA.\n\n## Indstilling\n\nB.\n\n## Økonomi\n\nC.\n\n## Formål\n\nD.\n',
      { file: 'sag.md' },
    );
    expect(r.document.metadata.type).toBe('other');
  });
  it('a standard with one heading "Økonomi" stays a standard', () => {
    const r = parseStandard(
      '# Kvalitetsstandard for bostøtte\n\n## Formål\n\nA.\n\n## Målgruppe\n\nB.\n\n## Indhold\n\nC.\n\n## Økonomi\n\nD.\n',
      { file: 'std.md' },
    );
    expect(r.document.metadata.type).toBe('standard');
  });
});

describe('footnotes and inline formatting', () => {
  const md = [
    '# Kvalitetsstandard for bostøtte',
    '',
    '## Lovgrundlag',
    '',
    'Støtten gives efter **servicelovens § 85**.[^lov] Se også *vejledningen*.',
    '',
    '- et punkt med en note[^2]',
    '- et **fedt** punkt',
    '',
    '[^lov]: Lovbekendtgørelse om social service, jf. servicelovens § 85, stk. 1.',
    '[^2]: En note med **fed** tekst.',
    '',
  ].join('\n');

  it('keeps footnotes in the document, not as text in the last section', () => {
    const { document } = parseStandard(md);
    expect(document.footnotes?.map((f) => [f.label, f.text])).toEqual([
      ['lov', 'Lovbekendtgørelse om social service, jf. servicelovens § 85, stk. 1.'],
      ['2', 'En note med fed tekst.'],
    ]);
    expect(document.footnotes?.[1]?.marks).toEqual([{ kind: 'strong', start: 12, end: 15 }]);
    expect(document.footnotes?.[0]?.position?.start.line).toBe(10);
    // The definitions are not blocks, and the references are not text.
    const blocks = document.sections.flatMap((s) => s.blocks);
    expect(blocks.map((b) => b.text)).toEqual([
      'Støtten gives efter servicelovens § 85. Se også vejledningen.',
      'et punkt med en note\net fedt punkt',
    ]);
    expect(validateDocument(document)).toEqual([]);
  });

  it('marks bold, italics and footnote references by offset in the block text', () => {
    const { document } = parseStandard(md);
    const [para, list] = document.sections[1]!.blocks;
    expect(para!.marks).toEqual([
      { kind: 'strong', start: 20, end: 38 },
      { kind: 'footnote', start: 39, end: 39, label: 'lov' },
      { kind: 'emphasis', start: 48, end: 60 },
    ]);
    expect(para!.text.slice(20, 38)).toBe('servicelovens § 85');
    // In a list, offsets count in the block text (items joined by newlines).
    expect(list!.marks).toEqual([
      { kind: 'footnote', start: 20, end: 20, label: '2' },
      { kind: 'strong', start: 24, end: 28 },
    ]);
    expect(list!.text.slice(24, 28)).toBe('fedt');
  });

  it('counts a law citation in a footnote in the section that refers to it', () => {
    const { document } = parseStandard(md);
    const fromNote = document.citations.filter((c) => c.text.includes('stk. 1'));
    expect(fromNote).toHaveLength(1);
    expect(fromNote[0]).toMatchObject({ sectionIndex: 1, references: [{ law: 'SEL', paragraph: '85', stk: 1 }] });
    expect(fromNote[0]!.position?.start.line).toBe(10);
  });
});

describe('parseStandard syntax', () => {
  const text = '# Titel\n\n## Kontakt\n\nSe https://www.example.dk og ~udgået~ tekst.\n\n- [ ] opgave\n';
  const kinds = (syntax?: 'standard' | 'gfm') => {
    const tree = parseStandard(text, syntax ? { syntax } : {}).tree;
    const found: string[] = [];
    const walk = (n: { type: string; children?: unknown[]; checked?: unknown }) => {
      if (n.type === 'link' || n.type === 'delete') found.push(n.type);
      if (n.type === 'listItem' && typeof n.checked === 'boolean') found.push('task');
      for (const c of (n.children ?? []) as Array<typeof n>) walk(c);
    };
    walk(tree);
    return found;
  };
  it('reads only the GFM a standard uses by default, and all of GFM (links, single tilde, tasks) on request', () => {
    expect(kinds()).toEqual([]);
    expect(kinds('gfm')).toEqual(['link', 'delete', 'task']);
  });
});

describe("parseStandard with syntax 'gfm' (the publication's parse)", () => {
  const linksOf = (text: string) => {
    const links: Array<{ url: string; text: string }> = [];
    const walk = (node: { type: string; url?: string; children?: unknown[]; value?: string }) => {
      if (node.type === 'link')
        links.push({
          url: node.url!,
          text: (node.children as Array<{ value?: string }>).map((c) => c.value ?? '').join(''),
        });
      for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
    };
    walk(parseStandard(text, { syntax: 'gfm', validate: false }).tree as never);
    return links;
  };

  it('turns bare web and e-mail addresses into links, in text, emphasis and tables', () => {
    expect(
      linksOf(
        '# T\n\nSe www.ast.dk og https://www.retsinformation.dk/eli/lta/2024/1, eller skriv til post@kommune.dk.\n\n**www.fed.dk**\n\n| a |\n| --- |\n| www.celle.dk |\n',
      ),
    ).toEqual([
      { url: 'http://www.ast.dk', text: 'www.ast.dk' },
      { url: 'https://www.retsinformation.dk/eli/lta/2024/1', text: 'https://www.retsinformation.dk/eli/lta/2024/1' },
      { url: 'mailto:post@kommune.dk', text: 'post@kommune.dk' },
      { url: 'http://www.fed.dk', text: 'www.fed.dk' },
      { url: 'http://www.celle.dk', text: 'www.celle.dk' },
    ]);
  });

  it('leaves addresses in code and in written links alone, and keeps tables, footnotes, strikethrough and task lists', () => {
    const r = parseStandard(
      '# T\n\n`www.kode.dk` og [side](https://x.dk) ~~gammel~~\n\n- [x] gjort\n\nFod[^1].\n\n[^1]: Note.\n',
      {
        syntax: 'gfm',
        validate: false,
      },
    );
    const types = new Set<string>();
    const walk = (node: { type: string; children?: unknown[] }) => {
      types.add(node.type);
      for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
    };
    walk(r.tree as never);
    expect([...types]).toEqual(
      expect.arrayContaining(['inlineCode', 'link', 'delete', 'footnoteReference', 'footnoteDefinition']),
    );
    expect(linksOf('# T\n\n`www.kode.dk` og [side](https://x.dk)\n')).toEqual([{ url: 'https://x.dk', text: 'side' }]);
  });
});
