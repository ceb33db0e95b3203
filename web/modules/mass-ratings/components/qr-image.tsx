import { useEffect, useState } from 'react';
import QRCode from 'qrcode';

/** Drawn in the browser as SVG, so the page's token never goes to an outside QR service. */
export async function qrDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

export function QrImage({ text, size, alt }: { text: string; size: number | string; alt: string }) {
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
  return src ? <img src={src} alt={alt} style={{ width: size, height: size }} data-testid="rating-qr" /> : <div style={{ width: size, height: size }} aria-busy="true" />;
}
