// Generated YAML for the property tests of the two parsers (fast-yaml) and of
// their positions (read-file): any value of scalars, lists and maps, and any
// style the `yaml` package can write it in.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

/** Any scalar: strings (`tricky` ones often), numbers, booleans and null. */
export const yamlScalar = (...tricky: string[]) =>
  fc.oneof(fc.string(), fc.constantFrom(...tricky), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));

/** Values nested a few levels deep, built from `scalar`. */
export const yamlValue = (scalar: fc.Arbitrary<unknown>) =>
  fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
    list: fc.array(tie('node'), { maxLength: 4 }),
    map: fc.dictionary(fc.string({ maxLength: 8 }), tie('node'), { maxKeys: 4 }),
  })).node;

/** Options for `yaml.stringify`: every string style, block or flow collections, any indent. */
export const yamlStyle = fc.record({
  defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
  collectionStyle: fc.constantFrom('any', 'block', 'flow'),
  indent: fc.integer({ min: 1, max: 4 }),
}) as fc.Arbitrary<{ defaultStringType: 'PLAIN'; collectionStyle: 'any'; indent: number }>;

/** The built-in data files, as paths below data/ (catalogs, roles/, quizzes/). */
export const dataDir = join(import.meta.dirname, '../../data');
export const builtInDataFiles = ['', 'roles', 'quizzes'].flatMap((folder) =>
  readdirSync(join(dataDir, folder))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => join(folder, name)),
);
