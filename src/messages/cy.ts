/** Welsh: every word the kit shows or the core explains. (Being translated.) */
import { en, type Messages } from './en.js';

export const cy: Messages = { ...en, lang: 'cy' };
