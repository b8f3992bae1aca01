// Reading and parsing one input file; shared by the commands.
import { parseStandard, readTextFile, type ParseResult } from '@kvalitet/parser';
import type { InputFile } from './files.js';

/** A parsed file, or the Danish reason it could not be read. */
export type Loaded =
  | { ok: true; input: InputFile; parsed: ParseResult }
  | { ok: false; input: InputFile; message: string };

/** Reads and parses one file; never throws for a user's file. */
export async function loadStandard(input: InputFile): Promise<Loaded> {
  const read = await readTextFile(input.absolute);
  if (!read.ok) return { ok: false, input, message: read.message.replace(input.absolute, input.display) };
  const parsed = parseStandard(read.text, {
    file: input.display,
    readDiagnostics: read.diagnostics.map((d) => ({ ...d, file: input.display })),
  });
  return { ok: true, input, parsed };
}
