/**
 * axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules, as GOV.UK Frontend
 * runs it on every component example.
 */
import { expect } from '@open-wc/testing';

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}
interface Axe {
  run(context: Element | Document, options: object): Promise<{ violations: AxeViolation[] }>;
}

async function loadAxe(): Promise<Axe> {
  const win = window as unknown as { axe?: Axe };
  // axe.min.js is a script that sets window.axe, not a module with exports.
  // @ts-expect-error no declarations for the script build
  if (!win.axe) await import('axe-core/axe.min.js');
  if (!win.axe) throw new Error('axe-core did not load');
  return win.axe;
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Asserts that axe finds no WCAG 2.2 AA violation in `context`, listing each one it finds. */
export async function expectNoAxeViolations(context: Element | Document = document): Promise<void> {
  const axe = await loadAxe();
  const { violations } = await axe.run(context, { runOnly: { type: 'tag', values: WCAG_TAGS } });
  const described = violations.map(
    (v) =>
      `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n')}`,
  );
  // One string: chai shortens an array of them to "[ Array(1) ]", which hides the rule that broke.
  expect(described.join('\n\n'), 'axe violations').to.equal('');
}
