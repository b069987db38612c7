import { Well } from '@zendeskgarden/react-notifications';
import { SM } from '@zendeskgarden/react-typography';
import type { CostAgainstValue } from '../../core/rating/types';
import { useI18n } from '../i18n/I18nProvider';

/** Support cost against the customer's value, in the account's currency. */
export function CostPanel({ cost }: { cost: CostAgainstValue }) {
  const i18n = useI18n();
  const money = (value: number) => i18n.number(value, { style: 'currency', currency: cost.currency, maximumFractionDigits: 0 });
  return (
    <Well isRecessed data-testid="cost">
      <SM isBold>{i18n.t('ui.cost.title')}</SM>
      <SM>
        {i18n.t(cost.basis === 'time-field' ? 'ui.cost.lineTime' : 'ui.cost.lineReplies', {
          cost: money(cost.supportCost),
          value: money(cost.value),
          hours: i18n.number(cost.minutes / 60),
        })}
      </SM>
      <SM isBold data-testid="cost-verdict">{i18n.t(cost.underwater ? 'ui.cost.underwater' : 'ui.cost.covered')}</SM>
    </Well>
  );
}
