// Which Intl services a test's code makes, in order: the Intl constructors are wrapped for the test's time, so a
// test can tell whether a service is made at import, at connect or on first use (src/messages/format.ts).

export const INTL_SERVICES = ['DateTimeFormat', 'NumberFormat', 'PluralRules', 'ListFormat'] as const;

/** Starts noting each Intl service made; `made` is what was made since, `restore` puts Intl back as it was. */
export function noteIntlServicesMade(): { made: string[]; restore: () => void } {
  const made: string[] = [];
  const originals = INTL_SERVICES.map((name) => [name, Intl[name]] as const);
  const put = (name: (typeof INTL_SERVICES)[number], value: unknown) =>
    Object.defineProperty(Intl, name, { configurable: true, writable: true, value });
  for (const [name, original] of originals)
    put(
      name,
      new Proxy(original, {
        construct(target, args, newTarget) {
          made.push(name);
          return Reflect.construct(target, args, newTarget) as object;
        },
      }),
    );
  return { made, restore: () => originals.forEach(([name, original]) => put(name, original)) };
}
