import { RuleTester } from '../testing/rule-tester.js';
import rule from './require-section.js';

const full = `## Formål

Formålet er at støtte dig i at klare hverdagen.

## Målgruppe

Voksne med betydelig nedsat funktionsevne.

## Indhold

Støtte til struktur i hverdagen.

## Omfang og varighed

Omfanget fastsættes efter dit behov.

## Levering

Støtten leveres af kommunens bostøtteteam.

## Opfølgning

Vi følger op hvert halve år.

## Sagsbehandlingsfrist

Vi træffer afgørelse inden 8 uger.

## Klageadgang

Du kan klage inden 4 uger til kommunen.
`;

new RuleTester().run(rule, {
  valid: [
    { name: 'alle afsnit', doc: true, markdown: full },
    {
      name: 'frist under en anden overskrift',
      markdown: full.replace(
        '## Sagsbehandlingsfrist\n\nVi træffer afgørelse inden 8 uger.\n',
        '## Kvalitetsmål\n\nSagsbehandlingstiden er højst 8 uger.\n',
      ),
    },
    {
      name: 'klageadgang via generel information',
      options: { sections: ['formaal', 'klageadgang'] },
      settings: { generalInformation: { title: 'Generel information om hjælp og støtte' } },
      markdown: full.replace(
        '## Klageadgang\n\nDu kan klage inden 4 uger til kommunen.\n',
        '## Læs mere\n\nSe Generel information om hjælp og støtte.\n',
      ),
    },
    {
      name: 'botilbud med egenbetaling',
      paragraphs: ['SEL § 107'],
      markdown: full + '\n## Egenbetaling\n\nDu betaler efter reglerne i § 163.\n',
    },
    {
      name: 'afsnit undtaget i indstillinger',
      options: { exclude: ['levering'] },
      markdown: full.replace('## Levering\n\nStøtten leveres af kommunens bostøtteteam.\n', ''),
    },
    { name: 'egen liste af afsnit', options: { sections: ['formaal'] }, markdown: '## Formål\n\nAt støtte dig.\n' },
    { name: 'planer er ikke omfattet', type: 'plan', markdown: '# Plan\n\nTekst.\n' },
    {
      name: 'spørgsmålsoverskrifter i let sprog',
      markdown:
        '## Hvad er meningen med støtten?\n\nAt du får en god hverdag.\n\n## Hvem kan få støtten?\n\nVoksne med en psykisk lidelse.\n\n## Hvad kan du få hjælp til, og hvor tit?\n\nTil post og økonomi, et par gange om ugen.\n\n## Hvem kommer hjem til dig?\n\nEn fast medarbejder fra vores team.\n\n## Hvordan holder vi øje med, om det virker?\n\nVi taler med dig hver tredje måned.\n\n## Er du utilfreds med afgørelsen?\n\nSå kan du klage inden 4 uger.\n',
    },
  ],
  invalid: [
    {
      name: 'klageadgang og frist mangler',
      doc: true,
      options: { sections: ['formaal', 'sagsbehandlingsfrist', 'klageadgang'] },
      markdown: full.replace(/## Sagsbehandlingsfrist[\s\S]*$/, ''),
      errors: [
        {
          messageId: 'missing',
          data: { section: 'sagsbehandlingsfrist', question: 'hvor lang tid der går, før der træffes afgørelse' },
        },
        { messageId: 'missing', data: { section: 'klageadgang', question: 'hvordan man klager' } },
      ],
    },
    {
      name: 'egenbetaling mangler i § 108',
      paragraphs: ['SEL § 108'],
      markdown: full + '\n## Frit valg\n\nDu kan vælge botilbud.\n',
      errors: [{ messageId: 'missing', data: { section: 'egenbetaling', question: 'hvad hun selv skal betale' } }],
    },
    {
      name: 'frit valg mangler i § 83 og er en fejl',
      paragraphs: ['SEL § 83'],
      markdown: full,
      errors: [{ messageId: 'missing', severity: 'error' }],
    },
    {
      name: 'generel information nævnes ikke',
      options: { sections: ['klageadgang'] },
      settings: { generalInformation: { title: 'Generel information' } },
      markdown: full.replace('## Klageadgang\n\nDu kan klage inden 4 uger til kommunen.\n', ''),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'kun formål',
      markdown: '## Formål\n\nFormålet er at støtte dig.\n',
      errors: Array.from({ length: 6 }, () => ({ messageId: 'missing' })),
    },
    {
      name: 'egen liste kræver opfølgning',
      options: { sections: ['formaal', 'opfoelgning'] },
      markdown: '## Formål\n\nFormålet er at støtte dig.\n',
      errors: [{ messageId: 'missing', data: { section: 'opfølgning', question: 'hvordan der følges op' } }],
    },
    {
      name: 'borgeren udfører selv opgaven er ikke levering',
      markdown:
        '## Formål\n\nAt du klarer mere selv.\n\n## Målgruppe\n\nVoksne med autisme.\n\n## Indhold\n\nVi øver indkøb, så du selv udfører opgaven.\n\n## Omfang\n\nTo timer om ugen.\n\n## Opfølgning\n\nHvert halve år.\n\n## Klageadgang\n\nDu kan klage inden 4 uger.\n',
      errors: [
        {
          messageId: 'missing',
          data: { section: 'levering og leverandør', question: 'hvem der leverer hjælpen og hvordan' },
        },
      ],
    },
  ],
});
