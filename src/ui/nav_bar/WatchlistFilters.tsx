import styled from 'styled-components';
import { Field, Select } from '@zendeskgarden/react-forms';
import type { ActivityFilter, BandFilter, LevelKey, WatchlistQuery } from '../../core/watchlist';
import { useI18n } from '../i18n/I18nProvider';

const LEVELS: LevelKey[] = ['final-notice', 'strike-2', 'strike-1', 'concern', 'expired'];
const BANDS: BandFilter[] = ['poor', 'watch', 'good', 'insufficient', 'unrated'];
const ACTIVITY: Exclude<ActivityFilter, 'any'>[] = [7, 30, 90, 'older'];

const Row = styled.fieldset`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-start;
  gap: ${(p) => p.theme.space.md};
  margin: 0;
  padding: 0;
  border: 0;
  & > div {
    min-width: 180px;
  }
`;

const Legend = styled.legend`
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
`;

/** Level, fit and last-activity filters; the fit filter says it covers the customers rated so far. */
export function WatchlistFilters({ query, onChange }: { query: WatchlistQuery; onChange: (query: WatchlistQuery) => void }) {
  const i18n = useI18n();
  const any = i18n.t('ui.watchlist.filters.any');
  return (
    <Row data-testid="filters">
      <Legend>{i18n.t('ui.watchlist.filters.label')}</Legend>
      <Field>
        <Field.Label>{i18n.t('ui.watchlist.filters.level')}</Field.Label>
        <Select data-testid="filter-level" value={query.level} onChange={(e) => onChange({ ...query, level: e.target.value as WatchlistQuery['level'] })}>
          <option value="any">{any}</option>
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {i18n.t(`ui.watchlist.level.${level}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field>
        <Field.Label>{i18n.t('ui.watchlist.filters.band')}</Field.Label>
        <Field.Hint>{i18n.t('ui.watchlist.filters.bandHint')}</Field.Hint>
        <Select data-testid="filter-band" value={query.band} onChange={(e) => onChange({ ...query, band: e.target.value as BandFilter })}>
          <option value="any">{any}</option>
          {BANDS.map((band) => (
            <option key={band} value={band}>
              {band === 'unrated' ? i18n.t('ui.watchlist.filters.unrated') : i18n.t(`ui.band.${band}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field>
        <Field.Label>{i18n.t('ui.watchlist.filters.activity')}</Field.Label>
        <Select
          data-testid="filter-activity"
          value={String(query.activity)}
          onChange={(e) => {
            const value = e.target.value;
            const activity: ActivityFilter = value === 'any' || value === 'older' ? value : (Number(value) as 7 | 30 | 90);
            onChange({ ...query, activity });
          }}
        >
          <option value="any">{any}</option>
          {ACTIVITY.map((option) => (
            <option key={option} value={String(option)}>
              {i18n.t(`ui.watchlist.filters.activityOption.${option}`)}
            </option>
          ))}
        </Select>
      </Field>
    </Row>
  );
}
