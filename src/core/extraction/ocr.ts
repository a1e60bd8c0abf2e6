/**
 * Text read from a scan by OCR (issue 13, blind11): letters taken for digits inside numbers (2O21年, 3月1l日,
 * [2O21]O47号: O for 0, l for 1), and characters taken for their look-alikes (巳 for 已, 曰 for 日). Each is read as
 * meant, only where no other reading is possible: a run of digits with an O or l in it and no Latin letter beside
 * it; 巳 outside a cyclical year or hour (辛巳年, 巳时); 曰 after a numeral or in 之曰/每曰 (a day, never 子曰).
 */

/** Whether the character at `i` is an ASCII digit. */
function digitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

/** A cheap first look: a digit next to an O or an l (found by indexOf, faster than a pattern over the text). */
function letterInNumber(text: string): boolean {
  for (const letter of ['O', 'l'])
    for (let i = text.indexOf(letter); i >= 0; i = text.indexOf(letter, i + 1))
      if (digitAt(text, i - 1) || digitAt(text, i + 1)) return true;
  return false;
}
/** A run of digits, O and l with at least one digit, no Latin letter on either side. */
const NUMBER_RUN = /(?<![A-Za-z])(?=[0-9Ol]*\d)[0-9Ol]*[Ol][0-9Ol]*(?![A-Za-z])/g;
/** 巳 not in a cyclical name (辛巳年, 巳时, 巳蛇). */
const SI = /(?<![甲乙丙丁戊己庚辛壬癸])巳(?![时年月日蛇])/g;
/** 曰 where a day is meant: after a numeral (二十曰, 15曰) or in 之曰/每曰/当曰/次曰/同曰/本曰/即曰/翌曰. */
const YUE = /(?<=[\d〇零一二三四五六七八九十廿卅两之每当次同本即翌])曰/g;

/** The text with its OCR look-alikes read as meant; the text itself when it shows none. */
export function repairOcr(text: string): string {
  const inNumber = letterInNumber(text);
  if (!inNumber && !text.includes('巳') && !text.includes('曰')) return text;
  let out = text;
  if (inNumber) out = out.replace(NUMBER_RUN, (run) => run.replaceAll('O', '0').replaceAll('l', '1'));
  if (out.includes('巳')) out = out.replace(SI, '已');
  if (out.includes('曰')) out = out.replace(YUE, '日');
  return out;
}
