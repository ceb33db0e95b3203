import { useEffect, useState } from 'react';
import QRCode from 'qrcode';

/**
 * The code is drawn in the browser as SVG (no canvas needed, sharp at any print size) and
 * handed over as a data URL, so the token never goes to a third-party QR service.
 */
export async function qrDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

export function QrImage({ text, size, alt, testId }: { text: string; size: number | string; alt: string; testId: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void qrDataUrl(text).then((url) => {
      if (current) setSrc(url);
    });
    return () => {
      current = false;
    };
  }, [text]);
  return src ? <img src={src} alt={alt} style={{ width: size, height: size }} data-testid={testId} /> : <div style={{ width: size, height: size }} aria-busy="true" />;
}
