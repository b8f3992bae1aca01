import { RuleTester } from '../testing/rule-tester.js';
import rule from './no-fixed-stay-107.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'løbende opfølgning',
      doc: true,
      markdown: 'Opholdet er midlertidigt; vi følger løbende op og vurderer, hvornår du kan flytte videre.\n',
    },
    { name: 'forventet varighed', markdown: 'Et ophold forventes typisk at vare 1 til 2 år.\n' },
    {
      name: 'op til med revurdering',
      markdown: 'Opholdet varer som udgangspunkt op til 12 måneder, hvorefter behovet revurderes.\n',
    },
    { name: 'sagsbehandlingstid', markdown: 'Sagsbehandlingstiden er højst 8 uger.\n' },
    { name: 'opsparing til indskud', markdown: 'Du får støtte til at spare op til indskud over op til 6 måneder.\n' },
    { name: '§ 108 er ikke omfattet', paragraphs: ['SEL § 108'], markdown: 'Opholdet varer højst 2 år.\n' },
    {
      name: 'erfaringstal er ikke en grænse',
      markdown: 'Erfaringsmæssigt bor man her 1 til 2 år; det er ikke en grænse.\n',
    },
    { name: 'frist for opfølgning', markdown: 'Vi følger op på din plan højst 2 måneder efter indflytningen.\n' },
  ],
  invalid: [
    {
      name: 'maksimal varighed fastsat',
      markdown: 'Den maksimale varighed af opholdet er fastsat til 18 måneder.\n',
      errors: [{ messageId: 'fixedStay', line: 1 }],
    },
    {
      name: 'ophører automatisk uanset',
      markdown: 'Opholdet ophører automatisk ved periodens udløb, uanset dit behov.\n',
      errors: [{ messageId: 'fixedStay', line: 1 }],
    },
    {
      name: 'højst 2 år',
      doc: true,
      markdown: 'Et midlertidigt botilbud varer højst 2 år.\n',
      errors: [{ messageId: 'fixedStay', line: 1, data: { phrase: 'højst 2 år' } }],
    },
    {
      name: 'maksimalt 18 måneder',
      markdown: 'Opholdet er maksimalt 18 måneder.\n',
      errors: [{ messageId: 'fixedStay', line: 1 }],
    },
    {
      name: 'ophører efter',
      markdown: 'Opholdet ophører efter 12 måneder.\n',
      errors: [{ messageId: 'fixedStay', line: 1 }],
    },
    {
      name: 'tal med bogstaver',
      markdown: 'Tilbuddet er tidsbegrænset til ni måneder.\n',
      errors: [{ messageId: 'fixedStay', line: 1 }],
    },
    {
      name: 'listepunkt om varighed',
      markdown: '## Omfang og varighed\n\n- Opholdet kan vare op til 3 år\n',
      errors: [{ messageId: 'fixedStay', line: 3 }],
    },
    {
      name: 'længst',
      markdown: 'Du kan bo i tilbuddet i længst 24 måneder.\n',
      errors: [{ messageId: 'fixedStay', line: 1 }],
    },
  ],
});
