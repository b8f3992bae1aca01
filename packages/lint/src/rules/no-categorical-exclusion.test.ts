import { RuleTester } from '../testing/rule-tester.js';
import rule from './no-categorical-exclusion.js';

new RuleTester().run(rule, {
  valid: [
    { name: 'udgangspunkt med konkret vurdering', doc: true, markdown: 'Støtte til indkøb gives som udgangspunkt ikke, hvis du har et netværk, der kan hjælpe, men vi ser altid på din konkrete situation.\n' },
    { name: 'undtagelse i næste sætning', markdown: 'Rengøring indgår normalt ikke. Efter en konkret vurdering kan det dog bevilges.\n' },
    { name: 'afgrænsning mod § 83', markdown: 'Bostøtten omfatter ikke selve rengøringen, som i stedet kan bevilges efter § 83.\n' },
    { name: 'ikke frit valg er en oplysning', markdown: 'Der er ikke frit valg af leverandør.\n' },
    { name: 'ikke kun', markdown: 'Støtten gives ikke kun i hjemmet, men også i lokalsamfundet.\n' },
    { name: 'medmindre', markdown: 'Borgere i socialpsykiatrien skal benytte caféen, medmindre særlige forhold gør, at støtten gives på anden vis.\n' },
    { name: 'betaling opkræves ikke', markdown: 'Hvis du ikke har en indtægt, vil du ikke blive opkrævet betaling.\n' },
    { name: 'frivillighed', markdown: 'Støtten er frivillig og ydes ikke mod borgerens vilje.\n' },
    { name: 'lovens betingelse om anden måde', markdown: 'Du kan ikke få et midlertidigt ophold, hvis dit behov kan løses på anden måde, fx med hjælp i hjemmet.\n' },
    { name: 'mindre indgribende hjælp', markdown: 'Der tilbydes ikke ophold, når en mindre indgribende indsats er tilstrækkelig.\n' },
    { name: 'afgrænsning med henvisning i næste sætning', markdown: 'Støtten omfatter ikke rengøring af boligen. Den hjælp kan du søge efter § 83.\n' },
  ],
  invalid: [
    { name: 'ikke omfattet af målgruppen', markdown: 'Borgere over 67 år er ikke omfattet af målgruppen for bostøtte.\n', errors: [{ messageId: 'exclusion', line: 1 }] },
    { name: 'optages ikke', markdown: 'Borgere med et aktuelt stofmisbrug optages ikke i tilbuddet.\n', errors: [{ messageId: 'exclusion', line: 1 }] },
    { name: 'gives aldrig til en aldersgruppe', doc: true, markdown: 'Der bevilges aldrig støtte til indkøb for borgere under 40 år.\n', errors: [{ messageId: 'exclusion', line: 1, data: { phrase: 'bevilges aldrig' } }] },
    { name: 'pensionister udelukket', markdown: 'Borgere, der modtager folkepension, er udelukket fra bostøtte.\n', errors: [{ messageId: 'exclusion', line: 1 }] },
    { name: 'kan ikke få', markdown: 'Hvis du bor i et botilbud, kan du ikke få bostøtte.\n', errors: [{ messageId: 'exclusion', line: 1 }] },
    { name: 'omfatter ikke uden afgrænsning', markdown: '## Indhold\n\nStøtten omfatter ikke hjælp til økonomi.\n', errors: [{ messageId: 'exclusion', line: 3 }] },
    { name: 'under ingen omstændigheder', markdown: 'Ledsagelse til fritidsaktiviteter ydes under ingen omstændigheder.\n', errors: [{ messageId: 'exclusion', line: 1 }] },
    { name: 'gives der ikke i listepunkt', markdown: '- Der gives ikke støtte i weekenden\n- Støtten gives på hverdage\n', errors: [{ messageId: 'exclusion', line: 1 }] },
    { name: 'ikke at tilbydes', markdown: 'Natlig støtte er besluttet ikke at tilbydes.\n', errors: [{ messageId: 'exclusion', line: 1 }] },
  ],
});
