/**
 * Type-level test of the elements' events, checked by `tsc --noEmit -p
 * tsconfig.json` (nothing runs it): each event the kit fires has its own
 * `detail` type in `GlobalEventHandlersEventMap`, so a listener on an element,
 * on `document` or on `window` reads `e.detail` typed, never `any` and never
 * a TS2339. A detail left untyped, or typed as another event's, fails to
 * compile here.
 */
import type { Vote } from '../../src/contract/index.js';
import type { ActionStatusChange, AttendanceChange } from '../../src/rules/index.js';
import type { HostNote, LoadFailure, Refusal } from '../../src/data/index.js';
import type {
  ActionRecordedDetail,
  ActionRejectedDetail,
  ActionTracker,
  AttendanceRecordedDetail,
  AttendanceRejectedDetail,
  PartnershipData,
  PartnershipErrorDetail,
  PartnershipRoster,
  QuorumIndicator,
  RiskRegister,
  VotePanel,
  VoteQueuedDetail,
  VoteRecordedDetail,
  VoteRejectedDetail,
} from '../../components/index.js';

/** True only when A and B are the same type (`any` is the same as nothing but `any`). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

/** The detail of event `K` as a listener on an element sees it. */
type DetailOf<K extends keyof HTMLElementEventMap> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Every event of the kit, and its detail type: the manifest's `@fires {CustomEvent<…>}` names the same. */
type KitEvents = {
  'partnership-error': PartnershipErrorDetail;
  'vote-queued': VoteQueuedDetail;
  'vote-recorded': VoteRecordedDetail;
  'vote-rejected': VoteRejectedDetail;
  'attendance-recorded': AttendanceRecordedDetail;
  'attendance-rejected': AttendanceRejectedDetail;
  'action-recorded': ActionRecordedDetail;
  'action-rejected': ActionRejectedDetail;
};

export type Checks = [
  // Each event's detail, on an element, on document and on window.
  Expect<Equal<{ [K in keyof KitEvents]: DetailOf<K> }, KitEvents>>,
  Expect<Equal<{ [K in keyof KitEvents]: DocumentEventMap[K] }, { [K in keyof KitEvents]: CustomEvent<KitEvents[K]> }>>,
  Expect<Equal<{ [K in keyof KitEvents]: WindowEventMap[K] }, { [K in keyof KitEvents]: CustomEvent<KitEvents[K]> }>>,
  // What each detail holds.
  Expect<Equal<VoteQueuedDetail['vote'], Vote>>,
  Expect<Equal<VoteRecordedDetail['vote'], Vote>>,
  Expect<Equal<VoteRejectedDetail, { vote: Vote; reason: string; refusal: Refusal }>>,
  Expect<Equal<AttendanceRecordedDetail, { change: AttendanceChange; note?: HostNote }>>,
  Expect<Equal<AttendanceRejectedDetail, { change: AttendanceChange; reason: string }>>,
  Expect<Equal<ActionRecordedDetail, { change: ActionStatusChange }>>,
  Expect<Equal<ActionRejectedDetail, { change: ActionStatusChange; reason: string }>>,
  Expect<Equal<PartnershipErrorDetail, { failure: LoadFailure }>>,
  // Each tag's class, for document.createElement and querySelector.
  Expect<Equal<HTMLElementTagNameMap['partnership-data'], PartnershipData>>,
  Expect<Equal<HTMLElementTagNameMap['partnership-roster'], PartnershipRoster>>,
  Expect<Equal<HTMLElementTagNameMap['quorum-indicator'], QuorumIndicator>>,
  Expect<Equal<HTMLElementTagNameMap['vote-panel'], VotePanel>>,
  Expect<Equal<HTMLElementTagNameMap['risk-register'], RiskRegister>>,
  Expect<Equal<HTMLElementTagNameMap['action-tracker'], ActionTracker>>,
];

/** Listeners as a host page writes them: each reads its detail with no cast. Never called. */
export function listeners(): void {
  const panel = document.createElement('vote-panel');
  panel.addEventListener('vote-queued', (e) => e.detail.vote satisfies Vote);
  panel.addEventListener('vote-recorded', (e) => e.detail.vote.choice satisfies Vote['choice']);
  panel.addEventListener('vote-rejected', (e) => [e.detail.reason, e.detail.refusal.by] satisfies [string, string]);
  const quorum = document.querySelector('quorum-indicator');
  quorum?.addEventListener('attendance-recorded', (e) => e.detail.change.seat satisfies string);
  quorum?.addEventListener('attendance-rejected', (e) => e.detail.reason satisfies string);
  const tracker = document.createElement('action-tracker');
  tracker.addEventListener('action-recorded', (e) => e.detail.change.status satisfies ActionStatusChange['status']);
  tracker.addEventListener('action-rejected', (e) => e.detail.reason satisfies string);
  document.addEventListener('partnership-error', (e) => e.detail.failure.kind satisfies LoadFailure['kind']);
  window.addEventListener('vote-recorded', (e) => e.detail.vote satisfies Vote);
  // @ts-expect-error: the detail of a kit event has only the fields its type names.
  panel.addEventListener('vote-recorded', (e) => e.detail.reason);
}
