// The Sutton demo's meeting as the reference host's tests meet it: the project
// folder, the seed document, the ELG meeting of 10 December 2019 with its open
// proposal, and the host's clock while it is under way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder, where `node demo/server.js` runs. */
export const root = fileURLToPath(new URL('../../', import.meta.url));
export const sutton = JSON.parse(readFileSync(join(root, 'demo', 'data', 'sutton.json'), 'utf8'));
export const PROPOSAL = 'wsoa-reporting';
export const MEETING = 'elg-2019-12-10';
/** During the meeting, and inside every ELG seat's term. */
export const CAST = '2019-12-10T16:30:00+00:00';
/** The host's clock starts at the demo's moment (DEMO_MOMENTS.sutton): the meeting is under way. */
export const DEMO_NOW = '2019-12-10T16:31:00+00:00';
