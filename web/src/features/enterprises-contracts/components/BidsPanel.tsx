import { Button, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SimpleTable } from '../../../components/SimpleTable';
import { formatPounds } from '../../../lib/money';
import { Notice } from './Notice';
import { AwardMeasuresForm } from './AwardMeasuresForm';
import { changeBid, recordAward, useBids, type Bid } from '../api/contracts';

/** The bids on one contract or grant; a submitted bid can be lost, withdrawn, or won by recording its award. */
export function BidsPanel({ opportunity }: { opportunity: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const bids = useBids(opportunity);
  const client = useQueryClient();
  const [awarding, setAwarding] = useState<Bid | null>(null);
  const [measuring, setMeasuring] = useState<Bid | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: ['contract', opportunity] });
  const act = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      await refresh();
      await client.invalidateQueries({ queryKey: ['ledger'] });
      setAwarding(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="bids-title">
      <Title order={2} size="h3" id="bids-title">
        {t('enterprisesContracts.bids.title')}
      </Title>
      {error && <Notice tone="failed">{error}</Notice>}
      <SimpleTable
        caption={t('enterprisesContracts.bids.caption')}
        rows={bids.data?.items ?? []}
        rowKey={(b) => b.id}
        empty={t('enterprisesContracts.bids.none')}
        minWidth={600}
        columns={[
          { key: 'bidder', header: t('enterprisesContracts.bids.bidder'), render: (b) => <bdi>{b.bidder.name}</bdi> },
          {
            key: 'status',
            header: t('enterprisesContracts.fields.status'),
            render: (b) => t(`enterprisesContracts.bidStatus.${b.status}`),
          },
          {
            key: 'award',
            header: t('enterprisesContracts.bids.award'),
            render: (b) => (b.award ? formatPounds(b.award.amount, lang) : '—'),
          },
          {
            key: 'actions',
            header: t('enterprisesContracts.bids.actions'),
            render: (b) =>
              b.status === 'submitted' ? (
                <Group gap="xs">
                  <Button size="xs" onClick={() => setAwarding(b)}>
                    {t('enterprisesContracts.bids.won')}
                  </Button>
                  <Button size="xs" variant="default" onClick={() => void act(() => changeBid(b, 'lost'))}>
                    {t('enterprisesContracts.bids.lost')}
                  </Button>
                </Group>
              ) : b.award ? (
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => setMeasuring(b)}
                  aria-label={t('enterprisesContracts.awardMeasures.open', { name: b.bidder.name })}
                >
                  {t('enterprisesContracts.awardMeasures.button')}
                </Button>
              ) : null,
          },
        ]}
      />
      {measuring?.award && (
        <AwardMeasuresForm
          key={measuring.award.id}
          awardId={measuring.award.id}
          bidder={measuring.bidder.name}
          onDone={() => setMeasuring(null)}
        />
      )}
      {awarding && (
        <AwardForm bid={awarding} onSubmit={(amount, date) => act(() => recordAward(awarding.id, amount, date))} />
      )}
    </Stack>
  );
}

function AwardForm({ bid, onSubmit }: { bid: Bid; onSubmit: (amount: number, date: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [amount, setAmount] = useState<number | string>(bid.amount ?? '');
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  return (
    <form
      aria-label={t('enterprisesContracts.award.title')}
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit(Number(amount), date);
      }}
    >
      <Stack gap="xs" maw={360}>
        <Text fw={600}>
          {t('enterprisesContracts.award.title')}: <bdi>{bid.bidder.name}</bdi>
        </Text>
        <NumberInput
          label={t('enterprisesContracts.award.amount')}
          value={amount}
          onChange={setAmount}
          min={0}
          required
        />
        <TextInput
          label={t('enterprisesContracts.award.date')}
          type="date"
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          required
        />
        <Button type="submit">{t('enterprisesContracts.award.save')}</Button>
      </Stack>
    </form>
  );
}
