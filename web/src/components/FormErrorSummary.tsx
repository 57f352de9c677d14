import { Alert, List } from '@mantine/core';
import type { MouseEvent, ReactNode, Ref, RefObject } from 'react';

/** One problem the summary lists: the field's id (the link target), its label and what is wrong with it. */
export type SummaryProblem = { id: string; label: string; message: string };

/** Alert titles in the darkest shade and messages in the text colour: the light variant's own fall below 4.5:1. */
export const alertStyles = (color: string) => ({
  title: { color: `var(--mantine-color-${color}-9)` },
  message: { color: 'var(--mantine-color-text)' },
});

/** The fields that have a problem, in form order, as the summary lists them. */
export function summaryProblems<F extends string>(
  names: readonly F[],
  problemOf: (name: F) => string | undefined,
  labelOf: (name: F) => string,
  idOf: (name: F) => string,
): SummaryProblem[] {
  return names.flatMap((name) => {
    const message = problemOf(name);
    return message ? [{ id: idOf(name), label: labelOf(name), message }] : [];
  });
}

/** Focuses the summary (its `ref`) once the problems have rendered, after a submit that failed. */
export function focusSummary(ref: RefObject<HTMLDivElement | null>) {
  requestAnimationFrame(() => ref.current?.focus());
}

const focusable = 'input:not([type="hidden"]), select, textarea, button';

/**
 * A fragment link only scrolls: it does not move keyboard focus, and in a dialog it changes the page's URL. So the
 * link focuses the field itself (or, for a group such as checkboxes, the first control in it).
 */
function goToField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  const target = field.matches(focusable) ? field : field.querySelector<HTMLElement>(focusable);
  (target ?? field).focus();
  (target ?? field).scrollIntoView({ block: 'center' });
}

type Props = {
  /** the summary's focus target (see focusSummary) */
  ref: Ref<HTMLDivElement>;
  title: string;
  problems: readonly SummaryProblem[];
  /** problems that name no field of the form */
  other?: readonly string[];
  /** further alerts (an edit conflict, an unexplained failure), inside the same focus target */
  children?: ReactNode;
};

/**
 * The list of problems at the top of a form: each links to its field; it is announced (role="alert") and takes
 * focus after a failed submit, so keyboard and screen-reader users start from it.
 */
export function FormErrorSummary({ ref, title, problems, other = [], children }: Props) {
  return (
    <div ref={ref} tabIndex={-1} style={{ outline: 'none' }}>
      {(problems.length > 0 || other.length > 0) && (
        <Alert color="red" role="alert" title={title} styles={alertStyles('red')}>
          <List size="sm">
            {problems.map((p) => (
              <List.Item key={p.id}>
                <a href={`#${p.id}`} onClick={(e) => goToField(e, p.id)}>
                  {p.label}
                </a>
                : {p.message}
              </List.Item>
            ))}
            {other.map((message) => (
              <List.Item key={message}>{message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {children}
    </div>
  );
}
