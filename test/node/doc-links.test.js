// Every relative link of the README and of docs/*.md reaches a file of the
// repository, and every `#anchor` a heading of that file, by GitHub's rules
// for a heading's anchor. The README's reference moved into docs/ (session 31)
// and its pages link one another by section: a heading renamed, or a section
// moved to another page, must not leave a reader at the top of the wrong page.
// And the package holds every file its Markdown links to, so that the links
// work on npm's page and in node_modules as they do on GitHub.
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(new URL('../..', import.meta.url).pathname);
const pages = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** The text a reader sees: fenced blocks and code spans left out, so that code is never read as a link. */
const prose = (markdown) => markdown.replace(/^(```|~~~)[\s\S]*?^\1/gm, '').replace(/`[^`\n]*`/g, '');

/**
 * GitHub's anchor for a heading: its text as shown (code marks, links and emphasis dropped), in lower case, every
 * character but letters, digits, spaces, hyphens and underscores dropped, spaces as hyphens. A second heading of the
 * same anchor gets `-1`, a third `-2`.
 */
export function anchors(markdown) {
  const seen = new Map();
  const headings = markdown
    .replace(/^(```|~~~)[\s\S]*?^\1/gm, '')
    .split('\n')
    .filter((line) => /^#{1,6} /.test(line))
    .map((line) => line.replace(/^#{1,6} /, '').replace(/\s+#+\s*$/, ''));
  return headings.map((heading) => {
    const text = heading
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[`*_]{1,2}([^`*_]+)[`*_]{1,2}/g, '$1')
      .trim()
      .toLowerCase();
    const slug = text.replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    return count ? `${slug}-${count}` : slug;
  });
}

/** Each relative link of a page: `[text](target)`, its target not an address with a scheme. */
const relativeLinks = (markdown) =>
  [...prose(markdown).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map(([, target]) => target)
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));

test('the anchors of headings are GitHub’s', () => {
  assert.deepEqual(
    anchors(
      "# `<vote-panel>`\n## Contract 1.1: history, arrivals\n## In a CMS's rich-text editor\n## Sizes\n## Sizes\n```\n# not a heading\n```\n## The host: `partnership-kit/server`",
    ),
    [
      'vote-panel',
      'contract-11-history-arrivals',
      'in-a-cmss-rich-text-editor',
      'sizes',
      'sizes-1',
      'the-host-partnership-kitserver',
    ],
  );
});

for (const page of pages) {
  test(`every relative link and anchor of ${page} resolves`, () => {
    const markdown = readFileSync(join(root, page), 'utf8');
    const broken = [];
    for (const target of relativeLinks(markdown)) {
      const [path, anchor] = target.split('#');
      const file = path ? resolve(root, dirname(page), decodeURI(path)) : join(root, page);
      if (!existsSync(file)) {
        broken.push(`${target}: no file ${relative(root, file)}`);
        continue;
      }
      if (anchor === undefined || statSync(file).isDirectory()) continue;
      if (!anchors(readFileSync(file, 'utf8')).includes(anchor)) {
        broken.push(`${target}: no heading in ${relative(root, file)} has the anchor #${anchor}`);
      }
    }
    assert.deepEqual(broken, []);
  });
}

test('the package holds every file its README and docs pages link to', () => {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const [pack] = JSON.parse(
    execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
  );
  const packed = new Set(pack.files.map((file) => file.path));
  assert.ok(packed.has('README.md'), 'the README is packed');
  const missing = [...packed]
    .filter((path) => path.endsWith('.md'))
    .flatMap((page) =>
      relativeLinks(readFileSync(join(root, page), 'utf8'))
        .map((target) => target.split('#')[0])
        .filter(Boolean)
        .map((path) => relative(root, resolve(root, dirname(page), decodeURI(path))))
        .filter((path) => !packed.has(path))
        .map((path) => `${page} links to ${path}, which is not packed`),
    );
  assert.deepEqual(missing, []);
});
