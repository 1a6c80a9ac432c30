import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export function readJson(path: string) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Validates a built site's entries.json against the JSON Schema published beside it. */
export function validateExport(dir: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  const validate = ajv.compile(readJson(`${dir}/data/entries.schema.json`));
  const data = readJson(`${dir}/data/entries.json`);
  return { data, valid: validate(data), errors: validate.errors };
}

export function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, bom: true });
}
