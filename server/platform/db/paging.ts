export type Page = { page: number; pageSize: number };
export type ListResult<T> = { items: T[]; total: number };

export function offsetOf(page: Page): number {
  return (page.page - 1) * page.pageSize;
}

/** Escapes LIKE wildcards in user input so "50%" searches for the text, not a pattern. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
