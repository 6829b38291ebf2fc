import { Box, Paper, Stack, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { DrawerView } from '../signals-page/drawer-view.js';
import { SignalDrawer } from '../signals-page/signal-drawer.js';
import { aiLabApi } from './ai-lab-api.js';
import { AI_LAB_QUERY_KEYS as KEYS } from './ai-lab-query-keys.js';
import { AiStatusBanner } from './ai-status-banner.js';
import { ChatPanel } from './chat-panel.js';
import { ConversationList } from './conversation-list.js';
import { DocumentsPanel } from './documents-panel.js';
import { conversationalMessages } from './transcript-of.js';
import { useChatSession } from './use-chat-session.js';

/**
 * `/ai-lab?conversation=<id>`: the assistant. Conversations on the left, the open one in the middle with its answer
 * streaming in, documents and search on the right (stacked on a phone). The open conversation lives in the address,
 * so a reload or a shared link reopens it.
 */
export function AiLabPage() {
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('conversation');
  const [draft, setDraft] = useState('');
  const [signalViews, setSignalViews] = useState<readonly DrawerView[]>([]);
  const session = useChatSession();
  const conversations = useQuery({ queryKey: KEYS.conversations, queryFn: aiLabApi.conversations });
  const conversation = useQuery({ queryKey: KEYS.conversation(selectedId ?? ''), queryFn: () => aiLabApi.conversation(selectedId ?? ''), enabled: selectedId !== null });
  const remove = useMutation<undefined, Error, string>({
    mutationFn: aiLabApi.deleteConversation,
    onSuccess: (_answer, id) => {
      if (id === selectedId) setParams({});
      client.removeQueries({ queryKey: KEYS.conversation(id) });
    },
    onSettled: () => client.invalidateQueries({ queryKey: KEYS.conversations }),
  });
  const streaming = session.turn?.status === 'streaming';
  const turn = session.turn !== null && session.turn.conversationId === selectedId ? session.turn : null;

  function open(id: string | null): void {
    // The answer being written belongs to the conversation being left: stop it (the server keeps what was said).
    if (streaming && id !== selectedId) session.stop();
    setParams(id === null ? {} : { conversation: id });
  }

  async function ask(question: string): Promise<void> {
    // What is stored decides when the streamed turn gives way to it: wait until it is known.
    if (selectedId !== null && conversation.isPending) return;
    setDraft('');
    // A conversation that cannot be read (deleted elsewhere, a stale link) is replaced by a new one.
    let id = conversation.isError ? null : selectedId;
    let storedBefore = conversation.data === undefined ? 0 : conversationalMessages(conversation.data.messages).length;
    if (id === null) {
      try {
        id = (await aiLabApi.createConversation()).id;
      } catch (error) {
        setDraft(question);
        session.report(error instanceof Error ? error.message : String(error));
        return;
      }
      storedBefore = 0;
      // Known to be empty: shown at once instead of loading.
      client.setQueryData(KEYS.conversation(id), { id, title: question, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString(), messages: [] });
      setParams({ conversation: id });
    }
    if ((await session.ask(id, question, storedBefore)) === 'refused') setDraft((current) => (current === '' ? question : current));
  }

  const title = selectedId === null ? 'New conversation' : (conversation.data?.title ?? conversations.data?.items.find((item) => item.id === selectedId)?.title ?? 'Conversation');
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">
        AI lab
      </Typography>
      <AiStatusBanner />
      <Box sx={{ display: 'grid', gap: 2, alignItems: 'start', gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: '220px minmax(0, 1fr)', lg: '240px minmax(0, 1fr) 340px' } }}>
        <Paper component="nav" aria-label="Conversations" sx={{ p: 2, minWidth: 0 }}>
          {conversations.isError ? (
            <Typography color="error">{conversations.error.message}</Typography>
          ) : (
            <ConversationList
              conversations={conversations.data?.items ?? []}
              selectedId={selectedId}
              onSelect={open}
              onNew={() => open(null)}
              onDelete={(id) => remove.mutate(id)}
              deletingId={remove.isPending ? (remove.variables ?? null) : null}
              deleteError={remove.isError ? remove.error.message : null}
            />
          )}
        </Paper>
        <Paper component="section" aria-label="Conversation" sx={{ p: 2, minWidth: 0 }}>
          <ChatPanel
            title={title}
            messages={selectedId === null ? [] : (conversation.data?.messages ?? null)}
            loadError={conversation.isError ? conversation.error.message : null}
            turn={turn}
            notice={session.notice}
            toolSummaries={session.toolSummaries}
            draft={draft}
            onDraftChange={setDraft}
            onAsk={(question) => void ask(question)}
            onStop={session.stop}
            onOpenSignal={(signalId) => setSignalViews([{ kind: 'details', signalId }])}
          />
        </Paper>
        <Box sx={{ gridColumn: { md: '1 / -1', lg: 'auto' }, minWidth: 0 }}>
          <DocumentsPanel />
        </Box>
      </Box>
      <SignalDrawer views={signalViews} onViewsChange={setSignalViews} />
    </Stack>
  );
}
