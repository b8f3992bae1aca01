// @kvalitet/schemas: the JSON Schemas (standard, configuration, report), the one compiler for
// them and Danish messages for what a validator finds. The parser (documents) and the linter
// (configuration, rule options) both validate through this package, so neither reaches into
// the other for it.
export { compileSchema, type ErrorObject, type ValidateFunction } from './compile.js';
export { schemaErrorText, schemaProblems } from './messages.js';
