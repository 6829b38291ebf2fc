import { useState, type FormEvent } from 'react';
import { fieldProblemsOf } from './field-problems-of.js';
import type { FieldProblems } from './field-problems.js';

/** What a form's own check found: the value to send, or the problems by field. */
export type CheckResult<Value> = { readonly value: Value; readonly problems?: undefined } | { readonly value?: undefined; readonly problems: FieldProblems };

/** How a form checks, sends and answers; see {@link useCheckedForm}. */
export interface CheckedFormOptions<Fields, Value, Result> {
  readonly initial: Fields | (() => Fields);
  readonly check: (fields: Fields) => CheckResult<Value>;
  readonly send: (value: Value) => Promise<Result>;
  /** After a send the API accepted: e.g. clear or reload the fields, show an outcome. */
  readonly onSent?: (result: Result, setFields: (update: (current: Fields) => Fields) => void) => void;
  /** Called on every edit and at every submit: outcomes of the last send stop being shown. */
  readonly onEdit?: () => void;
  /** The controls the form has: an API refusal naming none of them is shown as `failure`. */
  readonly formFields: readonly string[];
  /** The object inside the body the controls edit, when there is one (see `fieldProblemsOf`). */
  readonly within?: string;
}

/** A form's state: its fields, their problems, a failure with no field, and whether a send is under way. */
export interface CheckedForm<Fields> {
  readonly fields: Fields;
  readonly problems: FieldProblems;
  readonly failure: string | null;
  readonly pending: boolean;
  /** Sets one field; a fixed field loses its complaint, the others keep theirs until the next submit. */
  change<K extends keyof Fields>(name: K, value: Fields[K]): void;
  submit(event: FormEvent): Promise<void>;
}

/**
 * The one way the dashboard's forms work: checked here first (problems shown at their fields), then sent; the
 * API's refusals shown at the fields they name, anything else as the form's failure.
 */
export function useCheckedForm<Fields, Value, Result>(options: CheckedFormOptions<Fields, Value, Result>): CheckedForm<Fields> {
  const [fields, setFields] = useState<Fields>(options.initial);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  function change<K extends keyof Fields>(name: K, value: Fields[K]): void {
    setFields((current) => ({ ...current, [name]: value }));
    setProblems((current) => ({ ...current, [name]: undefined }));
    options.onEdit?.();
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setFailure(null);
    options.onEdit?.();
    const checked = options.check(fields);
    if (checked.problems !== undefined) {
      setProblems(checked.problems);
      return;
    }
    setProblems({});
    setPending(true);
    try {
      const result = await options.send(checked.value);
      options.onSent?.(result, setFields);
    } catch (error) {
      const byField = fieldProblemsOf(error, options.within);
      setProblems(byField);
      // Problems the form has no control for, or none at all, go in the banner.
      if (!Object.keys(byField).some((field) => options.formFields.includes(field))) setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setPending(false);
    }
  }

  return { fields, problems, failure, pending, change, submit };
}
