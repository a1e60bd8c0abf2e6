import { describe, expect, it } from 'vitest';
import { evidenceRows } from './evidence.js';

const step = (file_ids?: unknown) => ({
  action: 'add_evidence',
  by: 2,
  at: '2026-12-05T08:00:00+08:00',
  recorded_at: '2026-12-05T00:00:00Z',
  from: 'INVESTIGATING',
  to: 'INVESTIGATING',
  payload: file_ids === undefined ? {} : { file_ids },
});

describe('the evidence list (行政处罚法 第五十四条第一款 「必须全面、客观、公正地调查，收集有关证据」)', () => {
  it('pairs each evidence item with the files its step named, and lists the other uploads apart', () => {
    const { rows, unlisted } = evidenceRows({
      evidence: [
        { kind: '电子数据', description: '网站截图', at: 'a' },
        { kind: '书证', description: '询问笔录', at: 'b' },
      ],
      history: [step([5, 6]), step()],
      files: [5, 6, 7].map((id) => ({
        id,
        proceeding_id: 1,
        filename: `${id}.png`,
        media_type: 'image/png',
        size: 1,
        uploaded_by: null,
        uploaded_at: 'x',
      })),
    });
    expect(rows.map((r) => r.fileIds)).toEqual([[5, 6], []]);
    expect(unlisted).toEqual([7]);
  });
});
