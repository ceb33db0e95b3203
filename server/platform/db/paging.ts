export type Page = { page: number; pageSize: number };
export type ListResult<T> = { items: T[]; total: number };

export function offsetOf(page: Page): number {
  return (page.page - 1) * page.pageSize;
}

/** Escapes LIKE wildcards in user input so "50%" searches for the text, not a pattern. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export type Window = { limit: number; offset: number };

/**
 * Reads a listing a window at a time, so an export of a whole province never sits in memory at once.
 * The listing must have a total order (ties broken by id) or rows would move between windows.
 */
export async function* inChunks<T>(read: (window: Window) => Promise<T[]>, size = 500): AsyncGenerator<T[]> {
  for (let offset = 0; ; offset += size) {
    const rows = await read({ limit: size, offset });
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
  }
}
