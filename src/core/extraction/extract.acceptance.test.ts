/**
 * Acceptance: the extractor over the fixture bulletins, scored by tools/score-extraction.mjs (the reference
 * scorer) on temporary files, and every record valid against data/schema/case-record.schema.json.
 * Dev bulletins (published, hand-labelled): the first nine score ≥ 0.98, all 27 ≥ 0.98 (issue 13's target), exactly
 * 1.0000 for ningxia-2021.
 * Own bulletins (fixtures/bulletins/own, thirteen styles): score ≥ 0.95.
 * Blind bulletins (fixtures/bulletins/blind*, written and labelled by testers who never saw the extractor's code):
 * score ≥ 0.95 — the closest stand-in we have for the held-out bulletins.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../shared/case-record.js';
import { FIRST_NINE } from './dev-sets.test-support.js';
import { extractFromBytes } from './extract.js';

const root = resolve(import.meta.dirname, '../../..');
const DEV = join(root, 'fixtures/bulletins/dev');
const OWN = join(root, 'fixtures/bulletins/own');
const SCORER = join(root, 'tools/score-extraction.mjs');
const out = mkdtempSync(join(tmpdir(), 'wangan-extract-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const schema = JSON.parse(readFileSync(join(root, 'data/schema/case-record.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

interface Scored {
  score: number;
  summary: Record<string, number>;
  misses: string[];
}

function score(pairs: [gold: string, pred: CaseRecord[]][]): Scored {
  const args: string[] = [];
  for (const [gold, pred] of pairs) {
    const p = join(
      out,
      `${gold
        .split('/')
        .pop()!
        .replace(/\.json$/, '')}.pred.json`,
    );
    writeFileSync(p, JSON.stringify(pred));
    args.push(gold, p);
  }
  const stdout = execFileSync(process.execPath, [SCORER, ...args], { encoding: 'utf8' });
  const last = stdout.trimEnd().split('\n').pop()!;
  const body = JSON.parse(stdout.slice(0, stdout.lastIndexOf('score='))) as {
    summary: Record<string, number>;
    misses: string[];
  };
  expect(last).toMatch(/^score=\d\.\d{4}$/);
  return { score: Number(last.slice('score='.length)), summary: body.summary, misses: body.misses };
}

/** Bytes of a fixture: a .paragraphs.txt becomes a Word document built here with the docx package. */
async function inputOf(dir: string, base: string): Promise<{ bytes: Uint8Array; filename: string }> {
  const file = readdirSync(dir).find(
    (f) => f.startsWith(`${base}.`) && !f.endsWith('.json') && !f.endsWith('.md'),
  )!;
  if (file.endsWith('.paragraphs.txt')) {
    const paragraphs = readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .map((t) => new Paragraph(t));
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
    return { bytes: new Uint8Array(docx), filename: `${base}.docx` };
  }
  return { bytes: new Uint8Array(readFileSync(join(dir, file))), filename: file };
}

const BLIND_DIRS = readdirSync(join(root, 'fixtures/bulletins'))
  .filter((d) => d.startsWith('blind'))
  .map((d) => join(root, 'fixtures/bulletins', d));
/**
 * Blind sets not yet worked on: their scores are the extractor's first contact with styles it has not seen
 * (fixtures/bulletins/blind5/README.md: 0.7845 at first contact, 0.8165 after issue 13's general fixes, which never
 * read it; 1.0000 after issue 13's second pass, general fixes for the classes of error its misses showed, each tested
 * on invented text). blind5 has now been worked on, so it joins the sets held at ≥ 0.95 and no longer measures first
 * contact. blind6 (ten more styles, 37 records; fixtures/bulletins/blind6/README.md) scored 0.7331 at first contact
 * (0.7364 with the extractor of the second pass) and 0.9679 after issue 13's third pass, general fixes for the classes
 * of error its misses showed, each tested on invented text; it has been worked on, so it joins the sets held at
 * ≥ 0.95. blind7 (ten more, 31 records; fixtures/bulletins/blind7/README.md) scored 0.8706 at first contact, 0.8898
 * after the third pass (which never read it) and 0.9528 after issue 13's fourth pass on its classes of error; it joins
 * the sets held at ≥ 0.95. blind8 (ten more, 31 records) scored 0.7693 at first contact, 0.7982 with the fourth pass
 * before anyone read it, 0.9461 after the pass worked on its classes. blind9 (ten more, 32 records) scored 0.8472 at
 * first contact, 0.7298 with the fourth pass before anyone read it (the short-line joiner merged a table copied one
 * cell per line: a regression only an unseen set could show), 0.9450 after. Both join the sets held together at
 * ≥ 0.95. blind10 (ten more, 27 records, in the commonest styles), read by no one working on the extractor, scored
 * 0.9516 at first contact with the fourth pass; it is held at that level, rounded down to 0.01, so that nothing
 * regresses unseen (fixtures/bulletins/blind8–10/README.md). blind11 (ten uncommon forms, 28 records: 公告送达, court
 * judgments and rulings, an OCR'd decision, a CSV export, a credit page in label/value lines, a radio transcript, a
 * reply to a deputy, slides, an annual summary) scored 0.7435 at first contact and 0.9978 after the pass worked on
 * its classes of error (OCR, label/value pages, court documents, CSV, cases nested in a letter's sections,
 * transcripts; NOTES.md "blind11"); it joins the sets held together at ≥ 0.95.
 * blind12, blind13 and blind14 (common forms, 27, 28 and 25 records) scored 0.8776, 0.8882 and 0.8605 at first contact
 * and 0.9752, 0.9755 and 0.9674 after the fifth pass worked on their classes: they join the sets held at ≥ 0.95.
 * blind15 (common forms, 27 records), read by no one working on the extractor, scored 0.9753 at first contact; it is
 * held at that level, rounded down to 0.01. blind16 (common forms, 17 records), written last and scored against the
 * final extractor of the fifth pass, scored 0.8975 at first contact and 0.9963 after the pass worked on its classes
 * (NOTES.md "blind16"): it joins the sets held at ≥ 0.95. blind17 (common forms, 20 records) scored 0.8304 at first
 * contact (179c921) and 0.9969 after the pass worked on its classes (NOTES.md "blind17"): it joins them too.
 * blind18 and blind19 (common forms, 22 and 21 records), read by no one working on the extractor, were scored against
 * the extractor after the blind16 and blind17 passes (a90dbe4): blind18 0.9559, blind19 0.7421 (its README: three of
 * eight files below 0.5). Each is held at its first-contact level, rounded down to 0.01; blind19 scored 0.9881 after
 * the pass worked on its classes (NOTES.md "blind19") and joins the sets held at ≥ 0.95.
 * blind20 and blind21 (common forms, 24 and 21 records), read by no one working on the extractor, were scored against
 * the previous session's final extractor (8b9e768): blind20 0.8748, blind21 0.7964. Each is held at its
 * first-contact level, rounded down to 0.01, until a pass works on its classes. blind20 (first contact 0.8748 at
 * 8b9e768) scored 0.9974 after the pass worked on its classes (NOTES.md "blind20") and joins the sets held at ≥ 0.95.
 * blind21 (first contact 0.7964 at 8b9e768) scored 0.9881 after the pass worked on its classes (NOTES.md "blind21"):
 * it joins the sets held at ≥ 0.95. blind22 and blind23 (common forms, 20 records each), read by no one working on the
 * extractor, were scored against the extractor after those two passes (c88f8fa): blind22 0.9311, blind23 0.9461; each
 * is held at its first-contact level, rounded down to 0.01. blind22 (first contact 0.9311 at c88f8fa) scored 0.9938
 * after the pass worked on its classes (NOTES.md "blind22") and blind23 (first contact 0.9461 at c88f8fa) scored 1.0
 * (NOTES.md "blind23"): both join the sets held at ≥ 0.95. blind24 (pasted forms, 23 records: a Weibo repost chain, a
 * tab-separated results table, a PDF newspaper page, SRT subtitles, a joint notice, a law firm's article) scored 0.7634
 * at first contact (d3dace1) and 0.9521 after the pass worked on its classes (NOTES.md "blind24"): it is held with the
 * worked sets at ≥ 0.95. blind25 (uncommon pasted forms: a 信用中国 report, an 通管局 App notice, a 知乎 answer, a
 * 派出所 weekly, a school's own HTML statement …) and blind26 (the most ordinary forms), read by no one working on the
 * extractor, scored 0.8120 and 0.9387 at d3dace1 and 0.8001 and 0.9387 after the blind22–24 passes (966872a): held
 * out at those levels. blind26 (first contact 0.9387 at d3dace1) scored 0.9970 after the pass worked on its classes
 * (NOTES.md "blind26"): it joins the sets held at ≥ 0.95. blind25 (first contact 0.8120 at d3dace1) scored 0.9542
 * after the pass worked on its classes (NOTES.md "blind25"): it is held with the worked sets at ≥ 0.95. blind28 (media
 * retellings, 19 records: an evening-paper story, a TV transcript, a 问答 column, an association's 风险提示, a bank's
 * 警示教育 circular, a comparison report, a procuratorate's post, a Hong Kong story in 繁體) scored 0.8939 at first
 * contact (d2f3142) and 0.9967 after the pass worked on its classes (NOTES.md "blind28"): it is held with the worked
 * sets at ≥ 0.95. blind27 (pages like the dev set's: a 网安支队 list, a 融媒体 item, a 十大典型案例 excerpt, a 网信
 * 【案情】【处理】【说法】 page, a year-end 综述, a 繁體 mirror), blind29 (净网/清朗 releases, a 公文-style 通报, an 通管局 App
 * notice, a 年度十大 list) and blind30 (official disclosure pages: 结果公示 blocks, 当场处罚决定书, tab-separated tables, a
 * credit record, 双公示 summaries in 万元, a 处罚结果查询 page), read by no one working on the extractor, scored 0.9794,
 * 0.9353 and 0.8559 after the blind25, blind26 and blind28 passes (7761aaf; blind27 also 0.9794 before them, at
 * d2f3142): held out at those levels. blind30 (first contact 0.8559 at 7761aaf) scored 0.9881 after the pass worked
 * on its classes (NOTES.md "blind30") and blind29 (first contact 0.9353 at 7761aaf) scored 0.9946 after its pass
 * (NOTES.md "blind29"): both are held with the worked sets at ≥ 0.95. blind31 (pages like the dev set's: a 网安支队
 * 等保 item, a 网警说案 post, a 公安厅 list, a county 首例 item, 网吧/宾馆 实名, a 2026 post, a repost, a half-year report),
 * blind32 (other agencies and 2026: 网信 quarterly, 通管局 App notice, 市场监管, a sector 通报, 新法首案, an old/new
 * explainer, 数据安全法), blind33 (pages researchers collect: a legal-database entry, a law firm's review, a paper with
 * footnotes, a newsletter digest, a 网易号 repost, a 人大 report, an association's 风险提示, a 党建 page) and blind34
 * (the kinds issue 13 names: 融媒体, a year-end 回顾, an explainer of the amended law, an 通管局 form, a Hong Kong story,
 * a 繁體 mirror, a 网信 通报, a 2026 警情通报), read by no one working on the extractor, scored 0.9181, 0.9558, 0.7263
 * and 0.8564 after every earlier pass (5acad63 with only the sets added): held out at those levels.
 * blind31 (first contact 0.9181) scored 0.9851 after the pass worked on its classes (NOTES.md "blind31"): it is held
 * with the worked sets at ≥ 0.95.
 * blind34 (first contact 0.8564) scored 0.9724 after the pass worked on its classes (NOTES.md "blind34"): it is held
 * with the worked sets at ≥ 0.95.
 * blind35 (police pages like the dev set's), blind36 (网信, 通管, media pages like the dev set's), blind37 (a sample of
 * what users paste) and blind38 (ordinary pages by local writers), read by no one working on the extractor, scored
 * 0.9322, 0.8983, 0.8455 and 0.7883 after the blind31 and blind34 passes (d10a3b8; blind35 and blind36 the same before
 * them): held out at those levels. The blind33 pass took blind37 to 0.8373: a statute quote in a note's comments no
 * longer makes a bogus record, which had been matched to the note's second case (still told inside the first).
 * blind33 (first contact 0.7263) scored 0.9602 after the pass worked on its classes (NOTES.md "blind33"): it is held
 * with the worked sets at ≥ 0.95.
 * blind38 (first contact 0.7883 at b36e244) scored 0.9763 after the pass worked on its classes (NOTES.md "blind38"): it
 * is held with the worked sets at ≥ 0.95.
 * blind35 (first contact 0.9322 at b36e244) scored 0.9739 after the pass worked on its classes (NOTES.md "blind35"): it
 * is held with the worked sets at ≥ 0.95.
 * blind36 (first contact 0.8983 at b36e244) scored 0.9650 after the pass worked on its classes (NOTES.md "blind36"): it
 * is held with the worked sets at ≥ 0.95.
 * blind37 (first contact 0.8455 at b36e244) scored 0.9513 after the pass worked on its classes (NOTES.md "blind37"): it
 * is held with the worked sets at ≥ 0.95.
 * blind39 (ordinary police pages) and blind40 (ordinary 网信, 通管 and media pages), read by no one working on the
 * extractor, scored 0.9374 and 0.8790 after every pass of this session (437c190; 0.9169 and 0.8727 at its start,
 * 068c4f7): held out at those levels.
 * blind40 (first contact 0.8790 at c6e9ac9) scored 0.9965 after the pass worked on its classes (NOTES.md "blind40"): it
 * is held with the worked sets at ≥ 0.95.
 * blind41 (ordinary police pages), blind42 (non-police agencies and the press) and blind43 (what users paste: PDF text,
 * a spreadsheet table, a forwarded chat, a mobile page, full-width digits, two items on a page, 繁體, a long report),
 * read by no one working on the extractor, scored 0.8754, 0.8505 and 0.9762 at first contact (89497b9): held out at
 * those levels. blind41 (first contact 0.8754 at 89497b9) scored 0.9770 after the pass worked on its classes
 * (NOTES.md "blind41"): it is held with the worked sets at ≥ 0.95. blind44 (ordinary police and 网信 pages), written
 * after them, scored 0.7854 at first contact (6e63e46): held out at that level.
 * blind39 (first contact 0.9169 at 068c4f7, 0.9374 held out at 89497b9) scored 0.9836 after the pass worked on its
 * classes (NOTES.md "blind39"): it is held with the worked sets at ≥ 0.95.
 * blind42 (first contact 0.8505 at 89497b9) scored 0.9275 after a first pass on its classes and 0.9826 after the
 * second (NOTES.md "blind42"): it is held with the worked sets at ≥ 0.95.
 * blind44 (first contact 0.7854 at 6e63e46, 0.7854 held out at 4013748) scored 0.9826 after the pass worked on its
 * classes (NOTES.md "blind44"): it is held with the worked sets at ≥ 0.95.
 * blind45 (the police pages users meet most) and blind46 (ordinary non-police pages and the press), read by no one
 * working on the extractor, scored 0.9595 and 0.8049 at 4013748 and 0.9698 and 0.8049 after every pass of the session
 * (5fa2d35): held out at those levels.
 * blind46 (first contact 0.8049 at 4013748, 0.8049 held out at 5fa2d35) scored 0.9664 after the pass worked on its
 * classes (NOTES.md "blind46"): it is held with the worked sets at ≥ 0.95.
 * blind47 (half police, half other agencies and the press; first contact 0.8512 at 45a5c27, 0.8512 held out at
 * a24e4c6) scored 0.9770 after the pass worked on its classes (NOTES.md "blind47"): it is held with the worked sets at
 * ≥ 0.95.
 * blind48 (non-police agencies and the press: a 通管局 决定书 in sections, a court's case summary, an interview, a
 * 执法动态 list of one-line items) scored 0.7839 at first contact (46ac29f) and 0.9723 after the pass worked on its
 * classes (NOTES.md "blind48"): it is held with the worked sets at ≥ 0.95.
 * blind50 (other agencies and the press; first contact 0.7489 at 46ac29f, 0.7489 held out at 7a88c1f) scored 0.9896
 * after the pass worked on its classes (NOTES.md "blind50"): it is held with the worked sets at ≥ 0.95.
 * blind49 (police pages users paste: a 省公安厅 list of 典型案例, a 警情通报, a WeChat post, a 公开版 决定书, a national
 * round-up, a 政务留言 reply, a 支队 year-end table, one rumour with two decisions) scored 0.8821 at first contact
 * (46ac29f), 0.8821 held out at e9fc8ac, and 0.9881 after the pass worked on its classes (NOTES.md "blind49"): it is
 * held with the worked sets at ≥ 0.95.
 * blind53 (police pages users paste: a 县公安局 item with a 同日 second record, a WeChat Q&A, 决定书 摘要 blocks, a 公安厅
 * round-up of three cities, a 网吧 decided by two units, a company warned and its manager fined, a fake police account,
 * a Douyin caption) scored 0.8943 at first contact (e9fc8ac), 0.8943 held out at 0041bcb, and 0.9771 after the pass
 * worked on its classes (NOTES.md "blind53"): it is held with the worked sets at ≥ 0.95.
 * blind52 (other agencies and the press: a passive decision, a victim's story, an HTML table of decisions) scored
 * 0.8585 at first contact (e9fc8ac) and 0.9792 after the pass worked on its classes (0.9722 merged with main, 0.9792 again at b5312ba; NOTES.md "blind52"): it is held
 * with the worked sets at ≥ 0.95.
 * blind54 (half police, half other agencies and the press: two companies a paragraph each, a first-person 民警手记, a
 * ；-sentence of two websites, a 典型案例 page quoting a 决定书 excerpt) scored 0.7439 at first contact (0041bcb) and
 * 0.8707 after the pass worked on its classes, and 0.9681 once its two last fixes, first taken back for their cost,
 * were redone at no measurable cost (NOTES.md "blind54"): it is held with the worked sets at ≥ 0.95.
 * blind56 (police pages in new forms, below) scored 0.8473 at first contact (42e2d0f) and 0.9934 after the pass worked
 * on its classes (NOTES.md "blind56"): it is held with the worked sets at ≥ 0.95.
 * blind57 (other agencies, below; first contact 0.9219 at 42e2d0f) scored 0.9771 after the pass worked on its classes
 * (NOTES.md "blind57"): it is held with the worked sets at ≥ 0.95.
 * blind60 (ordinary police pages; first contact 0.8729 at 2813b50) scored 0.9787 after the pass worked on its classes
 * (NOTES.md "blind60"): it is held with the worked sets at ≥ 0.95.
 * blind51 (half police, half other agencies: dated paragraphs, a dialogue story, a 情况通报, a 执法动态 item, a 通管局
 * 反诈 item, a 网吧 decided by two units, a 日报 bulleted round-up, a 当场处罚 beside an ordinary one) and blind55 (pages
 * from mobile and social apps: 头条, 微博, 小红书, a forwarded 朋友圈 text, 快手, a 抖音 subtitle transcript, 百家号, a WeChat
 * post with [图片] marks), read by no one working on the extractor, scored 0.9373 (46ac29f) and 0.9421 (0041bcb) at
 * first contact and the same after every later pass of the session (8f8448d): held out at those levels.
 * blind56 (police pages in new forms: a 公安部 release of cases from several provinces, a 曝光台, a 警情周报, 以案释法 cards,
 * 决定书 blocks in a new field order, a 网安支队 year summary, 合并执行, 复议 outcomes), blind57 (other agencies: a 信用中国
 * detail page, 市场监管 under 个人信息保护法, a 通管局 annual report, 网信执法 on an App, a 文旅 网吧 page, a 教育局 page on
 * police fines, a quoted 决定书 摘录, a (1)(2)(3) list), blind58 (the press: a 法治日报 feature of three provinces, 人民公安报,
 * a 新华社 wire, a 澎湃 explainer, a TV transcript, a 法眼 column, a 记者调查/律师说法 story, a two-story newspaper page) and
 * blind59 (2026 cases under the amended 网络安全法 and 治安管理处罚法: 新法首案, old and new numbers side by side, conduct
 * from 2025 into 2026, mixed years), written by helpers who never read the extractor, scored 0.8473, 0.9219, 0.9757 and
 * 0.9418 at first contact (42e2d0f). blind56, blind57 and blind59 were then worked (above); blind58, read by no one
 * working on the extractor, is held out at its first-contact level.
 * blind59 (first contact 0.9418 at 42e2d0f) scored 0.9896 after the pass worked on its classes (NOTES.md "blind59"): it
 * is held with the worked sets at ≥ 0.95.
 * blind60 (ordinary police pages: a 等级保护 item, a 以案说法 post, an 执法公开 list, a 派出所 rumour case, a 典型案例通报, a
 * 网吧 and its 网管, 反电信网络诈骗法 card sellers, 2026 cases), blind61 (ordinary 网信, 通管局 and 市场监管 pages: a 市委网信办
 * item, 典型案例 with a 约谈 list, a 通管局 通告, a 市场监管 App case, an emoji WeChat post, a 公众号 closed, a joint campaign,
 * a 决定书 in full), blind62 (round-ups of many cases: 十大典型案例, 执法成果, 以案释法, a paper's 盘点, a 季度执法通报, 清朗
 * results, a TV 年终盘点, 以案为鉴) and blind63 (forms earlier sets missed: a 政协提案 reply, a listed company's
 * announcement, a yearbook's 条目, quiz answers, a blogger's apology, a procurement complaint reply, a labour-court
 * judgment, a live blog of a press conference), written by helpers who never read the extractor, scored 0.8729,
 * 0.8967, 0.9950 and 0.7819 at first contact (2813b50). blind60 was then worked (above); blind61 and blind63 (decided
 * before scoring), and blind62 (no pass needed), read by no one working on the extractor, are held out: blind63 rose to
 * 0.7934 after the blind65 pass (582e472), its floor raised to 0.79.
 * blind64 (police pages copied from browsers: whole page chrome, a WeChat post with 往期推荐, 「我局」 with the unit in the
 * header, 依据上述规定, a tab-separated table, a December case published in January, 2026 hacking under the 2025
 * 治安管理处罚法, a 法定代表人 fined), blind65 (网信, 通管局 and other agencies: a platform 情节严重, a 公示 page of
 * 「|」 lines, three companies 分别给予, decisions told before the facts, parties named by their App, a 听证 before the
 * decision, a 网咖 chain, 数据安全法 by a 公安 unit) and blind66 (hard structure: sentences broken across HTML tags, a
 * traditional mirror, 问/答 told by an officer, citations in footnotes, 查处 and 决定 by two units, sanctions as
 * bullets, 2025 and 2026 in one paragraph, a 个体工商户 by its 字号), written by helpers who never read the extractor,
 * scored 0.9679, 0.7776 and 0.8220 at first contact (34b8796). blind65 was then worked: 0.9836 (582e472; NOTES.md
 * "blind56–66"): it is held with the worked sets at ≥ 0.95. blind64 (no pass needed) is held at its first-contact
 * floor. blind66 (first contact 0.8220 at 34b8796) scored 1.0 after the pass worked on its classes (NOTES.md
 * "blind66"): it is held with the worked sets at ≥ 0.95.
 * blind67 (ordinary county and city police pages, a third round: a story with dialogue, an 执法检查 round with 整改提示
 * units, 【】 headlines with bare decision clauses, rumours under both 治安管理处罚法 texts, log retention, accounts and
 * phone cards sold, 双罚, 首违不罚), blind68 (网信, 通管局, 市场监管 and 文旅 pages: 公众号 duties, App blocks, an IDC/CDN
 * 一是/二是 item, shops selling member data, a 网吧 check told by date, 数据安全法 with 专家点评, passive decisions, 约谈 beside
 * a fine), blind69 (2026 cases under the amended laws: new numbers only, 原第N条、现第M条, 从旧兼从轻 across the new year, a
 * 网信办 press Q&A, a PDF notice of 个人信息保护法 cases by the police, month-and-day dates under a 2026 title, a 12345
 * reply) and blind70 (pages copied from phones and aggregators: 今日头条 with comments, a 抖音 transcript, a WeChat copy with
 * 往期推荐, a 微博 cut at 展开, a 知乎 quote, lines wrapped every 17 characters, one case told three times, a 刑事 case
 * beside), written by helpers who never read the extractor, scored 0.8886, 0.9325, 0.8772 and 0.9706 at first contact
 * (75c0ba4). blind67 and blind69 were then worked: 0.9839 (0.9938 after the 分别 readers
 * became one) and 0.9901 (NOTES.md "blind67", "blind69"): they are held
 * with the worked sets at ≥ 0.95. blind68 and blind70 are held out at their first-contact floors.
 * blind71 (ordinary police pages, a fourth round: ◎ headings, a quarterly 政务公开 list of one-sentence items with two
 * units 分别 warned, a 公安厅 year summary with Arabic citations, a 网吧 sweep naming two 网吧 分别, 叁万元整 decisions
 * after a colon, three parties of one rumour under one heading, 一案双查 of a student and his school), blind72 (other
 * agencies: a 通管局 公示 table with merged cells, a 网信办 通报 in 陆万元, a 市场监管 year summary under 消费者权益保护法, a
 * 文化执法 答记者问, a 卫健委 通报, a 省网信办 Q&A on the new law, an 教育局 summary relaying others' decisions, a 公示 list of
 * 「字段：值；」 lines), blind73 (the
 * press and round-ups: a 法治 page with cross-heads, a TV transcript, a 新华社 wire re-posted by a county, a 检察院 普法
 * column, a year's 十大典型案例, a Weibo thread copied newest first, a PDF 通报 wrapped at 28 characters, a blog re-post in
 * ASCII punctuation) and blind74 (2025–2026 pages around the amended laws: new tiers, fines on two responsible persons,
 * 2025 conduct decided in 2026 under the old numbers, new numbers with 「（原第…条）」, a 派出所 Weibo, an annual report, a
 * compliance blog with a summary table), written by helpers who never read the extractor, scored 0.8523, 0.8878, 0.8724
 * and 0.9570 at first contact (b73f7b6, the extractor of ecf4c06). blind71 and blind73 are worked (chosen before
 * blind72 was scored); blind72 and blind74 are held out at their first-contact floors. blind73 scored 0.9952 after
 * the pass worked on its classes (NOTES.md "blind73"), blind71 0.9928 (NOTES.md "blind71"): they are held with the
 * worked sets at ≥ 0.95. blind72, held out through four passes (0.8927), was then worked: 0.9978 (NOTES.md
 * "blind72"): it is held with the worked sets at ≥ 0.95.
 * blind75 (the pages published most often, half police, half other agencies: a county item of 2019, a city bureau's
 * 2026 item with a 不予处罚 under the new law, a 网警 rumour post copied from a browser, a 公安厅 通报 with 文号, a 网信办
 * item, a 通管局 work item, a 市场监管 典型案例 page, a newspaper's 律师说法 box) and blind76 (one page each of a 融媒体
 * article with 一审/二审/三审, a 法治日报 feature of three provinces, a 决定书（公开版） on a disclosure page, a 执法公开 list
 * of subjectless summaries, a 网信办 App 通报 with a 约谈 table, an 等保测评 blog, a 派出所's WeChat post re-posted by its
 * 县局, a 通管局 annual report with 附表), written after the blind71 and blind73 passes by helpers who never read the
 * extractor, scored 0.9444 and 0.9557 at first contact (b93e759, the extractor of 8783674). blind75 was then worked:
 * 0.9946 (NOTES.md "blind75"): it is held with the worked sets at ≥ 0.95. blind76 is held out at its floor.
 * blind77 (ordinary police pages: a 警务动态 item with 「作出如下处理：1.…；2.…」, a 县局 quarterly 公告 of 网吧 items under
 * 《条例》, a 以案说法 post with a passive decision citing no article, insiders selling data with four provisions 分别, a
 * 公安厅 annual 通报 with 【城市】 heads, a 派出所 抖音 page, a 政务微博 article on 两卡, a 分局 item with ◆ cross-heads) and
 * blind78 (other agencies and the press: a 网信办 decision as a numbered list in the sentence, 〔案情〕〔处理〕 blocks of
 * 个人信息保护法 cases, a 通管局 公告, a 市场监管 公示 in the national field set, a 文旅 网吧 page of 2019, a TV web text, a
 * 法治报 story of police and 网信 cases, a 人民网 re-post), written by helpers who never read the extractor, scored 0.8803
 * and 0.8913 at first contact (e4a4617, the extractor of 8783674). blind77 was then worked: 0.9780 (NOTES.md
 * "blind77"): it is held with the worked sets at ≥ 0.95. blind78 is held out at its floor.
 */
const FIRST_CONTACT: Readonly<Record<string, number>> = {
  blind10: 0.95,
  blind15: 0.97,
  blind18: 0.95,
  blind27: 0.97,
  blind32: 0.95,
  blind43: 0.97,
  blind45: 0.96,
  blind51: 0.93,
  blind55: 0.94,
  blind58: 0.97,
  blind61: 0.89,
  blind62: 0.99,
  blind63: 0.79,
  blind64: 0.96,
  blind68: 0.93,
  blind70: 0.97,
  blind74: 0.95,
  blind76: 0.95,
  blind78: 0.89,
};
const isFirstContact = (dir: string) => Object.hasOwn(FIRST_CONTACT, dir.split('/').pop()!);
const labelled = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();

const devNames = readdirSync(DEV)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''))
  .sort();
const ownNames = readdirSync(OWN)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();
const devPred = new Map<string, CaseRecord[]>();
const ownPred = new Map<string, CaseRecord[]>();
const blindPred = new Map<string, [gold: string, pred: CaseRecord[]]>();
const firstContactPred = new Map<string, [gold: string, pred: CaseRecord[]][]>();

beforeAll(async () => {
  // As a user imports them: bytes, so that a traditional-character page is converted (gansu-2019).
  for (const n of devNames) {
    const bytes = new Uint8Array(readFileSync(join(DEV, `${n}.txt`)));
    devPred.set(n, (await extractFromBytes(bytes, { filename: `${n}.txt` })).records);
  }
  for (const n of ownNames) {
    const { bytes, filename } = await inputOf(OWN, n);
    ownPred.set(n, (await extractFromBytes(bytes, { filename })).records);
  }
  for (const dir of BLIND_DIRS)
    for (const n of labelled(dir)) {
      const { bytes, filename } = await inputOf(dir, n);
      const pair: [string, CaseRecord[]] = [
        join(dir, `${n}.json`),
        (await extractFromBytes(bytes, { filename })).records,
      ];
      if (!isFirstContact(dir)) blindPred.set(n, pair);
      else {
        const set = dir.split('/').pop()!;
        firstContactPred.set(set, [...(firstContactPred.get(set) ?? []), pair]);
      }
    }
});

describe('dev bulletins', () => {
  it('has all twenty-seven', () => {
    expect(devNames).toHaveLength(27);
  });

  it('ningxia-2021 scores exactly 1.0000', () => {
    const s = score([[join(DEV, 'ningxia-2021.json'), devPred.get('ningxia-2021')!]]);
    expect(s.misses).toEqual([]);
    expect(s.score).toBe(1);
  });

  it('the nine first ones score ≥ 0.98', () => {
    const s = score(FIRST_NINE.map((n) => [join(DEV, `${n}.json`), devPred.get(n)!]));
    expect(s.score, s.misses.join('\n')).toBeGreaterThanOrEqual(0.98);
  });

  // Issue 13's target for all twenty-seven: 0.98 (reached: 0.9819, then 0.9991 after the second pass; NOTES.md).
  it('all twenty-seven score ≥ 0.98', () => {
    const s = score(devNames.map((n) => [join(DEV, `${n}.json`), devPred.get(n)!]));
    expect(s.score, s.misses.join('\n')).toBeGreaterThanOrEqual(0.98);
  });
});

describe('own bulletins', () => {
  it('cover at least twelve styles', () => {
    expect(ownNames.length).toBeGreaterThanOrEqual(12);
  });

  it('score ≥ 0.95', () => {
    const s = score(ownNames.map((n) => [join(OWN, `${n}.json`), ownPred.get(n)!]));
    expect(s.score, s.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('keep the traditional original of a traditional bulletin', () => {
    const [first] = ownPred.get('own-08-traditional')!;
    expect(first!.original_text).toMatch(/福田區公安分局依據《網絡安全法》/);
    expect(first!.original_title).toBe('某房產中介洩露客戶信息案');
    expect(first!.title).toBe('某房产中介泄露客户信息案');
  });
});

describe('blind bulletins', () => {
  it('exist', () => expect(blindPred.size).toBeGreaterThanOrEqual(8));

  it('score ≥ 0.95', () => {
    const s = score([...blindPred.values()]);
    expect(s.score, s.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  // Issue 13: every fixture set stays ≥ 0.95 — each worked blind set on its own, not only the pool.
  it.each(BLIND_DIRS.filter((d) => !isFirstContact(d)).map((d) => d.split('/').pop()!))(
    'worked set %s scores ≥ 0.95 on its own',
    (set) => {
      const pairs = [...blindPred.values()].filter(([gold]) => gold.includes(`/${set}/`));
      expect(pairs.length).toBeGreaterThanOrEqual(8);
      const s = score(pairs);
      expect(s.score, s.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    },
  );

  it.each(Object.entries(FIRST_CONTACT))(
    'first-contact set %s holds its measured level (%s)',
    (set, floor) => {
      const pairs = firstContactPred.get(set) ?? [];
      expect(pairs.length).toBeGreaterThanOrEqual(8);
      const s = score(pairs);
      expect(s.score, s.misses.join('\n')).toBeGreaterThanOrEqual(floor);
    },
  );
});

describe('records', () => {
  it('validate against the case-record schema', () => {
    const blind = [...blindPred, ...[...firstContactPred.values()].flat().map((p) => [p[0], p] as const)].map(
      ([n, [, records]]) => [n, records] as const,
    );
    for (const [name, records] of [...devPred, ...ownPred, ...blind]) {
      for (const r of records)
        expect(validate(r), `${name} «${r.title}»: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('come in text order', () => {
    expect(devPred.get('ningxia-2021')!.map((r) => r.title.slice(0, 4))).toEqual([
      '以其他非',
      '某营业厅',
      '某传媒工',
      '微信网民',
      '利通区某',
      '金凤区某',
      '西吉县某',
      '中宁县某',
      '吴忠市某',
      '某软件开',
    ]);
  });
});
