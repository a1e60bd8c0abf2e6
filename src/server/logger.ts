/** Structured logs (pino, JSON lines) to stderr, so stdout stays free for what commands print. */
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'wangan' } }, pino.destination(2));
}
