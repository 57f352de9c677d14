import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanStatus } from '../api/plans';

// dark outline shades keep 4.5:1 contrast at badge size (as the indicator status badges do)
const colour: Record<PlanStatus, string> = { draft: 'gray.8', adopted: 'teal.9', archived: 'dark.6' };

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={colour[status]}>
      {t(`impact.plans.status.${status}`)}
    </Badge>
  );
}
