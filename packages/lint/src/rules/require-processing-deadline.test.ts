import { RuleTester } from '../testing/rule-tester.js';
import rule from './require-processing-deadline.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'frist i tabelrække',
      markdown:
        '# Hjælpemidler\n\n| Emne | Tid |\n| --- | --- |\n| Svartid på ansøgning | 5 uger fra modtagelsen af ansøgningen |\n',
    },
    {
      name: 'frist i uger',
      doc: true,
      markdown:
        '## Sagsbehandlingsfrist\n\nVi træffer afgørelse senest 8 uger efter, at vi har modtaget din ansøgning.\n',
    },
    {
      name: 'link til fristerne',
      markdown: '## Sagsbehandlingsfrist\n\nFristerne står på https://www.eksempel.dk/frister.\n',
    },
    { name: 'frist under kvalitetsmål', markdown: '## Kvalitetsmål\n\nSagsbehandlingstiden er max. 8 uger.\n' },
    {
      name: 'kommunens hjemmeside uden pladsholder',
      markdown: 'De gældende sagsbehandlingsfrister findes på kommunens hjemmeside.\n',
    },
    {
      name: 'generel information dækker',
      settings: { generalInformation: { title: 'Generel information om hjælp og støtte' } },
      markdown: 'Frister og klageadgang står i Generel information om hjælp og støtte.\n',
    },
    {
      name: 'konfigureret adresse',
      settings: { deadlinesUrl: 'eksempel.dk/frister' },
      markdown: '## Sagsbehandlingsfrist\n\nSe eksempel.dk/frister\n',
    },
    { name: 'planer er ikke omfattet', type: 'plan', markdown: 'Tekst.\n' },
  ],
  invalid: [
    {
      name: 'pladsholder i stedet for link',
      doc: true,
      markdown:
        '## Sagsbehandlingsfrist\n\nDu kan finde de gældende sagsfrister på kommunens hjemmeside: [indsæt link til hjemmeside]\n',
      errors: [{ messageId: 'placeholderLink', line: 3, data: { text: '[indsæt link til hjemmeside]' } }],
    },
    { name: 'intet om frister', markdown: '## Formål\n\nTekst.\n', errors: [{ messageId: 'missing' }] },
    {
      name: 'frist nævnt uden indhold',
      markdown:
        '## Sagsbehandlingsfrist\n\nKommunalbestyrelsen har fastsat en sagsbehandlingsfrist for ansøgninger om bostøtte.\n',
      errors: [{ messageId: 'noDeadlineStated', line: 3 }],
    },
    {
      name: 'xx uger',
      markdown: 'Sagsbehandlingstiden er xx uger.\n',
      errors: [{ messageId: 'placeholderLink', line: 1 }],
    },
    {
      name: 'generel information konfigureret men ikke nævnt',
      settings: { generalInformation: { title: 'Generel information' } },
      markdown: '## Formål\n\nTekst.\n',
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'overskrift uden tekst om frist',
      markdown: '## Sagsbehandlingsfrist\n\nVi behandler din sag hurtigst muligt.\n',
      errors: [{ messageId: 'noDeadlineStated', line: 3 }],
    },
  ],
});
