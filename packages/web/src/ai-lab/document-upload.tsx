import { Alert, Button, Stack, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useRef, type ChangeEvent } from 'react';
import type { AiDocument } from './ai-document.js';
import { DOCUMENT_ACCEPT } from './document-content-type.js';

/**
 * Picks a file and uploads it. The server decides what it takes (type, 10 MB): its refusal is shown as it says it,
 * so the limits live in one place.
 */
export function DocumentUpload({ onUpload }: { readonly onUpload: (file: File) => Promise<AiDocument> }) {
  const input = useRef<HTMLInputElement>(null);
  const upload = useMutation<AiDocument, Error, File>({ mutationFn: onUpload });

  function picked(event: ChangeEvent<HTMLInputElement>): void {
    const file = event.target.files?.[0];
    // Cleared so picking the same file again (after fixing it) uploads again.
    event.target.value = '';
    if (file !== undefined) upload.mutate(file);
  }

  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <Button variant="outlined" onClick={() => input.current?.click()} disabled={upload.isPending}>
          {upload.isPending ? 'Uploading…' : 'Upload a document'}
        </Button>
        <Typography variant="caption" color="text.secondary">
          PDF, CSV, text or Markdown, up to 10 MB
        </Typography>
        {/* Hidden behind the button, which keyboard users reach; the label names it for assistive technology and tests. */}
        <input ref={input} type="file" accept={DOCUMENT_ACCEPT} aria-label="Document file" onChange={picked} style={{ display: 'none' }} />
      </Stack>
      {upload.isError && (
        <Alert severity="error" role="alert">
          {upload.error.message}
        </Alert>
      )}
      {upload.isSuccess && (
        <Alert severity="success" role="status">
          Indexed {upload.data.name}: {upload.data.chunks} passage{upload.data.chunks === 1 ? '' : 's'} searchable.
        </Alert>
      )}
    </Stack>
  );
}
