// The host's storage: one JSON file, written atomically. A write goes to a
// temporary file, is fsynced, then renamed over the old one, and the folder
// is fsynced, so a crash at any moment leaves either the old file or the new
// one, never half of one. Nothing is acknowledged before its write returns.
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export class JsonFileStore {
  /** @param {string} file @param {() => object} empty the value when there is no file yet */
  constructor(file, empty) {
    this.file = file;
    this.empty = empty;
    this.queue = Promise.resolve();
  }

  async read() {
    try {
      return JSON.parse(await readFile(this.file, 'utf8'));
    } catch (error) {
      if (error.code === 'ENOENT') return this.empty();
      throw error;
    }
  }

  /**
   * Runs `change` on the stored value and writes the result, one change at a
   * time. Resolves with what `change` returned once the write is durable.
   * @template T @param {(value: any) => { value: any, result: T }} change
   * @returns {Promise<T>}
   */
  update(change) {
    const run = this.queue.then(async () => {
      const { value, result } = change(await this.read());
      if (value !== undefined) await this.write(value);
      return result;
    });
    this.queue = run.catch(() => {});
    return run;
  }

  async write(value) {
    await mkdir(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.${Date.now()}.tmp`;
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(`${JSON.stringify(value, null, 1)}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, this.file);
    const folder = await open(dirname(this.file), 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  }
}

/** The data folder: DATA_DIR, else demo/.data beside this file. */
export function dataFolder() {
  return process.env.DATA_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '..', '.data');
}
