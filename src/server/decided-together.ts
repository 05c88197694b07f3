/**
 * The records members send at the same moment (a show of hands: fifty votes within a second) are decided
 * together, under one hold of the store's write lock, and stored in one commit, where the store can
 * (`appendTogether`). Each commit waits for the disk: one a vote, a burst on a busy disk took longer than the
 * 10 s a vote may wait for its turn, and the last were answered 503 to be sent again.
 *
 * Those sent while a decision waits for the lock join it. Each is decided in the order it came, seeing those
 * decided before it (a device's vote sent twice is the same vote), and none is applied to the host's copy, read
 * by every page, until the store has it.
 */
import type { Ledger } from './ledger.js';
import type { NewRecord, Store, StoredRecord } from './store.js';

/** The decision on one sent record: its record to store, if any, and its answer. */
export type OneDecision<T> = () => { record?: NewRecord; answer: T };

/** Decides under the store's write lock; resolves with the answer once the record is stored and applied. */
export type DecideAndStore<T> = (decide: OneDecision<T>) => Promise<T>;

interface Sent<T> {
  decide: OneDecision<T>;
  resolve: (answer: T) => void;
  reject: (error: unknown) => void;
}

type Made<T> = { record?: NewRecord; answer: T } | { error: unknown };

/** How `store` decides: together where it can, else one at a time. `applyStored` applies and publishes records. */
export function decidingTogether<T>(
  store: Store,
  ledger: Ledger,
  applyStored: (records: StoredRecord[]) => void,
): DecideAndStore<T> {
  const after = () => ledger.lastSeq;
  if (!store.appendTogether) return oneAtATime(store, after, applyStored);
  const appendTogether = store.appendTogether.bind(store);
  /** The decision waiting for the lock, which a record sent now joins. */
  let forming: Sent<T>[] | undefined;

  return (decide) =>
    new Promise<T>((resolve, reject) => {
      if (forming) return void forming.push({ decide, resolve, reject });
      const joined = [{ decide, resolve, reject }];
      forming = joined;
      const closed = () => {
        if (forming === joined) forming = undefined;
      };
      appendTogether<Made<T>[]>({
        after,
        catchUp: applyStored,
        decide: () => {
          closed();
          return decideInOrder(ledger, joined);
        },
      }).then(
        ({ answer: made, seqs }) => {
          applyStored(numbered(made, seqs));
          made.forEach((each, at) =>
            'error' in each ? joined[at]?.reject(each.error) : joined[at]?.resolve(each.answer),
          );
        },
        (error: unknown) => {
          closed();
          for (const each of joined) each.reject(error);
        },
      );
    });
}

/** Decides each in turn, each seeing the records of those before it, and leaves the host's copy as it was. */
function decideInOrder<T>(ledger: Ledger, joined: Sent<T>[]): { records: NewRecord[]; answer: Made<T>[] } {
  const last = joined.length - 1;
  const decideEach = () =>
    joined.map(({ decide }, at): Made<T> => {
      try {
        const one = decide();
        if (one.record && at < last) ledger.apply([{ seq: ledger.lastSeq + 1, ...one.record }]);
        return one;
      } catch (error) {
        // A fault deciding one record fails its request alone, not every vote sent beside it.
        return { error };
      }
    });
  // The last has none after it to see its record: one alone needs no trial, whose copies of the votes' indexes
  // cost most with 200,000 votes stored.
  const made = last > 0 ? ledger.trial(decideEach) : decideEach();
  return { records: recordsOf(made), answer: made };
}

/** The records `made` holds, in the order they were decided. */
const recordsOf = <T>(made: Made<T>[]): NewRecord[] =>
  made.flatMap((each) => ('record' in each && each.record ? [each.record] : []));

/** The records made, with the seqs the store gave them, in order. */
function numbered<T>(made: Made<T>[], seqs: number[]): StoredRecord[] {
  // A store that gave fewer seqs than records (a fault): those without one are read from the log when caught up.
  return recordsOf(made).flatMap((record, at) => {
    const seq = seqs[at];
    return seq === undefined ? [] : [{ seq, ...record }];
  });
}

/** A store without `appendTogether` (a portal's own) decides and stores one record at a time. */
function oneAtATime<T>(
  store: Store,
  after: () => number,
  applyStored: (records: StoredRecord[]) => void,
): DecideAndStore<T> {
  return async (decide) => {
    let record: NewRecord | undefined;
    const { answer, seq } = await store.append({
      after,
      catchUp: applyStored,
      decide: () => {
        const one = decide();
        record = one.record;
        return one;
      },
    });
    if (seq !== null && record) applyStored([{ seq, ...record }]);
    return answer;
  };
}
