// defineRule: the typed identity function every rule file calls, so that a rule's options
// type follows its defaults and the registry can hold rules of different option types.
import type { Rule } from './types.js';

/** Declares a rule; checks its shape when the module loads. */
export function defineRule<Options extends Record<string, unknown> = Record<string, never>>(
  rule: Rule<Options>,
): Rule<Options> {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.id)) throw new Error(`Rule id "${rule.id}" must be kebab-case`);
  if (Object.keys(rule.meta.messages).length === 0) throw new Error(`Rule ${rule.id} has no messages`);
  return rule;
}
