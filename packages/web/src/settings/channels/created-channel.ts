import type { ChannelView } from './channel-view.js';

/** The answer of `POST /channels`: the channel, and for a webhook its signing secret, given this once. */
export interface CreatedChannel extends ChannelView {
  readonly secret?: string;
}
