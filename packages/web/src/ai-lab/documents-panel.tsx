import { Alert, Divider, Paper, Stack, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AiDocument } from './ai-document.js';
import { aiLabApi } from './ai-lab-api.js';
import { AI_LAB_QUERY_KEYS as KEYS } from './ai-lab-query-keys.js';
import { DocumentList } from './document-list.js';
import { DocumentUpload } from './document-upload.js';
import { KnowledgeSearch } from './knowledge-search.js';

/** The person's documents (upload, list, delete) and a search over everything the assistant can look up. */
export function DocumentsPanel() {
  const client = useQueryClient();
  const documents = useQuery({ queryKey: KEYS.documents, queryFn: aiLabApi.documents });
  // A document added or deleted changes what searches find, not only the list.
  const refresh = () => Promise.all([client.invalidateQueries({ queryKey: KEYS.documents }), client.invalidateQueries({ queryKey: KEYS.searches })]);
  const remove = useMutation<undefined, Error, string>({ mutationFn: aiLabApi.deleteDocument, onSettled: refresh });

  async function upload(file: File): Promise<AiDocument> {
    const uploaded = await aiLabApi.uploadDocument(file);
    await refresh();
    return uploaded;
  }

  return (
    <Paper component="section" aria-labelledby="ai-documents" sx={{ p: 2, minWidth: 0 }}>
      <Stack spacing={1.5}>
        <Typography id="ai-documents" variant="h6" component="h2">
          Documents
        </Typography>
        <DocumentUpload onUpload={upload} />
        {documents.isPending && <Typography color="text.secondary">Loading documents…</Typography>}
        {documents.isError && (
          <Alert severity="error" role="alert">
            {documents.error.message}
          </Alert>
        )}
        {remove.isError && (
          <Alert severity="error" role="alert">
            {remove.error.message}
          </Alert>
        )}
        {documents.isSuccess && <DocumentList documents={documents.data.items} onDelete={(id) => remove.mutate(id)} deletingId={remove.isPending ? (remove.variables ?? null) : null} />}
        <Divider />
        <Typography variant="subtitle1" component="h3">
          Search
        </Typography>
        <KnowledgeSearch />
      </Stack>
    </Paper>
  );
}
