// `explainer-api schema emit | print` (npm run schema:emit): the sorted SDL that frontends generate types from.
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../../config';
import { printSortedSchema } from '../../schema';
import type { CliIo } from '../io';

export function schemaCommand(io: CliIo): Command {
  const schema = new Command('schema').description('the GraphQL schema as SDL (no database needed)');
  schema
    .command('emit')
    .description('write schema/schema.graphql (committed; a test fails when it is stale)')
    .action(() => {
      const root = loadConfig(io.env).projectRoot;
      const file = path.join(root, 'schema', 'schema.graphql');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, printSortedSchema());
      io.err(`wrote ${path.relative(root, file)}\n`);
    });
  schema
    .command('print')
    .description('print the SDL to stdout')
    .action(() => io.out(printSortedSchema()));
  return schema;
}
