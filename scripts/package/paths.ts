import { fileURLToPath } from 'node:url';

/** The repository root, whatever the working directory the script was started from. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where the app package is assembled: the folder that `zcli apps:server` serves and that gets zipped. */
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
