import { tmpdir } from 'node:os';

/**
 * Where the shared helpers make temporary folders: the test run's folder, removed when the run ends
 * (tests/setup/temp-root.ts); the system's temporary folder if the tests run without that setup.
 */
export function testTmpdir(): string {
  return process.env.CAREER_TEST_TMPDIR ?? tmpdir();
}
