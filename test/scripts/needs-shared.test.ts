import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

it('a command that needs ../shared says so in one line and exits 2 when it is not there', () => {
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'needs-shared.ts'), 'no-such-folder', 'npm run eval'], { encoding: 'utf8' });
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toBe('npm run eval needs ../shared/no-such-folder beside the repository (the evaluation data, not part of the repository); npm test does not.\n');
});
