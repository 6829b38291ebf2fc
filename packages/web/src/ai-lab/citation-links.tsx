import { Link, Stack, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { citationTarget } from './citation-target.js';
import type { Citation } from './citation.js';

function Source({ citation, onOpenSignal }: { readonly citation: Citation; readonly onOpenSignal: (signalId: string) => void }) {
  const target = citationTarget(citation);
  switch (target.kind) {
    case 'signal':
      return (
        <Link component="button" type="button" variant="body2" onClick={() => onOpenSignal(target.signalId)} sx={{ textAlign: 'left' }}>
          {citation.title}
        </Link>
      );
    case 'page':
      return (
        <Link component={RouterLink} to={target.to} variant="body2">
          {citation.title}
        </Link>
      );
    case 'external':
      return (
        <Link href={target.href} target="_blank" rel="noopener noreferrer" variant="body2">
          {citation.title}
        </Link>
      );
    case 'text':
      return <Typography variant="body2" component="span">{citation.title}</Typography>;
  }
}

/** The sources an answer cited, each leading to where the dashboard shows it (a document is named only). */
export function CitationLinks({ citations, onOpenSignal }: { readonly citations: readonly Citation[]; readonly onOpenSignal: (signalId: string) => void }) {
  if (citations.length === 0) return null;
  return (
    <Stack component="ol" spacing={0.25} aria-label="Sources" sx={{ m: 0, mt: 1, pl: 3 }}>
      {citations.map((citation) => (
        <li key={`${citation.kind}-${citation.id}`} data-citation={citation.kind}>
          <Typography variant="caption" color="text.secondary" component="span" sx={{ mr: 1 }}>
            {citation.kind}
          </Typography>
          <Source citation={citation} onOpenSignal={onOpenSignal} />
        </li>
      ))}
    </Stack>
  );
}
