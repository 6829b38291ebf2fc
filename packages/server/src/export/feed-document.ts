/** One entry of a syndication feed, whatever its format. */
export interface FeedEntry {
  /** Stable and unique: RSS's guid (not a permalink), Atom's id as `urn:uuid:<id>` when it is a UUID. */
  readonly id: string;
  readonly title: string;
  /** Where a reader opens the entry. */
  readonly link: string;
  /** ISO-8601 instants. */
  readonly published: string;
  readonly updated: string;
  /** Plain text. */
  readonly summary: string;
  readonly categories: readonly string[];
}

/** A syndication feed: what it is, where it lives, and its entries (newest first). */
export interface FeedDocument {
  readonly title: string;
  readonly description: string;
  /** The page the feed belongs to. */
  readonly link: string;
  /** The feed's own URL (RSS `atom:link rel=self`, Atom `link rel=self`). */
  readonly selfUrl: string;
  /** A stable IRI naming the feed (Atom's feed id). */
  readonly id: string;
  /** ISO-8601: when the newest entry changed, or when the feed was made when it has none. */
  readonly updated: string;
  readonly author: string;
  readonly entries: readonly FeedEntry[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An entry id as an IRI, as Atom requires (`urn:uuid:` for UUIDs; other ids are taken to be IRIs already). */
export function entryIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : id;
}
