// `npm run schema:emit`: writes the sorted SDL to schema/schema.graphql (a test fails when it is stale).
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { printSortedSchema } from '../schema';

const file = path.join(loadConfig().projectRoot, 'schema', 'schema.graphql');
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, printSortedSchema());
console.error(`wrote ${path.relative(process.cwd(), file)}`);
