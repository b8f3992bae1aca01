// Shared Danish patterns for the rules: what a complaint, a deadline, a duration or a
// decision looks like in the many ways municipalities write them.
import { da } from '@kvalitet/model';
import { numberSource } from './language.js';
import type { AnyRuleContext } from './types.js';

/** A duration: "4 uger", "fire uger", "14 dage", "en måned", "6 mdr.". */
const durationSource = String.raw`(${numberSource})\s*(hverdage|arbejdsdage|dage|døgn|uger|måneder|mdr\.?|år|timer|time)`;
export const duration = da(String.raw`\b${durationSource}\b`);

/** Words about complaining. */
export const complaintWords = da(String.raw`\b(klage\w*|påklag\w*|indbring\w*|anke\w*|ankestyrelsen)\b`);

/** Words about the processing deadline. */
export const deadlineWords = da(
  String.raw`\b(sagsbehandlingsfrist\w*|sagsbehandlingstid\w*|svarfrist\w*|sagsfrist\w*|frist(en|er|erne)? for (behandling|afgørelse|sagsbehandling|svar)|træffe\w* (en )?afgørelse (inden|senest)|afgørelse (inden for|senest)|behandle\w* (din )?ansøgning (inden|senest))\b`,
);

/** A link or a pointer to where something is published. */
export const linkLike = da(
  String.raw`(https?://|www\.|\b[\w-]+\.dk\b|\bhjemmeside\w*|\bkommunens (side|sider|portal))`,
);

/** Maintenance, care and compensation: the purposes besides development (SEL §§ 81, 85). */
export const maintenanceWords = da(
  String.raw`\b(vedligehold\w*|fastholde\w*|fasthold\w*|bevare\w*|bevarer|opretholde\w*|kompens\w*|omsorg\w*|pleje\w*|undgå\w*[^.!?]{0,40}forvær\w*|forebygge\w*[^.!?]{0,40}forvær\w*|modvirke\w*[^.!?]{0,40}forvær\w*|forhindre\w*[^.!?]{0,40}forvær\w*|stabil(t|e)? (funktionsniveau|funktionsevne))\b`,
);

/** Development and progression words. */
export const developmentWords = da(
  String.raw`\b(udvikl\w*|progression\w*|rehabiliter\w*|forbedr\w*|genoptræn\w*|styrke\w* (dine|sine|borgerens) (færdigheder|kompetencer|funktionsevne|funktionsniveau)|mere selvhjulpen|(blive|bliver) (mest muligt |så )?selvhjulpen|selvstændiggør\w*)\b`,
);

/** The [start, end) offsets of a match in the text it was found in: the `range` of a finding. */
export function matchRange(m: RegExpMatchArray): [number, number] {
  return [m.index!, m.index! + m[0].length];
}

/** True when the text mentions the municipality's general-information document. */
export function refersToGeneralInformation(context: AnyRuleContext): boolean {
  const g = context.settings.generalInformation;
  if (!g) return false;
  const all = context
    .sentences()
    .map((s) => s.text)
    .join('\n')
    .toLocaleLowerCase('da');
  return (
    all.includes(g.title.toLocaleLowerCase('da')) ||
    (g.url !== undefined && all.includes(g.url.toLocaleLowerCase('da')))
  );
}
