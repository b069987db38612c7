import { z } from 'zod';

// zod probes once whether it may compile parsers with Function(), which the page's
// Content-Security-Policy refuses (no 'unsafe-eval'), and the refusal is reported as a violation.
// Parsing without compiling needs no probe. This module is main.tsx's first import, because other
// modules parse while they load (the default settings, for one) and the probe runs at the first parse.
z.config({ jitless: true });
