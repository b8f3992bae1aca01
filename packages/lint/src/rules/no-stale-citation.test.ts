import { RuleTester } from '../testing/rule-tester.js';
import rule from './no-stale-citation.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'madservice efter § 83 b',
      doc: true,
      frontmatter: 'gyldig-fra: 2026-01-01',
      markdown: 'Madservice ydes efter servicelovens § 83 b.\n',
    },
    {
      name: 'gammel henvisning i en gammel standard',
      frontmatter: 'godkendt-dato: 2024-03-01',
      markdown: 'Madservice ydes efter § 83, stk. 1, nr. 3.\n',
    },
    {
      name: '§ 83, stk. 1, nr. 2 er ikke flyttet',
      frontmatter: 'gyldig-fra: 2026-01-01',
      markdown: 'Praktisk hjælp efter § 83, stk. 1, nr. 2.\n',
    },
    {
      name: 'gældende lovbekendtgørelse',
      frontmatter: 'gyldig-fra: 2026-01-01',
      markdown: 'Jf. lov om social service, lovbekendtgørelse nr. 1129 af 22. september 2025.\n',
    },
    {
      name: '§ 81 uden litra',
      frontmatter: 'gyldig-fra: 2026-01-01',
      markdown: 'Formålet følger servicelovens § 81.\n',
    },
    {
      name: 'historisk bemærkning om en flyttet paragraf',
      frontmatter: 'gyldig-fra: 2026-01-01',
      markdown: 'Ordningen med mad ud af huset lå tidligere i § 83, stk. 1, nr. 3, men står nu i § 83 b.\n',
    },
    {
      name: 'ophævet paragraf nævnt som fortid',
      frontmatter: 'gyldig-fra: 2026-01-01',
      markdown:
        'Reglerne om værdighedspolitik, der indtil sommeren 2025 stod i servicelovens § 81 a, findes nu i ældreloven.\n',
    },
    {
      name: 'flytningen beskrevet i én sætning',
      frontmatter: 'gyldig-fra: 2026-01-01',
      markdown: 'Madservice er flyttet fra § 83, stk. 1, nr. 3 til § 83 b.\n',
    },
    {
      name: 'gældende lovbekendtgørelse med kun årstal',
      frontmatter: 'gyldig-fra: 2026-01-01',
      markdown: 'Jf. serviceloven, LBK nr. 1129/2025.\n',
    },
    {
      name: 'lovbekendtgørelse af en anden lov',
      frontmatter: 'gyldig-fra: 2026-01-01',
      markdown: 'Jf. lovbekendtgørelse nr. 1093 af 5. september 2019 om almene boliger.\n',
    },
  ],
  invalid: [
    {
      name: 'madservice som § 83, stk. 1, nr. 3',
      doc: true,
      frontmatter: 'gyldig-fra: 2026-01-01',
      markdown: 'Madservice ydes efter servicelovens § 83, stk. 1, nr. 3.\n',
      errors: [
        {
          messageId: 'moved',
          suggestions: [{ desc: 'Erstat med „§ 83 b“', output: 'Madservice ydes efter servicelovens § 83 b.\n' }],
          line: 1,
          data: { citation: 'servicelovens § 83, stk. 1, nr. 3', note: 'madservice står nu i servicelovens § 83 b' },
        },
      ],
      output: 'Madservice ydes efter servicelovens § 83 b.\n',
    },
    {
      name: 'forebyggende hjemmebesøg efter § 79 a',
      frontmatter: 'gyldig-fra: 2026-01-01',
      markdown: 'Forebyggende hjemmebesøg efter servicelovens § 79 a.\n',
      errors: [{ messageId: 'moved', line: 1 }],
    },
    {
      name: 'værdighedspolitik efter § 81 a',
      frontmatter: 'godkendt-dato: 2025-09-01',
      markdown: '## Lovgrundlag\n\n- § 81 a\n',
      errors: [{ messageId: 'moved', line: 3 }],
    },
    {
      name: 'dato fra konfigurationen',
      settings: { effectiveDate: '2026-02-01' },
      markdown: 'Madservice, jf. SEL § 83, stk. 1, nr. 3.\n',
      errors: [
        {
          messageId: 'moved',
          suggestions: [{ desc: 'Erstat med „§ 83 b“', output: 'Madservice, jf. SEL § 83 b.\n' }],
          line: 1,
        },
      ],
      output: 'Madservice, jf. SEL § 83 b.\n',
    },
    {
      name: 'forældet lovbekendtgørelse',
      frontmatter: 'gyldig-fra: 2026-01-01',
      markdown: 'Jf. lov om social service, lovbekendtgørelse nr. 155 af 11. februar 2025.\n',
      errors: [
        { messageId: 'staleConsolidation', line: 1, data: { nr: '155', current: 1129, currentDate: '2025-09-22' } },
      ],
    },
    {
      name: 'meget gammel lovbekendtgørelse med taldato',
      frontmatter: 'gyldig-fra: 2026-01-01',
      markdown: 'Serviceloven, LBK nr. 1093 af 05.09.2019.\n',
      errors: [{ messageId: 'staleConsolidation', line: 1 }],
    },
    {
      name: 'lovbekendtgørelse afløst før standardens dato',
      frontmatter: 'godkendt-dato: 2024-05-01',
      markdown: 'Jf. lov om social service, lovbekendtgørelse nr. 1287 af 28. august 2020.\n',
      errors: [
        { messageId: 'staleConsolidation', line: 1, data: { nr: '1287', current: 170, currentDate: '2022-01-24' } },
      ],
    },
    {
      name: 'forældet lovbekendtgørelse med nummer og årstal',
      frontmatter: 'gyldig-fra: 2026-01-01',
      markdown: 'Jf. Servicel., LBK nr. 170/2022.\n',
      errors: [{ messageId: 'staleConsolidation', line: 1 }],
    },
    {
      name: 'paragraf nævnt som gældende trods ordet nu',
      frontmatter: 'gyldig-fra: 2026-01-01',
      markdown: 'Vi bevilger nu madservice efter § 83, stk. 1, nr. 3.\n',
      errors: [
        {
          messageId: 'moved',
          line: 1,
          suggestions: [{ desc: 'Erstat med „§ 83 b“', output: 'Vi bevilger nu madservice efter § 83 b.\n' }],
        },
      ],
      output: 'Vi bevilger nu madservice efter § 83 b.\n',
    },
  ],
});
