import { NativeSelect, NumberInput, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createEvent, eventKinds } from '../api/network';
import { instantOf, listOf, numberOf } from './problems';
import { StaffForm, type FieldProps } from './StaffForm';

type Text = 'title' | 'startsAt' | 'endsAt' | 'location' | 'speakers' | 'topics' | 'description';

/** Staff put a network meeting, workshop or awareness day on the calendar: speakers, topics, capacity, public. */
export function EventForm({ onSaved }: { onSaved: (id: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState<Record<Text, string>>({
    title: '',
    startsAt: '',
    endsAt: '',
    location: '',
    speakers: '',
    topics: '',
    description: '',
  });
  const [kind, setKind] = useState<string>('network_meeting');
  const [capacity, setCapacity] = useState<string | number>('');
  const [isPublic, setPublic] = useState(false);
  const f = (k: string) => t(`enterpriseForms.event.${k}`);
  const fields = {
    title: f('title'),
    kind: f('kind'),
    startsAt: f('startsAt'),
    endsAt: f('endsAt'),
    location: f('location'),
    capacity: f('capacity'),
    speakers: f('speakers'),
    topics: f('topics'),
    public: f('public'),
    description: f('description'),
  };
  const input = (k: Text, props: FieldProps & { type?: string; required?: boolean; description?: string }) => (
    <TextInput
      {...props}
      value={text[k]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setText((v) => ({ ...v, [k]: value }));
      }}
    />
  );
  return (
    <StaffForm
      title={f('new')}
      id="event"
      fields={fields}
      refresh={['events']}
      onSaved={onSaved}
      send={() =>
        createEvent({
          title: text.title,
          kind,
          startsAt: instantOf(text.startsAt),
          endsAt: instantOf(text.endsAt),
          location: text.location || undefined,
          description: text.description || undefined,
          capacity: numberOf(capacity),
          speakers: listOf(text.speakers),
          topics: listOf(text.topics),
          public: isPublic,
        })
      }
    >
      {(field) => (
        <Stack gap="sm">
          {input('title', { ...field('title'), required: true })}
          <NativeSelect
            {...field('kind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value)}
            data={eventKinds.map((k) => ({ value: k, label: t(`events.kinds.${k}`) }))}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {input('startsAt', { ...field('startsAt'), type: 'datetime-local', required: true })}
            {input('endsAt', { ...field('endsAt'), type: 'datetime-local', required: true })}
          </SimpleGrid>
          {input('location', field('location'))}
          <NumberInput
            {...field('capacity')}
            description={f('capacityHint')}
            min={1}
            max={10000}
            allowDecimal={false}
            value={capacity}
            onChange={setCapacity}
          />
          {input('speakers', { ...field('speakers'), description: f('listHint') })}
          {input('topics', { ...field('topics'), description: f('listHint') })}
          <Textarea
            {...field('description')}
            autosize
            minRows={2}
            value={text.description}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setText((v) => ({ ...v, description: value }));
            }}
          />
          <Switch
            {...field('public')}
            description={f('publicHint')}
            checked={isPublic}
            onChange={(e) => setPublic(e.currentTarget.checked)}
          />
        </Stack>
      )}
    </StaffForm>
  );
}
