// Preloaded (NODE_OPTIONS=--require) by cli-node-version.test.ts: this process calls itself Node 18.
Object.defineProperty(process.versions, 'node', { value: '18.20.0' });
