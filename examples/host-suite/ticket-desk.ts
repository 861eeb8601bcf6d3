// A host's own code under test: a ticket desk keeps complaints as its own rows and maps
// them to the library's complaint record. (In your project, import from 'wuye-rules/…'.)
import type { ComplaintRecord } from 'wuye-rules/complaint';

/** The host's ticket row, as its database stores it. */
export interface Ticket {
  ticketNo: string;
  openedAt: string; // ISO with offset
  source: 'hotline' | 'counter' | 'wechat';
  owner: { name: string; room: string; mobile: string };
  text: string;
  agent: string;
  firstReplyAt?: string;
  closedAt?: string;
  resolution?: string;
}

const CHANNEL = { hotline: 'phone', counter: 'visit', wechat: 'online' } as const;

/** Maps a ticket to a complaint record: the function the host's suite tests. */
export function ticketToComplaint(t: Ticket): ComplaintRecord {
  return {
    id: t.ticketNo,
    receivedAt: t.openedAt,
    channel: CHANNEL[t.source],
    complainant: { name: t.owner.name, unit: t.owner.room, phone: t.owner.mobile },
    subject: t.text,
    receiver: t.agent,
    ...(t.firstReplyAt ? { progressNotices: [{ at: t.firstReplyAt }] } : {}),
    ...(t.resolution && t.closedAt ? { result: { at: t.closedAt, description: t.resolution }, dispatches: [{ at: t.openedAt, department: '工程部' }] } : {}),
  };
}
