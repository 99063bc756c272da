import { useState, type FormEvent } from 'react';
import { useUpload } from '../../api/mutations';
import { Problem } from '../../components/Problem';

/** Uploads one document through POST /documents; re-using an external id replaces that document. */
export function UploadForm({ projectId }: { projectId: string }) {
  const upload = useUpload(projectId);
  const [externalId, setExternalId] = useState('');
  const [title, setTitle] = useState('');
  const [content, setContent] = useState('');
  const [contentType, setContentType] = useState('markdown');

  async function fromFile(file: File) {
    setContent(await file.text());
    setTitle((current) => current || file.name.replace(/\.[^.]+$/, ''));
    setExternalId((current) => current || file.name);
    setContentType(file.name.endsWith('.html') ? 'html' : file.name.endsWith('.txt') ? 'text' : 'markdown');
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    upload.mutate([{ externalId, title, content, contentType }], {
      onSuccess: () => { setExternalId(''); setTitle(''); setContent(''); },
    });
  }

  return (
    <form className="panel" onSubmit={submit} aria-label="Upload a document">
      <h2>Upload</h2>
      <input type="file" accept=".md,.markdown,.txt,.html,.htm" onChange={(e) => e.target.files?.[0] && fromFile(e.target.files[0])} />
      <div className="row">
        <input placeholder="External id" value={externalId} onChange={(e) => setExternalId(e.target.value)} required />
        <input placeholder="Title" value={title} onChange={(e) => setTitle(e.target.value)} required />
        <select value={contentType} onChange={(e) => setContentType(e.target.value)} aria-label="Content type">
          <option value="markdown">markdown</option><option value="text">text</option><option value="html">html</option>
        </select>
      </div>
      <textarea placeholder="Content" rows={4} value={content} onChange={(e) => setContent(e.target.value)} required />
      <button type="submit" disabled={upload.isPending}>Upload</button>
      {upload.data && <span className="muted"> {upload.data.status}: {upload.data.documents} document(s)
        {upload.data.chunks !== null && `, ${upload.data.chunks} chunks`}</span>}
      <Problem error={upload.error} />
    </form>
  );
}
