import { Button, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { InputNode } from '@getodk/xforms-engine';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nodeName } from '../engine/xform';
import { useViolation } from './useViolation';

type Props = { node: InputNode; onChange: () => void; showErrors: boolean };

/** The engine's value as the text a person would type: numbers, ISO dates, "lat lon" for a point. */
export function inputText(node: InputNode): string {
  const value: unknown = node.currentState.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'latitude' in value && 'longitude' in value)
    return `${String(value.latitude)} ${String(value.longitude)}`;
  return String(value);
}

function GeopointInput({ node, onChange, error }: { node: InputNode; onChange: () => void; error?: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  const label = node.currentState.label?.asString ?? nodeName(node);
  const value = inputText(node);
  const locate = () => {
    if (!('geolocation' in navigator)) return setStatus(t('research.fill.noLocation'));
    setStatus(t('research.fill.locating'));
    navigator.geolocation.getCurrentPosition(
      (p) => {
        const { latitude, longitude, altitude, accuracy } = p.coords;
        (node as InputNode<'geopoint'>).setValue(`${latitude} ${longitude} ${altitude ?? 0} ${accuracy}`);
        setStatus('');
        onChange();
      },
      () => setStatus(t('research.fill.noLocation')),
      { enableHighAccuracy: true, timeout: 20_000 },
    );
  };
  return (
    <Stack gap={4}>
      <TextInput
        label={label}
        description={node.currentState.hint?.asString ?? t('research.fill.geopointHint')}
        withAsterisk={node.currentState.required}
        error={error}
        defaultValue={value}
        dir="ltr"
        inputMode="decimal"
        onChange={(e) => {
          (node as InputNode<'geopoint'>).setValue(e.currentTarget.value.trim() || null);
          onChange();
        }}
      />
      <Group gap="sm">
        <Button variant="default" size="compact-sm" onClick={locate}>
          {t('research.fill.useLocation')}
        </Button>
        <Text size="sm" aria-live="polite">
          {status}
        </Text>
      </Group>
    </Stack>
  );
}

/** A typed answer: text, integer, decimal, date or a point (with the device's location). */
export function XFormInput({ node, onChange, showErrors }: Props) {
  const error = useViolation(node, showErrors);
  const [text, setText] = useState(() => inputText(node));
  const label = node.currentState.label?.asString ?? nodeName(node);
  const common = {
    label,
    description: node.currentState.hint?.asString,
    withAsterisk: node.currentState.required,
    error,
    readOnly: node.currentState.readonly,
  };
  const set = (raw: string) => {
    setText(raw);
    (node as InputNode<'string'>).setValue(raw === '' ? '' : raw);
    onChange();
  };
  switch (node.valueType) {
    case 'geopoint':
      return <GeopointInput node={node} onChange={onChange} error={error} />;
    case 'int':
    case 'decimal':
      return (
        <TextInput
          {...common}
          value={text}
          dir="ltr"
          inputMode={node.valueType === 'int' ? 'numeric' : 'decimal'}
          onChange={(e) => {
            const raw = e.currentTarget.value;
            setText(raw);
            (node as InputNode<'decimal'>).setValue(raw.trim() === '' ? null : raw.trim());
            onChange();
          }}
        />
      );
    case 'date':
      return <TextInput {...common} type="date" value={text} onChange={(e) => set(e.currentTarget.value)} />;
    case 'string':
      if ((node.nodeOptions as { rows: number | null } | null)?.rows)
        return <Textarea {...common} autosize minRows={3} value={text} onChange={(e) => set(e.currentTarget.value)} />;
      return <TextInput {...common} value={text} onChange={(e) => set(e.currentTarget.value)} />;
    default:
      return <TextInput {...common} value={text} onChange={(e) => set(e.currentTarget.value)} />;
  }
}
