// `npm run docs:config` / `npm run docs:fields`: regenerate docs/configuration.md / docs/fields.md.
import fs from 'node:fs';
import path from 'node:path';
import { CONFIG_DOC, ROOT, renderConfigDoc } from './config-doc';
import { FIELDS_DOC, renderFieldsDoc } from './fields-doc';

const targets: Record<string, { file: string; render: () => string }> = {
  config: { file: CONFIG_DOC, render: () => renderConfigDoc() },
  fields: { file: FIELDS_DOC, render: () => renderFieldsDoc() },
};

const which = process.argv[2];
const target = which ? targets[which] : undefined;
if (!target) {
  console.error(`usage: tsx scripts/docs/main.ts ${Object.keys(targets).join('|')}`);
  process.exit(2);
}
fs.writeFileSync(target.file, target.render());
console.log(`wrote ${path.relative(ROOT, target.file)}`);
