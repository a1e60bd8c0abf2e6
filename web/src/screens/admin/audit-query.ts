/** The audit viewer's filter form → the query of GET /api/audit. */
import type { AuditQuery } from '../../api/admin.js';

export interface AuditFilters {
  username?: string;
  action?: string;
  entity?: string;
  entity_id?: string;
  /** China days, from and to inclusive. */
  days?: [string, string];
}

/** The filter form → the API's query (China days → UTC instants: from inclusive, to exclusive). */
export function auditQueryOf(f: AuditFilters, page: number, page_size: number): AuditQuery {
  const [from, to] = f.days ?? ['', ''];
  const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00+08:00`) + 86_400_000).toISOString();
  return {
    page,
    page_size,
    ...(f.username ? { username: f.username.trim() } : {}),
    ...(f.action ? { action: f.action.trim() } : {}),
    ...(f.entity ? { entity: f.entity.trim() } : {}),
    ...(f.entity_id ? { entity_id: f.entity_id.trim() } : {}),
    ...(from ? { from: new Date(`${from}T00:00:00+08:00`).toISOString() } : {}),
    ...(to ? { to: nextDay(to) } : {}),
  };
}
