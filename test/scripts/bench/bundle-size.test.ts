import { describe, expect, it } from 'vitest';
import { moduleGroup } from '../../../scripts/bench/bundle-size';

describe('moduleGroup', () => {
  it('groups bundled modules by npm package, scoped ones included', () => {
    expect(moduleGroup('/repo/node_modules/react-dom/cjs/react-dom.production.js')).toBe('react-dom');
    expect(moduleGroup('/repo/node_modules/@zendeskgarden/react-forms/dist/index.esm.js')).toBe('@zendeskgarden/react-forms');
    expect(moduleGroup('/repo/node_modules/.pnpm/x/node_modules/zod/v4/core/schemas.js')).toBe('zod');
    expect(moduleGroup('\0/repo/node_modules/react/index.js?commonjs-module')).toBe('react');
  });

  it('groups the app’s own modules by their folder under src/', () => {
    expect(moduleGroup('/repo/src/core/signals/model.json')).toBe('src/core');
    expect(moduleGroup('/repo/src/ui/main.tsx')).toBe('src/ui');
    expect(moduleGroup('/repo/translations/en.json')).toBe('translations/en');
  });
});
