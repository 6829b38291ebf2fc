import type { FieldProblems } from '../forms/field-problems.js';
import type { AlertFields } from './alert-fields.js';

/** What each group of the alert form's controls gets: the fields, their problems, and how to change one. */
export interface AlertFieldProps {
  readonly fields: AlertFields;
  readonly problems: FieldProblems;
  change<K extends keyof AlertFields>(name: K, value: AlertFields[K]): void;
}
