// The harness for wasm32-wasi artifacts, run by Node: one JSON array of arguments per stdin
// line in, the artifact's answer line out (the same protocol as harness.c).
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { WASI } from 'node:wasi';
import { FxnModule } from './fxn_wasm.mjs';

const [library] = process.argv.slice(2);
if (!library) {
  process.stderr.write('usage: node harness.mjs ARTIFACT.wasm < args.jsonl\n');
  process.exit(2);
}
const wasi = new WASI({ version: 'preview1', args: [], env: {} });
const fxn = await FxnModule.load(readFileSync(library), wasi);
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (line.length === 0) continue;
  process.stdout.write(fxn.callJson(line) + '\n');
}
