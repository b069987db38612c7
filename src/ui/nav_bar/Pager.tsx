import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { SM } from '@zendeskgarden/react-typography';
import type { Page } from '../../core/watchlist';
import { useI18n } from '../i18n/I18nProvider';

const Bar = styled.nav`
  display: flex;
  align-items: center;
  gap: ${(p) => p.theme.space.sm};
`;

/** Previous and next page, and which customers are shown. */
export function Pager<T>({ page, onPage }: { page: Page<T>; onPage: (page: number) => void }) {
  const i18n = useI18n();
  return (
    <Bar aria-label={i18n.t('ui.watchlist.pager.label')} data-testid="pager">
      <Button size="small" disabled={page.page <= 1} onClick={() => onPage(page.page - 1)} data-testid="page-previous">
        {i18n.t('ui.watchlist.pager.previous')}
      </Button>
      <SM data-testid="page-status" aria-live="polite">
        {i18n.t('ui.watchlist.pager.status', { from: page.from, to: page.to, total: page.total })}
      </SM>
      <Button size="small" disabled={page.page >= page.pages} onClick={() => onPage(page.page + 1)} data-testid="page-next">
        {i18n.t('ui.watchlist.pager.next')}
      </Button>
    </Bar>
  );
}
