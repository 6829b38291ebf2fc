import { isUuid } from './is-uuid.js';
import { StorageInputError } from './storage-input-error.js';

/** Where a page of signals ends in the (time desc, id desc) order. */
export interface SignalCursor {
  readonly time: string;
  readonly id: string;
}

/** Opaque to clients: base64url of the last item's time and id. */
export function encodeSignalCursor(cursor: SignalCursor): string {
  return Buffer.from(JSON.stringify([cursor.time, cursor.id])).toString('base64url');
}

/** Reads a cursor made by {@link encodeSignalCursor}; anything else is a StorageInputError on `cursor`. */
export function decodeSignalCursor(text: string): SignalCursor {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (Array.isArray(value) && value.length === 2) {
    const [time, id] = value as unknown[];
    if (typeof time === 'string' && typeof id === 'string' && isUuid(id) && !Number.isNaN(Date.parse(time))) return { time: new Date(time).toISOString(), id };
  }
  throw new StorageInputError('cursor', 'cursor is not one this server issued; start again without it');
}
