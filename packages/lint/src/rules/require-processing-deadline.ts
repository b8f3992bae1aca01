// require-processing-deadline: the municipality must set and publish processing deadlines
// (Retssikkerhedsloven § 3, stk. 2). A standard states the deadline or says where it is
// published; a placeholder link ("[indsæt link]") does not count.
import { da } from '@kvalitet/model';
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';
import { deadlineWords, duration, linkLike, matchRange, refersToGeneralInformation } from '../detect.js';

const placeholder = da(String.raw`(\[[^\]]*\]|\bx{2,}\b|\bindsæt\b)`);

export default defineRule({
  id: 'require-processing-deadline',
  meta: {
    description: {
      da: 'Standarden skal oplyse sagsbehandlingsfristen eller hvor den er offentliggjort; en pladsholder tæller ikke.',
      en: 'The standard must state the processing deadline or where it is published; a placeholder does not count.',
    },
    rationale:
      'Kommunalbestyrelsen skal fastsætte og offentliggøre frister for, hvor lang tid der må gå, fra en ansøgning modtages, til der træffes afgørelse (retssikkerhedslovens § 3, stk. 2). Borgeren skal kunne finde fristen: enten i standarden („Vi træffer afgørelse senest 8 uger efter, at vi har modtaget din ansøgning“) eller via et rigtigt link til kommunens oversigt.',
    basis: [sources.rsl3],
    defaultSeverity: 'warning',
    scope: { kind: 'structure' },
    messages: {
      missing: {
        da: 'Standarden oplyser ikke sagsbehandlingsfristen eller hvor den findes; tilføj fx „Vi træffer afgørelse senest 8 uger efter, at vi har modtaget din ansøgning.“',
        en: 'The standard does not state the processing deadline or where to find it.',
      },
      placeholderLink: {
        da: 'Henvisningen til sagsbehandlingsfristerne er en pladsholder („{text}“); indsæt det rigtige link eller skriv fristen.',
        en: 'The reference to the processing deadlines is a placeholder ("{text}"); insert the real link or state the deadline.',
      },
      noDeadlineStated: {
        da: 'Afsnittet nævner sagsbehandlingsfristen, men hverken fristen selv eller hvor den findes.',
        en: 'The text mentions the processing deadline but neither the deadline itself nor where it is published.',
      },
    },
  },
  check(context) {
    if (refersToGeneralInformation(context)) return;
    const url = context.settings.deadlinesUrl?.toLocaleLowerCase('da');
    // A table row ("| Svartid | 6 uger fra … |") states the deadline in its cells: read the row as one line.
    const inSection = context.sentences(['sagsbehandlingsfrist']);
    const labelled = context
      .sentences()
      .filter(
        (s) =>
          s.text.includes('|') &&
          /svartid|behandlingstid|sagsbehandling|frist/.test(s.lower) &&
          /ansøg|afgørelse|svar/.test(s.lower) &&
          !placeholder.test(s.text.replace(/\|/g, ' ')) &&
          duration.test(s.text),
      );
    if (labelled.length > 0) return;
    const mentions = [
      ...inSection,
      ...context
        .sentences()
        .filter(
          (s) =>
            s.key !== 'sagsbehandlingsfrist' &&
            /frist|sagsbehandlingstid|afgørelse|ansøgning/.test(s.lower) &&
            deadlineWords.test(s.text),
        ),
    ];
    if (mentions.length === 0) {
      context.report({ messageId: 'missing' });
      return;
    }
    const counts = (text: string) =>
      !placeholder.test(text) &&
      (duration.test(text) || linkLike.test(text) || (url !== undefined && text.toLocaleLowerCase('da').includes(url)));
    if (mentions.some((s) => counts(s.text))) return;
    const withPlaceholder = mentions.find((s) => placeholder.test(s.text));
    if (withPlaceholder) {
      const m = placeholder.exec(withPlaceholder.text)!;
      context.report({
        messageId: 'placeholderLink',
        data: { text: m[0] },
        sentence: withPlaceholder,
        range: matchRange(m),
      });
    } else context.report({ messageId: 'noDeadlineStated', sentence: mentions[0]! });
  },
});
