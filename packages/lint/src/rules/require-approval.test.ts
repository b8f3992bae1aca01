import { RuleTester } from '../testing/rule-tester.js';
import rule from './require-approval.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'godkendelseslinje med dato',
      doc: true,
      markdown: '## Godkendelse\n\nGodkendt af Socialudvalget den 12. januar 2026.\n',
    },
    {
      name: 'frontmatter med udvalg og dato',
      frontmatter: 'udvalg: Ældreudvalget\ngodkendt-dato: 2026-03-03',
      markdown: '## Formål\n\nTekst.\n',
    },
    { name: 'vedtaget af byrådet med taldato', markdown: 'Vedtaget af Byrådet d. 14.01.2026.\n' },
    {
      name: 'kommunalbestyrelsen',
      markdown: 'Kvalitetsstandarden er godkendt af kommunalbestyrelsen den 3. marts 2026.\n',
    },
    {
      name: 'udvalg i frontmatter og dato i teksten',
      frontmatter: 'udvalg: Social- og Sundhedsudvalget',
      markdown: 'Behandlet i Social- og Sundhedsudvalget den 1. februar 2026.\n',
    },
    { name: 'planer er ikke omfattet', type: 'plan', markdown: '# Plan\n\nTekst.\n' },
    { name: 'vedtog som verbum', markdown: 'Byrådet vedtog kvalitetsstandarden på sit møde den 4. maj 2026.\n' },
    { name: 'tiltrådt med taldato', markdown: 'Tiltrådt af Ældre- og Sundhedsudvalget 02.02.2026.\n' },
    { name: 'datoen skrevet med ord', markdown: 'Godkendt af Kultur- og Socialudvalget den tredje marts 2026.\n' },
    {
      name: 'godkendelse i en tabelrække',
      doc: true,
      markdown:
        '| Emne | Oplysning |\n| --- | --- |\n| Politisk behandlet | Børne- og Familieudvalget, 5. maj 2026 |\n',
    },
    {
      name: 'organ og dato under en overskrift om godkendelse',
      markdown: '## Politisk godkendelse\n\nSocialudvalget, 12. februar 2026\n',
    },
    {
      name: 'beslutning i udvalget',
      markdown: 'Standarden gælder fra 1. maj 2026 efter beslutning i Arbejdsmarkedsudvalget den 20. april 2026.\n',
    },
    { name: 'forkortet vedt.', markdown: 'Vedt. i Sundhedsudvalget 01.03.2026, pkt. 4.\n' },
    {
      name: 'datoen i rækken under godkendelsen',
      markdown: '| Emne | Oplysning |\n| --- | --- |\n| Godkendt af | Socialudvalget |\n| Dato | 3. juni 2026 |\n',
    },
  ],
  invalid: [
    {
      name: 'ingen godkendelse',
      doc: true,
      markdown: '# Kvalitetsstandard\n\n## Formål\n\nTekst.\n',
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'pladsholder i stedet for dato',
      markdown: '## Vigtig information\n\nGodkendt i Voksen- og Plejeudvalget den XX\n',
      errors: [{ messageId: 'missingDate', line: 3 }],
    },
    {
      name: 'udvalg uden dato i frontmatter',
      frontmatter: 'udvalg: Socialudvalget',
      markdown: '## Formål\n\nTekst.\n',
      errors: [{ messageId: 'missingDate' }],
    },
    {
      name: 'dato uden udvalg',
      frontmatter: 'godkendt-dato: 2026-01-12',
      markdown: '## Formål\n\nTekst.\n',
      errors: [{ messageId: 'missingBody' }],
    },
    {
      name: 'kun årstal',
      markdown: 'Godkendt af Handicapudvalget i 2021.\n',
      errors: [{ messageId: 'missingDate', line: 1 }],
    },
    {
      name: 'politisk udvalg uden godkendelse',
      markdown: '## Politisk udvalg\n\nKvalitetsstandarden hører under Social og sundhed.\n',
      errors: [{ messageId: 'missing' }],
    },
    { name: 'dato uden ord om godkendelse', markdown: 'Udgivet 1. april 2026.\n', errors: [{ messageId: 'missing' }] },
    {
      name: 'godkendelsen er kun planlagt',
      markdown: 'Standarden forelægges Socialudvalget den 3. juni 2026.\n',
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'skal godkendes senere',
      markdown: 'Standarden skal godkendes af byrådet den 3. juni 2026.\n',
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'udvalgsbehandling i en arbejdsnote',
      markdown: 'Afsnittet afventer udvalgsbehandling.\n',
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'godkendelse nægtet',
      markdown: 'Udvalget har ikke godkendt standarden den 2. maj 2026.\n',
      errors: [{ messageId: 'missing' }],
    },
  ],
});
