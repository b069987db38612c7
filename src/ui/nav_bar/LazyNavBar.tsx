import { lazy, Suspense } from 'react';

// The watchlist (tables, filters) loads only when the nav bar page opens, so the sidebars, which
// every agent opens on every ticket, do not download it.
const NavBar = lazy(() => import('./NavBar').then((module) => ({ default: module.NavBar })));

/** The nav bar location, loaded on first use. */
export function LazyNavBar() {
  return (
    <Suspense fallback={null}>
      <NavBar />
    </Suspense>
  );
}
