// The names of services as a Danish reader knows them, and the paragraph each is given under.
// A standard imported from Word often names its service ("Kvalitetsstandard for længerevarende
// botilbud", "Bostøtte – let at læse") without citing a paragraph; the linter then reads which
// rules apply from the name. One line a service, in the phrase syntax of lexicon.ts; a more
// specific service makes a general one give way ("bostøtte efter Housing First" is § 85 a).
import { defineConcepts } from '../../lexicon.js';

export interface ServiceName {
  /** Concept id in the lexicon. */
  concept: string;
  law: 'SEL' | 'ABL';
  paragraph: string;
  /** Paragraphs that give way when this service is named too. */
  overrides?: readonly string[];
}

export const serviceNames: readonly ServiceName[] = [
  { concept: 'SERVICE_SEL_85A', law: 'SEL', paragraph: '85 a', overrides: ['85'] },
  { concept: 'SERVICE_SEL_85', law: 'SEL', paragraph: '85' },
  { concept: 'SERVICE_SEL_108', law: 'SEL', paragraph: '108', overrides: ['85'] },
  { concept: 'SERVICE_SEL_107', law: 'SEL', paragraph: '107', overrides: ['85'] },
  { concept: 'SERVICE_SEL_83', law: 'SEL', paragraph: '83' },
  { concept: 'SERVICE_SEL_83A', law: 'SEL', paragraph: '83 a' },
  { concept: 'SERVICE_SEL_86', law: 'SEL', paragraph: '86' },
  { concept: 'SERVICE_SEL_97', law: 'SEL', paragraph: '97' },
  { concept: 'SERVICE_SEL_103', law: 'SEL', paragraph: '103' },
  { concept: 'SERVICE_SEL_104', law: 'SEL', paragraph: '104' },
];

defineConcepts({
  SERVICE_SEL_85A: ['housing first*', 'housing first-*', 'hjemløse*'],
  SERVICE_SEL_85: ['socialpædagogisk* støtte|bistand', 'bostøtte*', 'støtte i eget hjem', 'støtte i egen bolig'],
  SERVICE_SEL_108: ['længerevarende botilbud*|ophold*|boform*|bosted*'],
  SERVICE_SEL_107: ['midlertidig* botilbud*|ophold*|boform*|bosted*', 'forsorgshjem*', 'herberg*'],
  SERVICE_SEL_83: [
    'personlig* pleje|hjælp',
    'praktisk* hjælp',
    'personlig og praktisk hjælp',
    'hjemmehjælp*',
    'hjemmepleje*',
  ],
  SERVICE_SEL_83A: ['rehabiliteringsforløb*', 'hverdagsrehabilitering*'],
  SERVICE_SEL_86: ['genoptræning*', 'vedligeholdelsestræning*'],
  SERVICE_SEL_97: ['ledsageordning*'],
  SERVICE_SEL_103: ['beskyttet beskæftigelse'],
  SERVICE_SEL_104: ['aktivitets- og samværstilbud*', 'samværstilbud*'],
});
