import { useEffect, useState } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { forgetKey, readKey } from './auth/session';
import { SignIn } from './auth/SignIn';
import { useLiveUpdates } from './live/useLiveUpdates';
import { Shell } from './Shell';
import { CommandCenter } from './views/command-center/CommandCenter';
import { HitlQueue } from './views/hitl/HitlQueue';
import { ProjectLayout } from './views/project/ProjectLayout';
import { ProjectChat } from './views/chat/ProjectChat';
import { FeedbackView } from './views/feedback/FeedbackView';
import { KnowledgeTab } from './views/knowledge/KnowledgeTab';
import { JobsTab } from './views/jobs/JobsTab';
import { ProjectHitl } from './views/hitl/ProjectHitl';

export function App() {
  const [key, setKey] = useState(readKey);
  const client = useQueryClient();

  useEffect(() => {
    const signedOut = () => setKey(null);
    window.addEventListener('hyyve:signed-out', signedOut);
    return () => window.removeEventListener('hyyve:signed-out', signedOut);
  }, []);

  if (!key) return <SignIn onSignedIn={setKey} />;
  const signOut = () => {
    forgetKey();
    client.clear();
    setKey(null);
  };
  return <SignedIn apiKey={key} onSignOut={signOut} />;
}

function SignedIn({ apiKey, onSignOut }: { apiKey: string; onSignOut: () => void }) {
  const live = useLiveUpdates(apiKey);
  return (
    <Shell live={live} onSignOut={onSignOut}>
      <Routes>
        <Route path="/" element={<CommandCenter />} />
        <Route path="/hitl" element={<HitlQueue />} />
        <Route path="/projects/:projectId" element={<ProjectLayout />}>
          <Route index element={<Navigate to="chat" replace />} />
          <Route path="chat" element={<ProjectChat />} />
          <Route path="chat/:conversationId" element={<ProjectChat />} />
          <Route path="hitl" element={<ProjectHitl />} />
          <Route path="feedback" element={<FeedbackView />} />
          <Route path="knowledge" element={<KnowledgeTab />} />
          <Route path="jobs" element={<JobsTab />} />
        </Route>
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    </Shell>
  );
}
