import { Box, Typography } from '@mui/material';
import { CitationLinks } from './citation-links.js';
import type { ShownMessage } from './shown-message.js';
import { ToolCallChips } from './tool-call-chips.js';

const ENDING: Readonly<Record<ShownMessage['state'], string>> = { stored: '', streaming: '', stopped: 'Stopped: the answer is incomplete.', failed: 'The answer failed before it was complete.' };

/** One message of the transcript: who wrote it, the tools an answer called, its text, and its sources. */
export function MessageBubble({ message, toolSummaries, onOpenSignal }: { readonly message: ShownMessage; readonly toolSummaries: ReadonlyMap<string, string>; readonly onOpenSignal: (signalId: string) => void }) {
  const mine = message.role === 'user';
  const streaming = message.state === 'streaming';
  return (
    <Box
      component="li"
      data-message-role={message.role}
      data-message-state={message.state}
      sx={{ alignSelf: mine ? 'flex-end' : 'stretch', maxWidth: mine ? '85%' : '100%', minWidth: 0, p: 1.5, borderRadius: 1, bgcolor: mine ? 'action.selected' : 'action.hover' }}
    >
      <Typography variant="caption" color="text.secondary" component="h3" sx={{ display: 'block', mb: 0.5 }}>
        {mine ? 'You' : 'Assistant'}
      </Typography>
      <ToolCallChips calls={message.toolCalls} summaries={toolSummaries} />
      {/* Read out once complete: aria-busy holds the announcement while tokens still arrive. */}
      <Typography
        variant="body2"
        sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        {...(mine ? {} : { 'aria-live': 'polite' as const, 'aria-busy': streaming })}
      >
        {message.content === '' && streaming ? 'Thinking…' : message.content}
      </Typography>
      {ENDING[message.state] !== '' && (
        <Typography variant="caption" color="warning.main" sx={{ display: 'block', mt: 0.5 }}>
          {ENDING[message.state]}
        </Typography>
      )}
      <CitationLinks citations={message.citations} onOpenSignal={onOpenSignal} />
    </Box>
  );
}
