import { RuleTester } from '../testing/rule-tester.js';
import rule from './no-score-threshold.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'VUM indgår i samlet vurdering',
      doc: true,
      markdown:
        '## Målgruppe\n\nVUM-udredningen indgår i en samlet faglig vurdering af, om din funktionsevne er betydeligt nedsat.\n',
    },
    {
      name: 'lovens kriterium',
      markdown: '## Målgruppe\n\nBostøtte tilbydes dig, der har betydelig nedsat fysisk eller psykisk funktionsevne.\n',
    },
    {
      name: 'VUM nævnt som metode',
      markdown: '## Visitation\n\nVi bruger voksenudredningsmetoden, når vi udreder din sag.\n',
    },
    { name: 'score uden tærskel', markdown: '## Målgruppe\n\nScoren i udredningen drøftes med dig.\n' },
    { name: 'tærskel i et andet afsnit', markdown: '## Kontakt\n\nDu skal mindst have et moderat problem i VUM.\n' },
    {
      name: '§ 83 er ikke omfattet',
      paragraphs: ['SEL § 83'],
      markdown: '## Målgruppe\n\nDu skal have mindst moderate problemer i VUM.\n',
    },
    {
      name: 'VUM-niveau sammen med en samlet faglig vurdering',
      markdown:
        '## Målgruppe\n\nVi ser på udredningen i VUM, men afgør det ud fra en samlet faglig vurdering af din situation.\n',
    },
  ],
  invalid: [
    {
      name: 'vurderet til svære problemer inden for tre temaer',
      markdown:
        '## Målgruppe\n\nStøtten er for borgere, der i VUM er vurderet til mindst svære problemer inden for tre temaer.\n',
      errors: [{ messageId: 'scoreOnly', line: 3 }],
    },
    {
      name: 'mindst moderat problem i VUM',
      doc: true,
      markdown: '## Målgruppe\n\nDu skal have mindst et moderat problem i VUM for at få bostøtte.\n',
      errors: [{ messageId: 'scoreOnly', line: 3, data: { phrase: 'VUM' } }],
    },
    {
      name: 'niveau 3 eller derover',
      markdown: '## Målgruppe\n\nStøtten gives kun ved funktionsniveau 3 eller derover.\n',
      errors: [{ messageId: 'scoreOnly', line: 3 }],
    },
    {
      name: 'score som forudsætning',
      markdown: '## Målgruppe\n\nDet er en forudsætning, at du er scoret til svære problemer.\n',
      errors: [{ messageId: 'scoreOnly', line: 3 }],
    },
    {
      name: 'i visitationen',
      markdown: '## Visitation\n\nDu visiteres kun, hvis voksenudredningen viser mindst moderate problemer.\n',
      errors: [{ messageId: 'scoreOnly', line: 3 }],
    },
    {
      name: '§ 107-standard',
      paragraphs: ['SEL § 107'],
      markdown: '## Målgruppe\n\nTilbuddet kræver point svarende til svære problemer på tre temaer.\n',
      errors: [{ messageId: 'scoreOnly', line: 3 }],
    },
    {
      name: 'listepunkt',
      markdown: '## Målgruppe\n\n- du skal have VUM-score 3 eller højere\n',
      errors: [{ messageId: 'scoreOnly', line: 3 }],
    },
  ],
});
