import { RuleTester } from '../testing/rule-tester.js';
import rule from './no-categorical-exclusion.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'udgangspunkt med konkret vurdering',
      doc: true,
      markdown:
        'Støtte til indkøb gives som udgangspunkt ikke, hvis du har et netværk, der kan hjælpe, men vi ser altid på din konkrete situation.\n',
    },
    {
      name: 'undtagelse i næste sætning',
      markdown: 'Rengøring indgår normalt ikke. Efter en konkret vurdering kan det dog bevilges.\n',
    },
    {
      name: 'afgrænsning mod § 83',
      markdown: 'Bostøtten omfatter ikke selve rengøringen, som i stedet kan bevilges efter § 83.\n',
    },
    { name: 'ikke frit valg er en oplysning', markdown: 'Der er ikke frit valg af leverandør.\n' },
    { name: 'ikke kun', markdown: 'Støtten gives ikke kun i hjemmet, men også i lokalsamfundet.\n' },
    {
      name: 'medmindre',
      markdown:
        'Borgere i socialpsykiatrien skal benytte caféen, medmindre særlige forhold gør, at støtten gives på anden vis.\n',
    },
    { name: 'betaling opkræves ikke', markdown: 'Hvis du ikke har en indtægt, vil du ikke blive opkrævet betaling.\n' },
    { name: 'frivillighed', markdown: 'Støtten er frivillig og ydes ikke mod borgerens vilje.\n' },
    {
      name: 'lovens betingelse om anden måde',
      markdown:
        'Du kan ikke få et midlertidigt ophold, hvis dit behov kan løses på anden måde, fx med hjælp i hjemmet.\n',
    },
    {
      name: 'mindre indgribende hjælp',
      markdown: 'Der tilbydes ikke ophold, når en mindre indgribende indsats er tilstrækkelig.\n',
    },
    {
      name: 'ingen afvises på forhånd',
      markdown: 'Ingen ansøgere afvises på forhånd; vi ser altid på den enkeltes situation.\n',
    },
    {
      name: 'en anden lovs område',
      markdown: 'Hjælpen efter denne standard gælder ikke borgere, som får hjælp efter ældreloven.\n',
    },
    {
      name: 'lovens egen betingelse om det, du selv kan',
      markdown: 'Opgaver, du selv kan løse, indgår ikke i hjælpen.\n',
    },
    {
      name: 'en betingelse, der afvises',
      markdown: 'Det er ikke en betingelse, at du er gældfri, og ingen afvises af den grund.\n',
    },
    { name: 'udelukker ikke', markdown: 'En lang ventetid udelukker ikke, at du kan få et tilbud.\n' },
    {
      name: 'regler, der siger hvad de omfatter',
      markdown: 'Reglerne om frit valg omfatter ikke aflastningsophold.\n',
    },
    {
      name: 'behovet i en ledsætning',
      markdown: 'Botilbuddet er for borgere, der har brug for hjælp, som ikke kan gives i hjemmet.\n',
    },
    { name: 'gaver til personalet', markdown: 'Hjælperne kan ikke modtage gaver eller drikkepenge.\n' },
    { name: 'udelukkende er ikke udelukke', markdown: 'Formålet er udelukkende at gøre hverdagen lettere for dig.\n' },
    {
      name: 'afgrænsning med henvisning i næste sætning',
      markdown: 'Støtten omfatter ikke rengøring af boligen. Den hjælp kan du søge efter § 83.\n',
    },
  ],
  invalid: [
    {
      name: 'ikke omfattet af målgruppen',
      markdown: 'Borgere over 67 år er ikke omfattet af målgruppen for bostøtte.\n',
      errors: [{ messageId: 'exclusion', line: 1 }],
    },
    {
      name: 'optages ikke',
      markdown: 'Borgere med et aktuelt stofmisbrug optages ikke i tilbuddet.\n',
      errors: [{ messageId: 'exclusion', line: 1 }],
    },
    {
      name: 'gives aldrig til en aldersgruppe',
      doc: true,
      markdown: 'Der bevilges aldrig støtte til indkøb for borgere under 40 år.\n',
      errors: [{ messageId: 'exclusion', line: 1, data: { phrase: 'bevilges aldrig' } }],
    },
    {
      name: 'pensionister udelukket',
      markdown: 'Borgere, der modtager folkepension, er udelukket fra bostøtte.\n',
      errors: [{ messageId: 'exclusion', line: 1 }],
    },
    {
      name: 'kan ikke få',
      markdown: 'Hvis du bor i et botilbud, kan du ikke få bostøtte.\n',
      errors: [{ messageId: 'exclusion', line: 1 }],
    },
    {
      name: 'omfatter ikke uden afgrænsning',
      markdown: '## Indhold\n\nStøtten omfatter ikke hjælp til økonomi.\n',
      errors: [{ messageId: 'exclusion', line: 3 }],
    },
    {
      name: 'under ingen omstændigheder',
      markdown: 'Ledsagelse til fritidsaktiviteter ydes under ingen omstændigheder.\n',
      errors: [{ messageId: 'exclusion', line: 1 }],
    },
    {
      name: 'gives der ikke i listepunkt',
      markdown: '- Der gives ikke støtte i weekenden\n- Støtten gives på hverdage\n',
      errors: [{ messageId: 'exclusion', line: 1 }],
    },
    {
      name: 'ikke muligt at få',
      markdown: 'Er du over 65 år, er det ikke muligt at få bostøtte.\n',
      errors: [{ messageId: 'exclusion', line: 1, data: { phrase: 'ikke muligt at få' } }],
    },
    {
      name: 'ydes der ingen',
      markdown: 'Til havearbejde ydes der ingen hjælp.\n',
      errors: [{ messageId: 'exclusion', line: 1 }],
    },
    {
      name: 'afslås altid',
      markdown: 'Ansøgninger fra borgere med hjemmeboende børn afslås altid.\n',
      errors: [{ messageId: 'exclusion', line: 1, data: { phrase: 'afslås' } }],
    },
    {
      name: 'har ikke ret til',
      markdown: 'Borgere i plejebolig har ikke ret til ledsagelse.\n',
      errors: [{ messageId: 'exclusion', line: 1 }],
    },
    {
      name: 'kan ikke kombineres med',
      markdown: 'Bostøtte kan ikke kombineres med et ophold på højskole.\n',
      errors: [{ messageId: 'exclusion', line: 1 }],
    },
    {
      name: 'vi afviser ansøgninger',
      markdown: 'Vi afviser ansøgninger fra borgere, der bor i andelsbolig.\n',
      errors: [{ messageId: 'exclusion', line: 1 }],
    },
    {
      name: 'ikke at tilbydes',
      markdown: 'Natlig støtte er besluttet ikke at tilbydes.\n',
      errors: [{ messageId: 'exclusion', line: 1 }],
    },
  ],
});
