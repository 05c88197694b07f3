/**
 * Hand-written DOM renderings of the same tables the elements show, with no
 * framework: the baseline each element is measured against.
 */
import type { PartnershipDocument } from '../src/contract/index.js';
import { actionStatus, riskStatus } from '../src/rules/index.js';
import { seatLabel } from '../src/english.js';

function table(host: HTMLElement, caption: string, header: string[], rows: string[][]): void {
  const element = document.createElement('table');
  element.createCaption().textContent = caption;
  const head = element.createTHead().insertRow();
  for (const text of header) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = text;
    head.append(th);
  }
  const body = element.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    for (const text of row) tr.insertCell().textContent = text;
  }
  host.append(element);
}

const name = (doc: PartnershipDocument, id: string | null | undefined) =>
  doc.people.find((p) => p.id === id)?.name ?? '';

export function rosterBaseline(host: HTMLElement, doc: PartnershipDocument): void {
  host.replaceChildren();
  for (const group of doc.groups) {
    const rows = group.seats.map((seat) => [
      seatLabel(doc, seat),
      name(doc, seat.holder),
      name(doc, seat.proxy),
      seat.role,
      seat.voting ? 'Voting' : 'Non-voting',
      seat.term ? `${seat.term.from} to ${seat.term.to ?? ''}` : '',
    ]);
    table(host, group.name, ['Partner', 'Representative', 'Proxy', 'Role', 'Vote', 'Term'], rows);
  }
}

export function riskBaseline(host: HTMLElement, doc: PartnershipDocument, today: string): void {
  host.replaceChildren();
  const rows = doc.risks
    .map((risk) => ({ risk, status: riskStatus(doc, risk.id, today) }))
    .sort((a, b) => b.status.score - a.status.score)
    .map(({ risk, status }) => [
      risk.id,
      risk.title,
      name(doc, risk.owner),
      risk.category ?? '',
      `${status.score} ${status.band.label}`,
      String(status.inherentScore ?? ''),
      String(status.targetScore ?? ''),
      status.trend ?? '',
      risk.review ?? '',
      status.aboveAppetite ? 'Above appetite' : '',
      risk.mitigation ?? '',
    ]);
  table(
    host,
    'Risks',
    ['ID', 'Risk', 'Owner', 'Category', 'Score', 'Inherent', 'Target', 'Trend', 'Review', 'Appetite', 'Mitigation'],
    rows,
  );
}

export function actionBaseline(host: HTMLElement, doc: PartnershipDocument, today: string): void {
  host.replaceChildren();
  const rows = doc.actions.map((action) => [
    action.title,
    name(doc, action.owner),
    action.due,
    actionStatus(doc, action.id, today),
    action.completed ?? '',
  ]);
  table(host, 'Actions', ['Action', 'By whom', 'By when', 'Status', 'Completed'], rows);
}
