import { RuleTester } from '../testing/rule-tester.js';
import rule from './no-placeholder.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'færdig sætning med link',
      doc: true,
      markdown: '## Sagsbehandlingsfrist\n\nFristerne står på https://www.eksempel.dk/frister.\n',
    },
    { name: 'rigtig dato', markdown: 'Godkendt af Socialudvalget den 14.01.2026.\n' },
    { name: 'romertal i en titel er ikke pladsholder', markdown: '## Kapitel IX om botilbud\n\nTekst.\n' },
    {
      name: 'ordet revision i almindelig tekst',
      markdown: 'Standarden revideres hvert år, og revisionen behandles i udvalget.\n',
    },
    { name: 'ordet indsæt uden pladsholder', markdown: 'Vi indsætter ekstra støtte, hvis du får brug for det.\n' },
    {
      name: 'Markdown-link med rigtig tekst',
      markdown: 'Læs mere på [kommunens hjemmeside](https://www.eksempel.dk).\n',
    },
    { name: 'formatmaske for personnummer', markdown: 'Skriv dit personnummer som ddmmåå-xxxx på blanketten.\n' },
    {
      name: 'under revision i løbende tekst',
      markdown: 'Da standarden var under revision sidste år, kom der mange gode forslag.\n',
    },
    {
      name: 'citeret mærke fra en gammel udgave',
      markdown: 'Den gamle udgave bar mærket »UNDER REVISION«, som nu er fjernet.\n',
    },
    { name: 'fodnote i kantet parentes', markdown: 'Se Ankestyrelsens praksis om emnet [2].\n' },
    { name: 'udråb uden feltfejl', markdown: 'Husk at søge i tide! Fristen er kort.\n' },
    { name: 'tre prikker som udeladelse', markdown: 'Du kan få støtte til indkøb, rengøring, tøjvask ...\n' },
  ],
  invalid: [
    {
      name: 'indsæt link i kantet parentes',
      doc: true,
      markdown: '## Sagsbehandlingsfrist\n\nDe gældende frister findes på hjemmesiden: [indsæt link]\n',
      errors: [{ messageId: 'brackets', line: 3, data: { text: '[indsæt link]' } }],
    },
    {
      name: 'den XX som mødedato',
      markdown: 'Godkendt i Voksen- og Plejeudvalget den XX\n',
      errors: [{ messageId: 'placeholderText', line: 1, data: { text: 'XX' } }],
    },
    {
      name: 'xx.xx.20xx',
      markdown: 'Standarden gælder fra xx.xx.20xx.\n',
      errors: [{ messageId: 'placeholderText', line: 1 }],
    },
    {
      name: 'ødelagt krydshenvisning',
      markdown: 'Se afsnittet om klageadgang på side Fejl! Bogmærke er ikke defineret.\n',
      errors: [{ messageId: 'brokenReference', line: 1 }],
    },
    {
      name: 'engelsk Word-fejl',
      markdown: 'See Error! Reference source not found. for deadlines.\n',
      errors: [{ messageId: 'brokenReference', line: 1 }],
    },
    {
      name: 'skriveinstruktion uden parentes',
      markdown: 'Kontakt os på indsæt telefonnummer.\n',
      errors: [{ messageId: 'instruction', line: 1 }],
    },
    {
      name: 'TODO i teksten',
      markdown: 'Egenbetaling: TODO afklar takst med økonomi.\n',
      errors: [{ messageId: 'placeholderText', line: 1 }],
    },
    {
      name: 'under revision i overskrift',
      markdown: '# Kvalitetsstandard for bostøtte (UNDER REVISION)\n\nTekst.\n',
      errors: [{ messageId: 'underRevision', line: 1 }],
    },
    {
      name: 'skabelonfelt i vinkelparenteser',
      markdown: 'Gældende fra <dato>\n',
      errors: [{ messageId: 'placeholderText', line: 1, data: { text: '<dato>' } }],
    },
    {
      name: 'link der følger senere',
      markdown: 'Læs fristerne her: [link følger]\n',
      errors: [{ messageId: 'brackets', line: 1, data: { text: '[link følger]' } }],
    },
    {
      name: 'anden feltfejl fra Word',
      markdown: 'Se Fejl! Ingen tekst med den angivne typografi i dokumentet.\n',
      errors: [{ messageId: 'brokenReference', line: 1 }],
    },
    {
      name: 'telefonnummer som pladsholder',
      markdown: 'Ring til os på tlf. xx xx xx xx.\n',
      errors: [{ messageId: 'placeholderText', line: 1, data: { text: 'xx xx xx xx' } }],
    },
    {
      name: 'status under revision',
      markdown: 'Status: under revision\n\nTekst.\n',
      errors: [{ messageId: 'underRevision', line: 1 }],
    },
    {
      name: 'to pladsholdere i samme afsnit',
      markdown: 'Godkendt den xx. Link: [udfyld]\n',
      errors: [
        { messageId: 'placeholderText', line: 1 },
        { messageId: 'brackets', line: 1 },
      ],
    },
  ],
});
