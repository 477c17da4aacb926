import { describe, expect, it } from 'vitest';
import { arabicStates } from './arabic-names';
import { chineseStates } from './chinese-names';
import type { ScriptLanguage } from './script-language';
import { isSignerRun, nameRuns, namesStatement, scriptSentences } from './script-signers';

function signers(text: string, language: ScriptLanguage, statementText = false): string[] {
  const mentions = language === 'ar' ? arabicStates(text) : chineseStates(text);
  const runs = nameRuns(text, mentions, language);
  return runs.flatMap((run, r) => {
    const next = runs[r + 1]?.[0]?.start;
    const options = {
      language,
      statementText,
      mentionsStatement: statementText,
      opening: false,
      next,
    };
    return isSignerRun(text, run, options) ? run.map((m) => m.code) : [];
  });
}

describe('Chinese signer lists', () => {
  it('takes the states a signing count goes on to name, past a name the dictionary lacks', () => {
    expect(
      signers('這份聲明原先有24國連署，包括澳洲、比利時、加拿大、賽浦路斯、丹麥和英國', 'zh'),
    ).toEqual(['AUS', 'BEL', 'CAN', 'DNK', 'GBR']);
  });

  it("reads Taiwan's own names of states", () => {
    expect(chineseStates('義大利、紐西蘭、沙烏地阿拉伯和馬爾他').map((m) => m.code)).toEqual([
      'ITA',
      'NZL',
      'SAU',
      'MLT',
    ]);
  });
});

describe('Arabic leaders by name and title', () => {
  it('takes the states of an attendance list whose leaders are named with their titles', () => {
    expect(
      signers(
        'وحضره الملك عبدالله الثاني بن الحسين ملك المملكة الأردنية الهاشمية، ورجب طيب أردوغان رئيس جمهورية تركيا، والشيخ عبدالله بن زايد آل نهيان نائب رئيس الوزراء ووزير الخارجية بدولة الإمارات العربية المتحدة، والأمير فيصل بن فرحان آل سعود وزير خارجية المملكة العربية السعودية.',
        'ar',
        true,
      ),
    ).toEqual(['JOR', 'TUR', 'ARE', 'SAU']);
  });

  it('takes no single state of a meeting whose other parties are only counted', () => {
    expect(
      signers(
        'احتضن مقر الأمم المتحدة قمة متعددة الأطراف ضمت قادة الولايات المتحدة الأمريكية وقادة ثماني دول عربية وإسلامية.',
        'ar',
        true,
      ),
    ).toEqual([]);
  });
});

describe('Arabic signer lists', () => {
  it('takes a bracketed list before its statement, and signers named by office in a state', () => {
    expect(
      signers(
        'أصدرت الآلية الثلاثية ودول الرباعية (المملكة العربية السعودية والإمارات العربية المتحدة والمملكة المتحدة والولايات المتحدة الأميركية) بياناً مشتركاً',
        'ar',
      ),
    ).toEqual(['SAU', 'ARE', 'GBR', 'USA']);
    expect(
      signers(
        'صدر بيان عن وزيري خارجية المملكة المتحدة والإمارات العربية المتحدة، ووزير الدولة للشؤون الخارجية في المملكة العربية السعودية',
        'ar',
      ),
    ).toEqual(['GBR', 'ARE', 'SAU']);
  });

  it('takes the list after a joint statement, an issuing verb or "on behalf of"', () => {
    expect(signers('بيان مشترك بين وزراء خارجية مصر والأردن والعراق', 'ar')).toEqual([
      'EGY',
      'JOR',
      'IRQ',
    ]);
    expect(signers('أعربت كل من مصر، والسعودية عن قلقهما من الوضع في لبنان', 'ar')).toEqual([
      'EGY',
      'SAU',
    ]);
    expect(signers('ألقى المندوب الكلمة نيابة عن قطر والكويت', 'ar')).toEqual(['QAT', 'KWT']);
  });

  it('takes the list before the statement or a verb of issuing', () => {
    expect(signers('مصر والأردن والعراق يصدرون بياناً مشتركاً', 'ar')).toEqual(['EGY', 'JOR', 'IRQ']);
  });

  it('takes a list of three or more whose ministers the sentence named earlier, in a statement', () => {
    const quartet =
      'عقد وزراء خارجية الدول الأربع الداعية لمكافحة الإرهاب (السعودية، والإمارات، والبحرين، ومصر) اجتماعاً';
    expect(signers(quartet, 'ar', true)).toEqual(['SAU', 'ARE', 'BHR', 'EGY']);
    expect(signers(quartet, 'ar')).toEqual([]);
    expect(
      signers(
        'بيان مشترك لوزراء خارجية الدول المقاطعة لقطر، مصر والسعودية والإمارات والبحرين',
        'ar',
        true,
      ),
    ).toEqual(['EGY', 'SAU', 'ARE', 'BHR']);
    expect(signers('ناقش وزراء الخارجية الوضع في سوريا ولبنان والعراق', 'ar', true)).toEqual([]);
  });

  it('takes the list after "the states taking part in the statement are:"', () => {
    expect(
      signers(
        'والدول المشاركة في البيان هي: المملكة العربية السعودية، جمهورية مصر العربية، الجمهورية الجزائرية الديمقراطية الشعبية، جمهورية القمر المتحدة',
        'ar',
      ),
    ).toEqual(['SAU', 'EGY', 'DZA', 'COM']);
  });

  it('takes ministers of states only when they take a stand or the text is a statement', () => {
    const met = 'التقى وزراء خارجية مصر وفرنسا في القاهرة';
    expect(signers(met, 'ar')).toEqual([]);
    expect(signers(met, 'ar', true)).toEqual(['EGY', 'FRA']);
    expect(signers('رحب وزراء خارجية مصر وتركيا بالدعوة', 'ar')).toEqual(['EGY', 'TUR']);
  });

  it('does not take a state the statement speaks of', () => {
    expect(signers('أدان البيان المشترك العدوان على لبنان وسوريا', 'ar')).toEqual([]);
    expect(signers('وأكدوا أن إسرائيل تجر المنطقة إلى الحرب', 'ar')).toEqual([]);
  });
});

describe('Chinese signer lists', () => {
  it('reads a text titled as a joint statement, or declaring jointly, as one', () => {
    expect(namesStatement('第三次阿富汗邻国外长会联合声明\n\n会议在屯溪召开。', 'zh')).toBe(true);
    expect(namesStatement('与会各方进行了讨论,并共同声明如下:', 'zh')).toBe(true);
    expect(namesStatement('会议在屯溪召开。各方进行了讨论。', 'zh')).toBe(false);
  });

  it('takes the attendance list after "出席会议的有:" in a statement, and not the neighbours\' state', () => {
    expect(
      signers('出席会议的有:印度共和国外交部长苏杰生、哈萨克斯坦共和国总理斯迈洛夫。', 'zh', true),
    ).toEqual(['IND', 'KAZ']);
    expect(signers('第三次阿富汗邻国外长会联合声明', 'zh', true)).toEqual([]);
  });

  it('takes names joined by 、 and conjunctions before a joint statement or signing', () => {
    expect(signers('中华人民共和国、俄罗斯联邦与伊朗伊斯兰共和国北京会晤联合声明', 'zh')).toEqual([
      'CHN',
      'RUS',
      'IRN',
    ]);
    expect(signers('由中华人民共和国代表和伊朗伊斯兰共和国代表签署', 'zh')).toEqual(['CHN', 'IRN']);
  });

  it('reads the cues in traditional characters', () => {
    expect(signers('由中華人民共和國代表與伊朗伊斯蘭共和國代表簽署', 'zh')).toEqual(['CHN', 'IRN']);
    expect(signers('中國對美國和英國發表的聲明表示不滿', 'zh')).toEqual([]);
  });

  it('takes signers named by state, office and person', () => {
    expect(
      signers(
        '美国国务卿布林肯、日本外相林芳正与韩国外交部长郑义溶会谈后发表联合声明，谴责朝鲜',
        'zh',
      ),
    ).toEqual(['USA', 'JPN', 'KOR']);
  });

  it('takes the list after "we,"', () => {
    expect(signers('我们，加拿大、法国和德国外长，重申', 'zh')).toEqual(['CAN', 'FRA', 'DEU']);
  });

  it('takes the states or ministers that hold the meeting of a joint text', () => {
    const communique = '中华人民共和国、日本国和大韩民国的外交部长于9月28日在上海举行会议';
    expect(signers(communique, 'zh', true)).toEqual(['CHN', 'JPN', 'KOR']);
    expect(signers(communique, 'zh')).toEqual([]);
    const attended =
      '中国外交部部长王毅、柬埔寨国务兼外交国际合作部大臣布拉索昆、泰国外长敦出席会议';
    expect(signers(attended, 'zh', true)).toEqual(['CHN', 'KHM', 'THA']);
  });

  it('reads ministers separated by commas when each has an office and a name', () => {
    const attended =
      '哈萨克斯坦共和国副总理兼外交部长努尔特列乌，中共中央政治局委员、中华人民共和国外交部长王毅，塔吉克斯坦共和国外交部长穆赫里丁出席会晤';
    expect(signers(attended, 'zh', true)).toEqual(['KAZ', 'CHN', 'TJK']);
    expect(signers('哈萨克斯坦表示支持，中国表示欢迎，会议举行', 'zh', true)).toEqual([]);
  });

  it('does not take one state at a meeting, a host or a state that invites', () => {
    expect(signers('老挝外长沙伦赛出席会议', 'zh', true)).toEqual([]);
    expect(signers('会议在泰国和越南举行', 'zh', true)).toEqual([]);
    expect(signers('应泰国、越南邀请出席会议', 'zh', true)).toEqual([]);
    expect(signers('峰会还将邀请澳大利亚、印度和新西兰3国与会', 'zh', true)).toEqual([]);
  });

  it('does not take a state mentioned in the clause or a host', () => {
    expect(signers('中国对美国和英国发表的声明表示不满', 'zh')).toEqual([]);
    expect(signers('双方感谢伊拉克共和国和阿曼苏丹国主办多轮对话', 'zh')).toEqual([]);
  });
});

describe('namesStatement', () => {
  it('knows a Chinese joint text by its "we" or by a joint statement issued', () => {
    expect(namesStatement('一、会议举行。\n二、我们总结了合作进展。', 'zh')).toBe(true);
    expect(namesStatement('会议还将发表联合新闻公报。', 'zh')).toBe(true);
    expect(namesStatement('会晤结束后，与会外长（下称“各方”）通过以下公报。', 'zh')).toBe(true);
    expect(namesStatement('会议讨论了合作。外长表示，他们的国家将合作。', 'zh')).toBe(false);
    expect(namesStatement('美国和日本举行演习，中国外交部发表声明。', 'zh')).toBe(false);
  });
});

describe('scriptSentences', () => {
  it('splits at the full stops of both scripts and at line ends', () => {
    const text = '三方重申立场。伊朗表示赞赏！\nوأكد الوزراء ذلك. ثم غادروا';
    expect(scriptSentences(text).map((s) => s.text.trim())).toEqual([
      '三方重申立场。',
      '伊朗表示赞赏！',
      'وأكد الوزراء ذلك.',
      'ثم غادروا',
    ]);
  });
});
