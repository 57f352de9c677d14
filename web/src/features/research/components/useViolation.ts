import type { AnyChildNode } from '@getodk/xforms-engine';
import { useTranslation } from 'react-i18next';

/** The violation message (the form's own constraint or required message, or a generic one) once it matters. */
export function useViolation(node: AnyChildNode, showErrors: boolean): string | undefined {
  const { t } = useTranslation();
  if (!('violation' in node.validationState)) return undefined;
  const violation = node.validationState.violation;
  if (!violation) return undefined;
  // A missing required answer is only pointed out on submit; a broken constraint as soon as it is typed.
  if (violation.condition === 'required' && !showErrors) return undefined;
  return (
    violation.message?.asString ||
    t(violation.condition === 'required' ? 'research.fill.required' : 'research.fill.constraint')
  );
}
