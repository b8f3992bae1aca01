import { RuleTester } from '../testing/rule-tester.js';
import rule from './no-development-only-purpose.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'udvikle eller vedligeholde',
      doc: true,
      markdown: '## Formål\n\nFormålet er, at du kan udvikle eller vedligeholde dine færdigheder.\n',
    },
    {
      name: 'vedligeholdelse i en anden sætning',
      markdown:
        '## Formål\n\nFormålet er at forbedre dit funktionsniveau.\n\nFormålet kan også være at vedligeholde eller kompensere for nedsat funktionsevne.\n',
    },
    {
      name: 'omsorg som formål',
      markdown: '## Formål\n\nStøtten giver omsorg og hjælper dig med at udvikle nye færdigheder.\n',
    },
    {
      name: 'forebygge forværring',
      markdown: '## Formål\n\nAt forebygge, at dine problemer forværres, og at udvikle dine sociale færdigheder.\n',
    },
    {
      name: 'formål uden udviklingsord',
      markdown: '## Formål\n\nAt du kan bo i egen bolig med den støtte, du har brug for.\n',
    },
    {
      name: 'udvikling nævnt i indhold er ikke et krav',
      markdown: '## Indhold\n\nStøtten kan handle om udvikling af sociale kompetencer.\n',
    },
    {
      name: 'holde fast i det, man kan',
      markdown:
        '## Hvad skal støtten føre til?\n\nStøtten kan hjælpe dig med at udvikle dig. Den kan også hjælpe dig med at holde fast i det, du allerede kan.\n',
    },
    {
      name: 'et krav, der afvises, i et indholdsafsnit',
      markdown: '## Indhold\n\nDer stilles ikke krav om, at du gør fremskridt, før du kan få støtte.\n',
    },
    {
      name: 'ikke kun udvikling',
      markdown: '## Indhold\n\nStøtten handler ikke kun om udvikling, men også om tryghed i hverdagen.\n',
    },
    {
      name: '§ 82 b i en kombineret standard',
      paragraphs: ['SEL § 82 b', 'SEL § 85'],
      markdown: '## Indhold\n\nForløbet efter § 82 b gives kun med et udviklende sigte.\n',
    },
    {
      name: '§ 85 a er ikke omfattet',
      paragraphs: ['SEL § 85 a'],
      markdown: '## Formål\n\nDu skal udvikle dine færdigheder.\n',
    },
  ],
  invalid: [
    {
      name: 'udvikle dig eller stabilisere',
      doc: true,
      paragraphs: ['SEL § 107'],
      markdown:
        '## Formål med indsatsen\n\nFormålet er en målrettet indsats, så du kan udvikle dig eller stabilisere din funktionsevne.\n',
      errors: [
        {
          messageId: 'developmentOnlyPurpose',
          suggestions: [
            {
              desc: 'Erstat „stabilisere“ med „vedligeholde“',
              output:
                '## Formål med indsatsen\n\nFormålet er en målrettet indsats, så du kan udvikle dig eller vedligeholde din funktionsevne.\n',
            },
          ],
          line: 3,
          data: { phrase: 'udvikle' },
        },
      ],
    },
    {
      name: 'kun udvikling',
      markdown: '## Formål\n\nBostøtte gives kun, hvis du kan udvikle dine færdigheder.\n',
      errors: [
        {
          messageId: 'developmentRequired',
          suggestions: [
            {
              desc: 'Skriv „udvikle eller vedligeholde“',
              output: '## Formål\n\nBostøtte gives kun, hvis du kan udvikle eller vedligeholde dine færdigheder.\n',
            },
          ],
          line: 3,
        },
      ],
    },
    {
      name: 'udviklingspotentiale i målgruppen',
      markdown: '## Målgruppe\n\nDu skal have et udviklingspotentiale for at blive visiteret.\n',
      errors: [{ messageId: 'developmentRequired', line: 3, data: { phrase: 'skal have et udviklingspotentiale' } }],
    },
    {
      name: 'forudsætning om progression',
      paragraphs: ['SEL § 108'],
      markdown: '## Målgruppe\n\nDet er en forudsætning, at der kan ske progression i forløbet.\n',
      errors: [{ messageId: 'developmentRequired', line: 3 }],
    },
    {
      name: 'rehabiliterende formål alene',
      markdown: '## Formål\n\nIndsatsen har et rehabiliterende sigte, så du bliver mere selvhjulpen.\n',
      errors: [{ messageId: 'developmentOnlyPurpose', line: 3 }],
    },
    {
      name: 'udvikling som navneord',
      markdown: '## Hvad er formålet?\n\nFormålet er udvikling af dine kompetencer.\n',
      errors: [
        {
          messageId: 'developmentOnlyPurpose',
          suggestions: [
            {
              desc: 'Skriv „udvikling eller vedligeholdelse“',
              output: '## Hvad er formålet?\n\nFormålet er udvikling eller vedligeholdelse af dine kompetencer.\n',
            },
          ],
          line: 3,
        },
      ],
    },
    {
      name: 'betingelse i et indholdsafsnit',
      markdown:
        '## Sådan foregår støtten\n\nDet er en betingelse for at få støtte, at der kan ske fremskridt i dit liv.\n',
      errors: [{ messageId: 'developmentRequired', line: 3 }],
    },
    {
      name: 'skal føre til fremgang i leveringsafsnittet',
      markdown: '## Levering\n\nIndsatsen skal føre til målelig fremgang hvert kvartal.\n',
      errors: [{ messageId: 'developmentRequired', line: 3, data: { phrase: 'skal føre til målelig fremgang' } }],
    },
    {
      name: 'krav i visitationen',
      markdown: '## Visitation\n\nStøtten bevilges udelukkende med et rehabiliterende formål.\n',
      errors: [{ messageId: 'developmentRequired', line: 3 }],
    },
  ],
});
