import { createHash } from 'node:crypto';

/** SHA-256 of a text, hex: what the table keeps of an API key (and looks it up by). */
export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
