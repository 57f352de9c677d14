import { Button, Group, NativeSelect, NumberInput, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyCode, removeSegment, useCodebook, type InterviewDetail } from '../api/interviews';
import { ProblemAlert } from './ProblemAlert';

/** Splits the transcript at every segment boundary; pieces inside a segment are marked. */
export function pieces(text: string, segments: { start: number; end: number }[]) {
  const cuts = [...new Set([0, text.length, ...segments.flatMap((s) => [s.start, s.end])])]
    .filter((n) => n >= 0 && n <= text.length)
    .sort((a, b) => a - b);
  return cuts.slice(0, -1).map((from, i) => {
    const to = cuts[i + 1]!;
    return { from, to, text: text.slice(from, to), coded: segments.some((s) => s.start <= from && s.end >= to) };
  });
}

/** Offsets (in the transcript's text) of the current selection inside `root`, or null. */
function selectionIn(root: HTMLElement): { start: number; end: number } | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(root, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

/**
 * The transcript with its coded passages marked. Select a passage (mouse, touch or keyboard selection) or type
 * its start and end offsets, choose a code, and apply it; coded segments are listed with a remove button.
 */
export function TranscriptCoder({ interview, canCode }: { interview: InterviewDetail; canCode: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { data: codebook } = useCodebook(interview.partner.id);
  const textRef = useRef<HTMLDivElement>(null);
  const [range, setRange] = useState<{ start: number | ''; end: number | '' }>({ start: '', end: '' });
  const [code, setCode] = useState('');
  const onSaved = (i: InterviewDetail) => {
    queryClient.setQueryData(['interview', i.id], i);
    void queryClient.invalidateQueries({ queryKey: ['research-themes'] });
  };
  const apply = useMutation({
    mutationFn: () => applyCode(interview.id, { code, start: Number(range.start), end: Number(range.end) }),
    onSuccess: (i) => {
      setRange({ start: '', end: '' });
      onSaved(i);
    },
  });
  const remove = useMutation({
    mutationFn: (segmentId: string) => removeSegment(interview.id, segmentId),
    onSuccess: onSaved,
  });
  const takeSelection = () => {
    const found = textRef.current ? selectionIn(textRef.current) : null;
    if (found) setRange(found);
  };
  const preview =
    range.start !== '' && range.end !== '' ? interview.transcript.slice(Number(range.start), Number(range.end)) : '';
  return (
    <Stack gap="sm">
      <Title order={2}>{t('researchProgramme.interview.transcript')}</Title>
      {interview.transcript ? (
        <Paper
          withBorder
          p="md"
          ref={textRef}
          onMouseUp={takeSelection}
          onKeyUp={takeSelection}
          data-testid="transcript"
          lang={interview.language}
          style={{ whiteSpace: 'pre-wrap', lineHeight: 1.7 }}
        >
          {pieces(interview.transcript, interview.codedSegments).map((p) =>
            p.coded ? <mark key={p.from}>{p.text}</mark> : <span key={p.from}>{p.text}</span>,
          )}
        </Paper>
      ) : (
        <Text>{t('researchProgramme.interview.noTranscript')}</Text>
      )}
      {canCode && interview.transcript && (
        <Stack gap="xs" p="md" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
          <Title order={3} size="h5">
            {t('researchProgramme.interview.codeSelection')}
          </Title>
          <Text size="sm">{t('researchProgramme.interview.codeHint')}</Text>
          <Group align="flex-end">
            <NumberInput
              label={t('researchProgramme.interview.start')}
              min={0}
              max={interview.transcript.length}
              value={range.start}
              onChange={(n) => setRange((r) => ({ ...r, start: n === '' ? '' : Number(n) }))}
              w={120}
            />
            <NumberInput
              label={t('researchProgramme.interview.end')}
              min={1}
              max={interview.transcript.length}
              value={range.end}
              onChange={(n) => setRange((r) => ({ ...r, end: n === '' ? '' : Number(n) }))}
              w={120}
            />
            <NativeSelect
              label={t('researchProgramme.interview.code')}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              data={[
                { value: '', label: t('researchProgramme.interview.chooseCode') },
                ...(codebook?.codes ?? []).map((c) => ({ value: c.id, label: c.name })),
              ]}
              w={{ base: '100%', xs: 260 }}
            />
            <Button
              onClick={() => apply.mutate()}
              loading={apply.isPending}
              disabled={!code || range.start === '' || range.end === ''}
            >
              {t('researchProgramme.interview.apply')}
            </Button>
          </Group>
          {preview && (
            <Text size="sm" aria-live="polite">
              {t('researchProgramme.interview.preview')}: “<bdi>{preview}</bdi>”
            </Text>
          )}
          <ProblemAlert error={apply.error ?? remove.error} />
        </Stack>
      )}
      <Title order={3} size="h4">
        {t('researchProgramme.interview.segments')}
      </Title>
      {interview.codedSegments.length === 0 ? (
        <Text>{t('researchProgramme.interview.noSegments')}</Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('researchProgramme.interview.code')}</Table.Th>
              <Table.Th>{t('researchProgramme.themes.theme')}</Table.Th>
              <Table.Th>{t('researchProgramme.interview.passage')}</Table.Th>
              {canCode && <Table.Th>{t('researchProgramme.interview.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {interview.codedSegments.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{s.code}</Table.Td>
                <Table.Td>{s.theme ?? '—'}</Table.Td>
                <Table.Td>
                  <bdi>{s.text}</bdi>
                </Table.Td>
                {canCode && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => remove.mutate(s.id)}
                      aria-label={t('researchProgramme.interview.removeLabel', { code: s.code })}
                    >
                      {t('researchProgramme.interview.remove')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
