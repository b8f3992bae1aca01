// Danish for what ajv finds. ajv's own messages are English ("must be array"); these name the
// place (a JSON pointer into the checked value) and say what is wrong in words an
// administrator reads. Every keyword ajv reports has an entry; an unknown one still gets a
// Danish sentence.
import type { ErrorObject } from 'ajv';

const typeNames: Record<string, string> = {
  string: 'en tekst',
  number: 'et tal',
  integer: 'et helt tal',
  boolean: 'true eller false',
  array: 'en liste',
  object: 'et objekt med felter',
  null: 'null',
};

const formatNames: Record<string, string> = {
  date: 'en dato på formen ÅÅÅÅ-MM-DD',
  'date-time': 'et tidspunkt på formen ÅÅÅÅ-MM-DDTtt:mm:ssZ',
  time: 'et klokkeslæt på formen tt:mm:ss',
  uri: 'en fuld adresse (URL)',
  'uri-reference': 'en adresse (URL)',
  url: 'en fuld adresse (URL)',
  email: 'en e-mailadresse',
  regex: 'et regulært udtryk',
};

const comparisons: Record<string, string> = {
  '>=': 'mindst',
  '<=': 'højst',
  '>': 'større end',
  '<': 'mindre end',
};

const quote = (value: unknown) => `„${typeof value === 'string' ? value : JSON.stringify(value)}“`;
const items = (n: number) => (n === 1 ? '1 element' : `${n} elementer`);
const characters = (n: number) => (n === 1 ? '1 tegn' : `${n} tegn`);
const fields = (n: number) => (n === 1 ? '1 felt' : `${n} felter`);

function typeText(type: unknown): string {
  const list = (Array.isArray(type) ? type : String(type).split(',')).map((t) => typeNames[String(t)] ?? quote(t));
  return list.length === 1 ? list[0]! : `${list.slice(0, -1).join(', ')} eller ${list.at(-1)}`;
}

/** What is wrong, in Danish, without the place: "skal være en liste", "ukendt felt „x“". */
export function schemaErrorText(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  const limit = Number(p['limit']);
  switch (e.keyword) {
    case 'type':
      return `skal være ${typeText(p['type'])}`;
    case 'enum':
      return `skal være en af ${(p['allowedValues'] as unknown[]).map(quote).join(', ')}`;
    case 'const':
      return `skal være ${quote(p['allowedValue'])}`;
    case 'required':
      return `mangler feltet ${quote(p['missingProperty'])}`;
    case 'dependentRequired':
    case 'dependencies':
      return `mangler feltet ${quote(p['missingProperty'])}, som skal med når ${quote(p['property'])} er der`;
    case 'additionalProperties':
      return `ukendt felt ${quote(p['additionalProperty'])}`;
    case 'unevaluatedProperties':
      return `ukendt felt ${quote(p['unevaluatedProperty'])}`;
    case 'propertyNames':
      return `har et ugyldigt feltnavn ${quote(p['propertyName'])}`;
    case 'minProperties':
      return `skal have mindst ${fields(limit)}`;
    case 'maxProperties':
      return `må højst have ${fields(limit)}`;
    case 'items':
    case 'additionalItems':
    case 'unevaluatedItems':
    case 'maxItems':
      return `må højst have ${items(limit)}`;
    case 'minItems':
      return `skal have mindst ${items(limit)}`;
    case 'uniqueItems':
      return `må ikke have ens elementer (nr. ${Number(p['j']) + 1} og ${Number(p['i']) + 1} er ens)`;
    case 'contains':
    case 'minContains':
    case 'maxContains':
      return p['maxContains'] !== undefined
        ? `må højst indeholde ${items(Number(p['maxContains']))} af den krævede slags`
        : `skal indeholde mindst ${items(Number(p['minContains'] ?? 1))} af den krævede slags`;
    case 'minLength':
      return `skal være mindst ${characters(limit)} lang`;
    case 'maxLength':
      return `må højst være ${characters(limit)} lang`;
    case 'pattern':
      return `skal passe til mønstret ${quote(p['pattern'])}`;
    case 'format':
      return `skal være ${formatNames[String(p['format'])] ?? `på formatet ${quote(p['format'])}`}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `skal være ${comparisons[String(p['comparison'])] ?? String(p['comparison'])} ${limit}`;
    case 'multipleOf':
      return `skal gå op i ${String(p['multipleOf'])}`;
    case 'oneOf':
      return 'skal have præcis én af de tilladte former';
    case 'anyOf':
      return 'skal have en af de tilladte former';
    case 'not':
      return 'har en form, der ikke er tilladt her';
    case 'if':
      return `opfylder ikke betingelsen („${String(p['failingKeyword'])}“-delen)`;
    case 'false schema':
      return 'er ikke tilladt her';
    default:
      return `overholder ikke skemaets regel „${e.keyword}“`;
  }
}

/**
 * One Danish line per problem, "<place>: <what is wrong>", duplicates removed. The place is the
 * JSON pointer of the value (e.g. "/rules/no-placeholder"), or `rootName` for the whole value.
 */
export function schemaProblems(errors: readonly ErrorObject[] | null | undefined, rootName = '(roden)'): string[] {
  return [...new Set((errors ?? []).map((e) => `${e.instancePath || rootName}: ${schemaErrorText(e)}`))];
}
