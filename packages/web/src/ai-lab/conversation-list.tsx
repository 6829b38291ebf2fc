import { Alert, Button, IconButton, List, ListItem, ListItemButton, ListItemText, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { formatDateTime } from '../settings/format-date-time.js';
import { usePreferences } from '../settings/preferences-store.js';
import type { ConversationSummary } from './conversation-summary.js';

/** What {@link ConversationList} needs from the page. */
export interface ConversationListProps {
  readonly conversations: readonly ConversationSummary[];
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  readonly onNew: () => void;
  readonly onDelete: (id: string) => void;
  readonly deletingId: string | null;
  readonly deleteError: string | null;
}

/** The person's conversations, newest first: start a new one, open one, delete one (asked once more). */
export function ConversationList({ conversations, selectedId, onSelect, onNew, onDelete, deletingId, deleteError }: ConversationListProps) {
  const timeZone = usePreferences((state) => state.timeZone);
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <Stack spacing={1}>
      <Button variant="outlined" onClick={onNew} disabled={selectedId === null}>
        New conversation
      </Button>
      {deleteError !== null && (
        <Alert severity="error" role="alert">
          {deleteError}
        </Alert>
      )}
      {conversations.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          No conversations yet. Your first question starts one.
        </Typography>
      ) : (
        <List dense aria-label="Conversations" sx={{ maxHeight: { xs: 200, md: '60vh' }, overflow: 'auto', p: 0 }}>
          {conversations.map((conversation) =>
            confirming === conversation.id ? (
              <ListItem key={conversation.id} sx={{ gap: 1, flexWrap: 'wrap' }}>
                <Typography variant="body2" sx={{ flexBasis: '100%' }}>
                  Delete “{conversation.title}”?
                </Typography>
                <Button size="small" color="error" variant="contained" disabled={deletingId === conversation.id} onClick={() => onDelete(conversation.id)}>
                  Delete now
                </Button>
                <Button size="small" onClick={() => setConfirming(null)}>
                  Keep
                </Button>
              </ListItem>
            ) : (
              <ListItem
                key={conversation.id}
                disablePadding
                data-conversation-id={conversation.id}
                secondaryAction={
                  <IconButton edge="end" size="small" aria-label={`Delete conversation ${conversation.title}`} onClick={() => setConfirming(conversation.id)}>
                    ×
                  </IconButton>
                }
              >
                <ListItemButton selected={conversation.id === selectedId} aria-current={conversation.id === selectedId ? 'true' : undefined} onClick={() => onSelect(conversation.id)}>
                  <ListItemText primary={conversation.title} secondary={formatDateTime(conversation.updatedAt, timeZone)} slotProps={{ primary: { noWrap: true } }} />
                </ListItemButton>
              </ListItem>
            ),
          )}
        </List>
      )}
    </Stack>
  );
}
