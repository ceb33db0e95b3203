/**
 * Print only the marked area, whatever layout surrounds the page (menu, header), on the given
 * paper; anything marked `zc-no-print` (the buttons) stays on screen only.
 */
export function PrintStyle({ page, margin }: { page: 'A4' | 'A6'; margin: string }) {
  const css = `
@media print {
  @page { size: ${page}; margin: ${margin}; }
  body * { visibility: hidden; }
  .zc-print-area, .zc-print-area * { visibility: visible; }
  .zc-print-area { position: absolute; left: 0; top: 0; width: 100%; }
  .zc-no-print { display: none !important; }
  .zc-print-area table { page-break-inside: auto; }
  .zc-print-area tr, .zc-keep-together { page-break-inside: avoid; }
}`;
  return <style>{css}</style>;
}
