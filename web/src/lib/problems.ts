/** One field error of a problem+json answer (`errors[]`). */
export interface FieldProblem {
  path: string;
  message: string;
}

/** The server's errors placed on a form: the first message per field, and the ones no field takes. */
export interface PlacedProblems<F extends string> {
  fields: Partial<Record<F, string>>;
  other: string[];
}

/**
 * Places problem+json errors on the form fields they name. `fieldOf` gets the path's segments after "body"
 * ("body.grant.items.0.id" → ['grant', 'items', '0', 'id']) and answers the field, or undefined for an error the
 * form shows in its summary (as `otherText` writes it). A second error on a field that already has one is dropped.
 */
export function placeProblems<F extends string>(
  errors: readonly FieldProblem[],
  fieldOf: (segments: string[]) => F | undefined,
  otherText: (e: FieldProblem) => string = (e) => e.message,
): PlacedProblems<F> {
  const fields: Partial<Record<F, string>> = {};
  const other: string[] = [];
  for (const e of errors) {
    const parts = e.path.split(/[.[\]/]+/).filter(Boolean);
    const field = fieldOf(parts[0] === 'body' ? parts.slice(1) : parts);
    if (field === undefined) other.push(otherText(e));
    else fields[field] ??= e.message;
  }
  return { fields, other };
}
