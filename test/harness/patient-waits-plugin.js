// Serves test/harness/testing.ts for every test's import of '@open-wc/testing'
// (but its own): the same library, with waitUntil waiting up to 5 seconds.
const SHIM = '/test/harness/testing.ts';

export function patientWaitsPlugin() {
  return {
    name: 'partnership-kit-patient-waits',
    resolveImport({ source, context }) {
      if (source === '@open-wc/testing' && !context.path.endsWith(SHIM)) return SHIM;
      return undefined;
    },
  };
}
