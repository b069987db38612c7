import { useId } from 'react';
import { useTheme } from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';
import { SM } from '@zendeskgarden/react-typography';
import type { TrendMonth } from '../../core/rating/types';
import { useI18n } from '../i18n/I18nProvider';
import { formatMonth } from '../i18n/dates';

const WIDTH = 280;
const HEIGHT = 64;
const AXIS = 14;

/**
 * Tickets per month over the window. Months that carried warning signs are drawn hatched and
 * marked with a triangle, so the chart reads without colour; a legend under the chart says what that
 * marking means, and the label spells out the counts for screen readers.
 */
export function TrendChart({ months }: { months: TrendMonth[] }) {
  const i18n = useI18n();
  const theme = useTheme();
  const legendId = useId();
  const color = (variable: string) => getColor({ theme, variable });
  if (months.length === 0) return null;
  const max = Math.max(1, ...months.map((m) => m.tickets));
  const slot = WIDTH / months.length;
  const barWidth = Math.max(2, slot - 2);
  const flagged = months.filter((m) => m.flagged > 0);
  const first = months[0]!;
  const last = months[months.length - 1]!;
  const label = i18n.t('ui.trend.description', {
    from: formatMonth(first.month, i18n.locale),
    to: formatMonth(last.month, i18n.locale),
    count: months.reduce((sum, m) => sum + m.tickets, 0),
    flagged: flagged.length,
    recent: last.tickets,
  });
  return (
    <figure style={{ margin: 0 }} data-testid="trend">
      <SM tag="figcaption" isBold>{i18n.t('ui.trend.title')}</SM>
      <svg role="img" aria-label={label} aria-describedby={legendId} viewBox={`0 0 ${WIDTH} ${HEIGHT + AXIS}`} width="100%" height={HEIGHT + AXIS}>
        <defs>
          <pattern id="cf-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="4" height="4" fill={color('background.dangerEmphasis')} />
            <line x1="0" y1="0" x2="0" y2="4" stroke={color('background.default')} strokeWidth="1.5" />
          </pattern>
        </defs>
        {months.map((m, index) => {
          const height = (m.tickets / max) * (HEIGHT - 8);
          const x = index * slot + 1;
          return (
            <g key={m.month} data-month={m.month} data-flagged={m.flagged > 0 || undefined}>
              <title>{i18n.t('ui.trend.month', { month: formatMonth(m.month, i18n.locale), count: m.tickets, flagged: m.flagged })}</title>
              <rect x={x} y={HEIGHT - height} width={barWidth} height={height} fill={m.flagged > 0 ? 'url(#cf-hatch)' : color('foreground.subtle')} />
              {m.flagged > 0 && <path d={`M${x + barWidth / 2 - 3} ${HEIGHT - height - 7} h6 l-3 5 z`} fill={color('foreground.danger')} />}
            </g>
          );
        })}
        <line x1="0" y1={HEIGHT} x2={WIDTH} y2={HEIGHT} stroke={color('border.emphasis')} />
        <text x="0" y={HEIGHT + AXIS - 2} fontSize="10" fill={color('foreground.subtle')}>{formatMonth(first.month, i18n.locale)}</text>
        <text x={WIDTH} y={HEIGHT + AXIS - 2} fontSize="10" textAnchor="end" fill={color('foreground.subtle')}>{formatMonth(last.month, i18n.locale)}</text>
      </svg>
      <div style={{ display: 'flex', alignItems: 'flex-start', gap: 6, marginTop: 4 }}>
        <svg aria-hidden="true" width="14" height="16" viewBox="0 0 14 16" style={{ flex: 'none', marginTop: 2 }}>
          <path d="M4 0 h6 l-3 5 z" fill={color('foreground.danger')} />
          <rect x="1" y="6" width="12" height="10" fill="url(#cf-hatch)" />
        </svg>
        <SM id={legendId} data-testid="trend-legend">{i18n.t('ui.trend.legend')}</SM>
      </div>
    </figure>
  );
}
