import { Button, Checkbox, Fieldset, Group, Radio, Stack, Text } from '@mantine/core';
import type { AnyChildNode, RepeatInstanceNode, SelectItem, SelectNode } from '@getodk/xforms-engine';
import { nodeName } from '../engine/xform';
import { useTranslation } from 'react-i18next';
import { useViolation } from './useViolation';
import { XFormInput } from './XFormInput';
import { XFormUpload } from './XFormUpload';

type Props = { node: AnyChildNode; onChange: () => void; showErrors: boolean };

function SelectField({ node, onChange, showErrors }: Props & { node: SelectNode }) {
  const error = useViolation(node, showErrors);
  const label = node.currentState.label?.asString ?? nodeName(node);
  const description = node.currentState.hint?.asString;
  const options = node.currentState.valueOptions;
  const common = { label, description, error, withAsterisk: node.currentState.required };
  if (node.selectType === 'select1')
    return (
      <Radio.Group
        {...common}
        value={node.currentState.value[0] ?? null}
        onChange={(value) => {
          node.selectValue(value || null);
          onChange();
        }}
      >
        <Stack gap={6} mt={6}>
          {options.map((o: SelectItem) => (
            <Radio key={o.value} value={o.value} label={o.label.asString || o.value} />
          ))}
        </Stack>
      </Radio.Group>
    );
  return (
    <Checkbox.Group
      {...common}
      value={[...node.currentState.value]}
      onChange={(values) => {
        node.selectValues(values);
        onChange();
      }}
    >
      <Stack gap={6} mt={6}>
        {options.map((o: SelectItem) => (
          <Checkbox key={o.value} value={o.value} label={o.label.asString || o.value} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

/** One node of the form: a question, a note, a group or a repeat, drawn from the engine's live state. */
export function XFormNode({ node, onChange, showErrors }: Props) {
  const { t } = useTranslation();
  if (!node.currentState.relevant) return null;
  const label = node.currentState.label?.asString;
  switch (node.nodeType) {
    case 'model-value':
    case 'attribute':
      return null;
    case 'note':
      return (
        <div>
          <Text fw={600}>{label}</Text>
          {node.currentState.hint && <Text size="sm">{node.currentState.hint.asString}</Text>}
        </div>
      );
    case 'input':
      return <XFormInput node={node} onChange={onChange} showErrors={showErrors} />;
    case 'select':
      return <SelectField node={node} onChange={onChange} showErrors={showErrors} />;
    case 'group':
    case 'repeat-instance': {
      const children = (node.currentState.children ?? []) as AnyChildNode[];
      const body = children.map((child) => (
        <XFormNode key={child.nodeId} node={child} onChange={onChange} showErrors={showErrors} />
      ));
      if (node.nodeType === 'group' && !label) return <>{body}</>;
      return (
        <Fieldset legend={label ?? ''}>
          <Stack gap="md">{body}</Stack>
        </Fieldset>
      );
    }
    case 'repeat-range:controlled':
    case 'repeat-range:uncontrolled': {
      const instances = node.currentState.children;
      const range = node;
      return (
        <Stack gap="sm">
          {label && <Text fw={600}>{label}</Text>}
          {instances.map((instance: RepeatInstanceNode, index: number) => (
            <Stack key={instance.nodeId} gap={4}>
              <Fieldset legend={t('research.fill.repeatItem', { label: label ?? '', n: index + 1 })}>
                <Stack gap="md">
                  {((instance.currentState.children ?? []) as AnyChildNode[]).map((child) => (
                    <XFormNode key={child.nodeId} node={child} onChange={onChange} showErrors={showErrors} />
                  ))}
                </Stack>
              </Fieldset>
              {range.nodeType === 'repeat-range:uncontrolled' && (
                <Group>
                  <Button
                    variant="subtle"
                    color="red.9"
                    size="compact-sm"
                    onClick={() => {
                      range.removeInstances(index, 1);
                      onChange();
                    }}
                  >
                    {t('research.fill.removeRepeat', { n: index + 1 })}
                  </Button>
                </Group>
              )}
            </Stack>
          ))}
          {range.nodeType === 'repeat-range:uncontrolled' && (
            <Group>
              <Button
                variant="default"
                onClick={() => {
                  range.addInstances();
                  onChange();
                }}
              >
                {t('research.fill.addRepeat', { label: label ?? '' })}
              </Button>
            </Group>
          )}
        </Stack>
      );
    }
    case 'upload':
      return <XFormUpload node={node} onChange={onChange} showErrors={showErrors} />;
    case 'trigger':
      return (
        <Checkbox
          label={label}
          checked={node.currentState.value}
          onChange={(e) => {
            node.setValue(e.currentTarget.checked);
            onChange();
          }}
        />
      );
    default:
      return (
        <Text size="sm" c="dimmed">
          {t('research.fill.unsupported', { label: label ?? nodeName(node) })}
        </Text>
      );
  }
}
