import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importBytes } from '../import.js';
import { ImportError } from '../safety.js';
import { importExtensions, importKindLabel, importers } from './index.js';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../../tests/fixtures/import/${name}`, import.meta.url)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const danishReason = async (bytes: Uint8Array, file: string) => {
  const error = await importBytes(bytes, { file }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return (error as ImportError).message;
};

const withFrontmatter = [
  '---',
  'titel: Kvalitetsstandard for praktisk hjælp',
  'kommune: Østerby Kommune',
  '# a comment the author wrote',
  'status: godkendt',
  '---',
  '',
  '# Kvalitetsstandard for praktisk hjælp',
  '',
  '## Formål',
  '',
  'Hjælpen skal gøre borgeren så **selvhjulpen** som muligt.',
  '',
].join('\n');

describe('the importer registry', () => {
  it('has one entry per kind, each with a Danish label and file name endings', () => {
    expect(importers.map((i) => i.kind)).toEqual(['docx', 'pdf', 'markdown', 'text']);
    expect(importKindLabel('docx')).toBe('Word');
    expect(importKindLabel('pdf')).toBe('PDF');
    expect(importKindLabel('text')).toBe('tekst');
    expect(importExtensions).toEqual(['.docx', '.pdf', '.md', '.txt']);
  });

  it('chooses the importer by content, not by the file name', async () => {
    const word = await importBytes(fixture('norddjurs-bostoette-82b-85.docx'), { file: 'forkert-navn.md' });
    expect(word.kind).toBe('docx');
    const text = await importBytes(
      utf8('Bostøtte\n\nStøtten gives til borgere, der har behov for hjælp i eget hjem.\n'),
      {
        file: 'noter.docx',
      },
    );
    expect(text.kind).toBe('text');
    expect(text.markdown).toContain('Importeret fra tekst med kvalitet import.');
  });
});

describe('the Markdown importer', () => {
  it('keeps the frontmatter of a Markdown file (title, fields, comments) and adds only what it lacks', async () => {
    const r = await importBytes(utf8(withFrontmatter), { file: 'praktisk-hjaelp.md' });
    expect(r.kind).toBe('markdown');
    expect(r.metadata.title).toBe('Kvalitetsstandard for praktisk hjælp');
    const [, yaml, body] = r.markdown.split(/^---\n/m);
    expect(yaml).toContain('titel: Kvalitetsstandard for praktisk hjælp\nkommune: Østerby Kommune\n');
    expect(yaml).toContain('# a comment the author wrote');
    expect(yaml).toContain('status: godkendt');
    expect(yaml).not.toContain('status: udkast');
    expect(yaml).toContain('note: "Importeret fra Markdown med kvalitet import.');
    expect(yaml).toContain('type: kvalitetsstandard');
    expect(body).toBe(
      '\n# Kvalitetsstandard for praktisk hjælp\n\n## Formål\n\nHjælpen skal gøre borgeren så **selvhjulpen** som muligt.\n',
    );
    expect(r.markdown).not.toContain('titel: ---');
  });

  it('lets --municipality override the municipality of the frontmatter', async () => {
    const r = await importBytes(utf8(withFrontmatter), { file: 'a.md', municipality: 'Vesterby Kommune' });
    expect(r.markdown).toContain('kommune: Vesterby Kommune\n');
    expect(r.markdown).not.toContain('Østerby');
  });

  it('reads Markdown headings as headings, not as text with "#" in it', async () => {
    const r = await importBytes(utf8(withFrontmatter.split('---\n\n')[1]!), { file: 'uden-frontmatter.md' });
    expect(r.kind).toBe('markdown');
    expect(r.metadata.title).toBe('Kvalitetsstandard for praktisk hjælp');
    expect(r.sections).toEqual(['Formål']);
    expect(r.markdown).toContain('\n## Formål\n');
    expect(r.markdown).toContain('**selvhjulpen**');
  });

  it('refuses frontmatter that is not YAML fields, in Danish', async () => {
    const message = await danishReason(
      utf8('---\n- en\n- liste\n---\n\n# Titel\n\nTekst om hjælp til borgeren.\n'),
      'x.md',
    );
    expect(message).toMatch(/^x\.md: frontmatter i begyndelsen af filen/);
  });
});

describe('the PDF importer', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says in Danish that a damaged PDF cannot be read, and pdf.js prints nothing', async () => {
    const printed: unknown[] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const)
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void printed.push(args));
    const whole = fixture('thisted-socialpaedagogisk-stoette-85.pdf');
    const message = await danishReason(whole.subarray(0, 3000), 'afkortet.pdf');
    expect(message).toMatch(/^afkortet\.pdf: PDF-filen kan ikke læses, da den er beskadiget eller ufuldstændig/);
    expect(message).not.toMatch(/Invalid|PDF structure|Warning/);
    expect(printed).toEqual([]);
  });
});

describe('unpdf', () => {
  it('is pinned to the exact version in the lockfile (1.8.1 breaks PDF import)', () => {
    const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
    const wanted = read('../../package.json').dependencies.unpdf as string;
    const locked = read('../../../../package-lock.json').packages['node_modules/unpdf'].version as string;
    expect(wanted).toMatch(/^\d+\.\d+\.\d+$/);
    expect(wanted).toBe(locked);
  });
});
