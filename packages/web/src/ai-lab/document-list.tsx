import { Button, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { formatDateTime } from '../settings/format-date-time.js';
import { usePreferences } from '../settings/preferences-store.js';
import type { AiDocument } from './ai-document.js';
import { formatBytes } from './format-bytes.js';

/** The uploaded documents with size, passages and date, each deletable after a second click. */
export function DocumentList({ documents, onDelete, deletingId }: { readonly documents: readonly AiDocument[]; readonly onDelete: (id: string) => void; readonly deletingId: string | null }) {
  const timeZone = usePreferences((state) => state.timeZone);
  const [confirming, setConfirming] = useState<string | null>(null);
  if (documents.length === 0) return <Typography variant="body2" color="text.secondary">No documents yet. Uploaded ones are searched with your signals, news and backtests.</Typography>;
  return (
    <List dense aria-label="Documents" sx={{ p: 0 }}>
      {documents.map((document) => (
        <ListItem key={document.id} data-document-id={document.id} disableGutters sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'flex-start' }}>
          <ListItemText
            primary={document.name}
            secondary={`${formatBytes(document.bytes)} · ${document.chunks} passage${document.chunks === 1 ? '' : 's'} · ${formatDateTime(document.createdAt, timeZone)}`}
            slotProps={{ primary: { sx: { overflowWrap: 'anywhere' } } }}
            sx={{ flex: '1 1 160px', minWidth: 0 }}
          />
          {confirming === document.id ? (
            <Stack direction="row" spacing={1}>
              <Button size="small" color="error" variant="contained" disabled={deletingId === document.id} onClick={() => onDelete(document.id)} aria-label={`Confirm deleting ${document.name}`}>
                Delete now
              </Button>
              <Button size="small" onClick={() => setConfirming(null)} aria-label={`Keep ${document.name}`}>
                Keep
              </Button>
            </Stack>
          ) : (
            <Button size="small" color="error" onClick={() => setConfirming(document.id)} aria-label={`Delete ${document.name}`}>
              Delete
            </Button>
          )}
        </ListItem>
      ))}
    </List>
  );
}
