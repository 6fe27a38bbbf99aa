/** Bumped when a JSON shape changes incompatibly; every document carries it. */
const SCHEMA_VERSION = 1;

/** Pretty JSON with the schema version first, ending in a newline. */
export function renderJson(result: object): string {
  return `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, ...result }, null, 2)}\n`;
}
