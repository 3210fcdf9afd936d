import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEATURE_CATALOG, managedSchemaFeatures } from '../lib/features/catalog';

/**
 * Writes the `features` block of public/managed_schema.json from the features' switches
 * (lib/features/catalog.ts). tests/unit/feature-catalog.test.ts fails while the committed file differs.
 */
const path = join(import.meta.dirname, '..', 'public', 'managed_schema.json');
const schema = JSON.parse(readFileSync(path, 'utf8'));
schema.properties.features = managedSchemaFeatures(FEATURE_CATALOG);
writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
console.log(`managed_schema.json: features ${Object.keys(schema.properties.features.properties).join(', ')}`);
