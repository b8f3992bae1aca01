// Dated changes of the law that make a citation stale. Data, not code: when a paragraph moves
// or is repealed, add a row. Dates are the day the change takes effect; a standard is checked
// against the law on its own date (effective date, approval date, configured date or today).
import type { LegalReference } from '@kvalitet/model';
import { sources } from '../basis.js';
import type { Basis } from '../types.js';

export interface LawChange {
  id: string;
  /** Does this reference name the old provision? */
  matches(ref: LegalReference): boolean;
  /** First day the old citation is stale (YYYY-MM-DD). */
  from: string;
  /** What to cite instead, if anything (used as a safe fix of the "§ …" part). */
  replacement?: string;
  /** Danish explanation for the message. */
  note: string;
  basis: Basis;
}

export const lawChanges: readonly LawChange[] = [
  {
    id: 'madservice-83b',
    matches: (r) => r.law === 'SEL' && r.paragraph === '83' && r.stk === 1 && r.nr === 3,
    from: '2025-07-01',
    replacement: '§ 83 b',
    note: 'madservice står nu i servicelovens § 83 b',
    basis: sources.lov1703,
  },
  {
    id: 'repealed-79a',
    matches: (r) => r.law === 'SEL' && r.paragraph === '79 a',
    from: '2025-07-01',
    note: '§ 79 a (forebyggende hjemmebesøg) er ophævet i serviceloven og reglerne står nu i ældreloven',
    basis: sources.lov1703,
  },
  {
    id: 'repealed-81a',
    matches: (r) => r.law === 'SEL' && r.paragraph === '81 a',
    from: '2025-07-01',
    note: '§ 81 a (værdighedspolitik) er ophævet i serviceloven og reglerne står nu i ældreloven',
    basis: sources.lov1703,
  },
];

/** Consolidated versions (lovbekendtgørelser) of serviceloven, newest last. */
export const servicelovenConsolidations: ReadonlyArray<{ nr: number; date: string }> = [
  { nr: 1287, date: '2020-08-28' },
  { nr: 170, date: '2022-01-24' },
  { nr: 155, date: '2025-02-11' },
  { nr: 1129, date: '2025-09-22' },
];
