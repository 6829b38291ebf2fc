/** A news article tied to one or more symbols. */
export interface NewsArticle {
  /** Stable id from the source (or a hash of the URL), used to de-duplicate. */
  readonly id: string;
  readonly symbols: readonly string[];
  readonly title: string;
  readonly summary: string | null;
  readonly url: string | null;
  /** Who published it (e.g. "Reuters"). */
  readonly publisher: string;
  /** Publication time, epoch ms UTC. */
  readonly time: number;
  /** Id of the provider that answered. */
  readonly source: string;
  readonly simulated: boolean;
}
