// A reproducible corpus of realistic standards for the benchmark, built from the example
// standards in standards/: sections are picked, reordered, repeated and renamed, municipality
// names and paragraphs vary, and some standards get the errors the linter looks for. The same
// seed always gives the same corpus.
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Small fast seeded PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const municipalities = [
  'Aabenraa',
  'Aalborg',
  'Aarhus',
  'Albertslund',
  'Allerød',
  'Assens',
  'Ballerup',
  'Billund',
  'Bornholms',
  'Brøndby',
  'Brønderslev',
  'Egedal',
  'Esbjerg',
  'Faaborg-Midtfyn',
  'Favrskov',
  'Faxe',
  'Fredensborg',
  'Fredericia',
  'Frederiksberg',
  'Frederikshavn',
  'Frederikssund',
  'Furesø',
  'Gentofte',
  'Gladsaxe',
  'Glostrup',
  'Greve',
  'Gribskov',
  'Guldborgsund',
  'Haderslev',
  'Halsnæs',
  'Hedensted',
  'Helsingør',
  'Herlev',
  'Herning',
  'Hillerød',
  'Hjørring',
  'Holbæk',
  'Holstebro',
  'Horsens',
  'Hvidovre',
  'Høje-Taastrup',
  'Hørsholm',
  'Ikast-Brande',
  'Ishøj',
  'Jammerbugt',
  'Kalundborg',
  'Kerteminde',
  'Kolding',
  'Københavns',
  'Køge',
  'Langeland',
  'Lejre',
  'Lemvig',
  'Lolland',
  'Lyngby-Taarbæk',
  'Mariagerfjord',
  'Middelfart',
  'Morsø',
  'Norddjurs',
  'Nordfyns',
  'Nyborg',
  'Næstved',
  'Odder',
  'Odense',
  'Odsherred',
  'Randers',
  'Rebild',
  'Ringkøbing-Skjern',
  'Ringsted',
  'Roskilde',
  'Rudersdal',
  'Rødovre',
  'Samsø',
  'Silkeborg',
  'Skanderborg',
  'Skive',
  'Slagelse',
  'Solrød',
  'Sorø',
  'Stevns',
  'Struer',
  'Svendborg',
  'Syddjurs',
  'Sønderborg',
  'Thisted',
  'Tønder',
  'Tårnby',
  'Vallensbæk',
  'Varde',
  'Vejen',
  'Vejle',
  'Vesthimmerlands',
  'Viborg',
  'Vordingborg',
  'Ærø',
];
const paragraphs = [
  'SEL § 85',
  'SEL § 107',
  'SEL § 108',
  'SEL § 85 a',
  'SEL § 82 b',
  'SEL § 83',
  'SEL § 97',
  'SEL § 104',
];
const injected = [
  'De gældende sagsfrister findes på kommunens hjemmeside: [indsæt link]',
  'Du kan klage inden 14 dage. Klag direkte til Ankestyrelsen.',
  'Formålet er, at du kan udvikle dine færdigheder.',
  'Bostøtte udgør højst 3 timer om ugen.',
  'Der bevilges aldrig støtte til indkøb for borgere under 40 år.',
  'Godkendt i udvalget den XX.',
];

interface Section {
  heading: string;
  body: string;
}

function sectionsOf(markdown: string): { title: string; sections: Section[] } {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const parts = body.split(/^(?=#{1,3} )/m);
  const title = /^# (.+)$/m.exec(body)?.[1] ?? 'Kvalitetsstandard';
  const sections = parts
    .filter((p) => /^#{2,3} /.test(p))
    .map((p) => {
      const [first, ...rest] = p.split('\n');
      return { heading: first!.replace(/^#+ /, ''), body: rest.join('\n').trim() };
    });
  return { title, sections };
}

/** Writes `count` standards into `dir` (emptied first); returns their paths and total bytes. */
export async function makeCorpus(
  dir: string,
  count: number,
  seed = 2026,
  standardsDir = 'standards',
): Promise<{ files: string[]; bytes: number }> {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const sources: Array<{ title: string; sections: Section[] }> = [];
  for (const sub of await readdir(standardsDir)) {
    for (const f of await readdir(join(standardsDir, sub))) {
      if (!f.endsWith('.md')) continue;
      const parsed = sectionsOf(await readFile(join(standardsDir, sub, f), 'utf8'));
      if (parsed.sections.length >= 5) sources.push(parsed);
    }
  }
  const pool = sources.flatMap((s) => s.sections);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const base = pick(sources);
    const municipality = `${pick(municipalities)} Kommune`;
    // Target size 2–40 KB, skewed towards typical 5–15 KB standards.
    const target = Math.round(2048 + Math.pow(rand(), 2) * 36 * 1024);
    const chosen: Section[] = base.sections.filter(() => rand() > 0.5).slice(0, 6);
    let size = chosen.reduce((n, s) => n + s.body.length, 0);
    let extra = 0;
    while (size < target) {
      const s = pick(pool);
      chosen.splice(
        Math.floor(rand() * (chosen.length + 1)),
        0,
        extra++ % 3 === 0 ? { heading: `${s.heading} (${extra})`, body: s.body } : s,
      );
      size += s.body.length;
    }
    const para = pick(paragraphs);
    const lines = [
      '---',
      `titel: "${base.title.replace(/"/g, '')} (${i + 1})"`,
      `kommune: ${municipality}`,
      `paragraffer: [${para}]`,
      'type: kvalitetsstandard',
      `status: ${rand() < 0.7 ? 'godkendt' : 'udkast'}`,
      ...(rand() < 0.6
        ? [
            `udvalg: Social- og Sundhedsudvalget`,
            `godkendt-dato: 2026-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`,
          ]
        : []),
      '---',
      '',
      `# ${base.title}`,
      '',
    ];
    for (const s of chosen) {
      lines.push(
        `## ${s.heading}`,
        '',
        s.body
          .replaceAll('Norddjurs Kommune', municipality)
          .replaceAll('Thisted Kommune', municipality)
          .replaceAll('Frederikssund Kommune', municipality),
        '',
      );
      if (rand() < 0.03) lines.push(pick(injected), '');
    }
    const text = lines.join('\n');
    const file = join(dir, `standard-${String(i + 1).padStart(4, '0')}.md`);
    await writeFile(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes };
}
