// Which paragraph a text's service names point to (see data/lexicon/services.ts).
import { serviceNames } from './data/lexicon/services.js';
import { mentions } from './lexicon.js';

export interface NamedParagraph {
  law: 'SEL' | 'ABL';
  paragraph: string;
}

/** The paragraphs of the services a text names ("længerevarende botilbud" → SEL § 108), in lexicon order. */
export function paragraphsNamed(text: string): NamedParagraph[] {
  const hits = serviceNames.filter((s) => mentions(text, s.concept));
  const overridden = new Set(hits.flatMap((s) => s.overrides ?? []));
  return hits.filter((s) => !overridden.has(s.paragraph)).map((s) => ({ law: s.law, paragraph: s.paragraph }));
}
