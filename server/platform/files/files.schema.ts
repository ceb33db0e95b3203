import { customType, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id } from '../db/columns.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * Uploaded attachments (report files, archives) kept in the database itself, so the embedded
 * and the server deployment back up the same way; the size limit keeps rows small.
 */
export const storedFiles = pgTable(
  'stored_files',
  {
    id: id(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    divisionCode: divisionCode(),
    ownerType: text('owner_type').notNull(),
    ownerId: uuid('owner_id'),
    uploadedBy: uuid('uploaded_by'),
    createdAt: createdAt(),
  },
  (t) => [index('stored_files_owner_idx').on(t.ownerType, t.ownerId)],
);
