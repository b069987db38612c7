import { describe, expect, it } from 'vitest';
import { check, editJson, lines, validFiles } from '../fixture';

type Locations = Record<string, Record<string, unknown>>;
const withLocations = (location: unknown, files = validFiles()) =>
  check(editJson(files, 'manifest.json', (m) => (m.location = location)));
const sidebar = (url: unknown, extra: Record<string, unknown> = {}): Locations => ({ support: { ticket_sidebar: { url, ...extra } } });

describe('manifest.json location', () => {
  it('must name at least one location', () => {
    expect(lines(withLocations({}))).toContain(
      'manifest.json › location: is missing or empty: name at least one place the app appears, e.g. support.ticket_sidebar.',
    );
  });

  it('must point at a page the package holds', () => {
    expect(lines(withLocations(sidebar('assets/sidebar.html')))).toContain(
      'manifest.json › location.support.ticket_sidebar.url: "assets/sidebar.html" names assets/sidebar.html, which is not in the package.',
    );
  });

  it('must keep local pages under assets/', () => {
    expect(lines(withLocations(sidebar('iframe.html')))).toContain(
      'manifest.json › location.support.ticket_sidebar.url: "iframe.html" must be a file under assets/ or an absolute https url.',
    );
  });

  it('accepts https pages and localhost, but not plain http elsewhere', () => {
    expect(lines(withLocations(sidebar('https://app.example/sidebar')))).toEqual([]);
    expect(lines(withLocations(sidebar('http://localhost:3000/')))).toEqual([]);
    expect(lines(withLocations(sidebar('http://app.example/sidebar')))).toContain(
      'manifest.json › location.support.ticket_sidebar.url: "http://app.example/sidebar" must use https (plain http is accepted for localhost only).',
    );
  });

  it('needs a url unless the location does not load on its own', () => {
    expect(lines(withLocations(sidebar(undefined)))).toContain(
      'manifest.json › location.support.ticket_sidebar.url: is missing: the location has no page to load.',
    );
    expect(lines(withLocations(sidebar(undefined, { autoLoad: false })))).toEqual([]);
  });

  it('knows the products and their locations', () => {
    expect(lines(withLocations({ support: { sidebar: 'assets/iframe.html' } }))[0]).toMatch(
      /^manifest\.json › location\.support\.sidebar: "sidebar" is not a support location \(top_bar, nav_bar, ticket_sidebar/,
    );
    expect(lines(withLocations({ desk: { ticket_sidebar: 'assets/iframe.html' } }))[0]).toMatch(
      /^manifest\.json › location\.desk: "desk" is not a Zendesk product/,
    );
    // The legacy host name and the string form of a location are still accepted.
    expect(lines(withLocations({ zendesk: { ticket_sidebar: 'assets/iframe.html' } }))).toEqual([]);
  });

  it('wants flexible to be a boolean', () => {
    expect(lines(withLocations(sidebar('assets/iframe.html', { flexible: 'yes' })))).toContain(
      'manifest.json › location.support.ticket_sidebar.flexible: must be true or false.',
    );
  });

  it('warns when the nav bar has no icon', () => {
    const files = validFiles();
    files.delete('assets/icon_nav_bar.svg');
    expect(lines(check(files), 'warning')).toContain(
      'assets/icon_nav_bar.svg: is missing: the nav_bar location shows a generic icon without it.',
    );
  });
});
