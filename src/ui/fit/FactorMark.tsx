import { getColor } from '@zendeskgarden/react-theming';
import { useTheme } from 'styled-components';
import type { Factor } from '../../core/rating/types';

/** A triangle for a warning sign, a plus for a good one: shape, not only colour, tells them apart. */
export function FactorMark({ kind }: { kind: Factor['kind'] }) {
  const theme = useTheme();
  const color = getColor({ theme, variable: kind === 'good' ? 'foreground.success' : 'foreground.danger' });
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" style={{ marginRight: 6, verticalAlign: '-1px' }}>
      {kind === 'good' ? (
        <path d="M5 1h2v4h4v2H7v4H5V7H1V5h4z" fill={color} />
      ) : (
        <path d="M6 0.5 11.5 11H0.5z" fill={color} />
      )}
    </svg>
  );
}
