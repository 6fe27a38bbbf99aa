import { escapeJsonControls } from './terminal-safe.js';

/** Bumped when a JSON shape changes incompatibly; every document carries it. */
const SCHEMA_VERSION = 1;

/** Pretty JSON with the schema version first, ending in a newline; no raw control character (see terminal-safe.ts). */
export function renderJson(result: object): string {
  return `${escapeJsonControls(JSON.stringify({ schemaVersion: SCHEMA_VERSION, ...result }, null, 2))}\n`;
}
