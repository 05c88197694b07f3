import { safeFileName } from '../../src/messages/file-name.js';

/**
 * Offers `contents` as a file named `filename`, through a hidden link the reader's browser saves. The name is
 * made safe for any file system here too (`safeFileName`), so a council's own wording for a file name
 * (`registerMessages`) cannot name a file the reader's system refuses.
 */
export function offerDownload(filename: string, contents: string, type: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = safeFileName(filename);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
