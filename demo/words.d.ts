// The types of demo/words.js, for the React page (the project's TypeScript does not read JavaScript).
export declare const DEMO_WORDS: Record<string, Record<string, string | Partial<Record<Intl.LDMLPluralRule, string>>>>;
export declare const DEMO_LANGUAGES: string[];
export declare const DEMO_LANGUAGE_COOKIE: string;
export declare function demoWords(lang: string, key: string, values?: Record<string, string | number>): string;
