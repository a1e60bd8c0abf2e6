import { lessonText } from './lines.js';

/**
 * Subtitles pasted as an SRT file (a video page's 字幕文件): each cue is a number, a time code line
 * (00:01:23,456 --> 00:01:25,789) and its text, with a blank line after it. The numbers and time codes are the file's
 * furniture; the cue texts, one a line, are what was said — a post in short lines (short-lines.ts joins them).
 */
/** A cue that opens a new step of the story: a day (7月12日, 同一天) or the finding (经查). */
const NEW_STEP =
  /^\s*(?:同一天|同日|当天|次日|经查|(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)/;
const TIMING = /^\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}/;

export function withoutSubtitleTiming(text: string): string {
  if (!text.includes('-->')) return text;
  const lines = text.split(/\r\n|\r|\n/);
  const out: string[] = [];
  let cues = 0;
  /** Whether the last cue was a label of its own (网警提醒). */
  let label = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (/^\s*\d{1,5}\s*$/.test(line) && next !== undefined && TIMING.test(next)) {
      // The blank line that closed the previous cue: the cues are one run of speech, unless this cue opens a new
      // step of the story on a day (7月12日 / 同一天 …) or is a label of its own (网警提醒), or the last one was.
      const said = lines[i + 2] ?? '';
      const own = lessonText(said) !== undefined;
      if (
        cues > 0 &&
        out.length > 0 &&
        out[out.length - 1]!.trim() === '' &&
        !own &&
        !label &&
        !NEW_STEP.test(said)
      )
        out.pop();
      label = own;
      cues++;
      i++;
      continue;
    }
    out.push(line);
  }
  return cues < 2 ? text : out.join('\n');
}
