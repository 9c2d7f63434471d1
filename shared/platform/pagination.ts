import * as z from 'zod';

/** `?limit=` (default 50, at most 200) and an opaque `?cursor=` from the previous page (API.md). */
export const PageQuerySchema = z.object({
  limit: z.coerce.number().int('a whole number').min(1).max(200).default(50),
  cursor: z.string().min(1).max(2048).optional(),
});
export type PageQuery = z.infer<typeof PageQuerySchema>;

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().optional() });
