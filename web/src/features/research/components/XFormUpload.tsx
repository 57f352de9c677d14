import { FileInput } from '@mantine/core';
import type { UploadNode } from '@getodk/xforms-engine';
import { useTranslation } from 'react-i18next';
import { nodeName } from '../engine/xform';
import { useViolation } from './useViolation';

type Props = { node: UploadNode; onChange: () => void; showErrors: boolean };

/**
 * A photo, recording or file answer (image, audio, file questions). On a phone, `accept` opens the camera or the
 * recorder. The file stays on the device with the response and is uploaded with it as a media attachment.
 */
export function XFormUpload({ node, onChange, showErrors }: Props) {
  const { t } = useTranslation();
  const error = useViolation(node, showErrors);
  const accept = node.nodeOptions.media.accept;
  return (
    <FileInput
      label={node.currentState.label?.asString ?? nodeName(node)}
      description={node.currentState.hint?.asString ?? t(`research.fill.media.${mediaKind(accept)}`)}
      withAsterisk={node.currentState.required}
      error={error}
      readOnly={node.currentState.readonly}
      accept={accept === '*' ? undefined : accept}
      clearable
      value={node.currentState.value}
      placeholder={t('research.fill.media.choose')}
      onChange={(file) => {
        node.setValue(file);
        onChange();
      }}
    />
  );
}

function mediaKind(accept: string): 'image' | 'audio' | 'video' | 'file' {
  if (accept.startsWith('image')) return 'image';
  if (accept.startsWith('audio')) return 'audio';
  if (accept.startsWith('video')) return 'video';
  return 'file';
}
