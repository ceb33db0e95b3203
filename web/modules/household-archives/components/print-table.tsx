import type { ReactNode } from 'react';

const cell = { border: '1px solid #999', padding: '4px 6px', textAlign: 'left' as const, verticalAlign: 'top' as const };

/** A plain bordered table: it prints the same in every browser, which antd's scrolling tables do not. */
export function PrintTable({ head, rows, empty }: { head: ReactNode[]; rows: ReactNode[][]; empty: string }) {
  return (
    <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: 13, marginBottom: 12 }}>
      {head.length > 0 ? (
        <thead>
          <tr>
            {head.map((h, i) => (
              <th key={i} style={{ ...cell, background: '#f5f5f5' }}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
      ) : null}
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td style={cell} colSpan={Math.max(head.length, 1)}>
              {empty}
            </td>
          </tr>
        ) : (
          rows.map((row, r) => (
            <tr key={r}>
              {row.map((value, c) => (
                <td key={c} style={cell}>
                  {value}
                </td>
              ))}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

export function SectionTitle({ children }: { children: ReactNode }) {
  return <h3 style={{ fontSize: 15, margin: '16px 0 6px', borderLeft: '4px solid #c8102e', paddingLeft: 8 }}>{children}</h3>;
}
