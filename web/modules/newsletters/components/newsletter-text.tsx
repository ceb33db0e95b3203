import { Typography } from 'antd';

/** Plain text shown as the author wrote it: a blank line starts a new paragraph. */
export function NewsletterText({ body }: { body: string }) {
  const paragraphs = body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return (
    <div data-testid="newsletter-text">
      {paragraphs.map((p, i) => (
        <Typography.Paragraph key={i} style={{ whiteSpace: 'pre-wrap', fontSize: 16, lineHeight: 1.8, textIndent: '2em' }}>
          {p}
        </Typography.Paragraph>
      ))}
    </div>
  );
}
