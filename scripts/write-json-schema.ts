// Writes dist/partnership.schema.json from the zod schema: the published
// JSON Schema of contract v1 is generated, never written by hand.
import { writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { documentSchema, CONTRACT_VERSION } from '../src/contract/schema.js';

const schema = z.toJSONSchema(documentSchema, { io: 'input', unrepresentable: 'any' });
const published = {
  ...schema,
  $id: 'https://partnership-kit.example/partnership.schema.json',
  title: `Partnership document (${CONTRACT_VERSION})`,
  description:
    'The JSON document every partnership-kit element reads. Cross-record rules (references resolve, ids unique, decision rules agreed unanimously) are checked by parseDocument, not by this schema.',
};
writeFileSync('dist/partnership.schema.json', `${JSON.stringify(published, null, 2)}\n`);
console.log('dist/partnership.schema.json written');
