import type { StateMention } from './script-names';
import { runsSaidToStayOut } from './stayed-out-runs';

// "匈牙利没有加入这份声明", "匈牙利成为唯一置身事外的成员国", "印度拒绝签署", "匈牙利總理拒簽",
// "匈牙利總理歐爾班是歐盟領導人中唯一沒有在聲明上簽字的人": a state that stays out
// of the statement, in the words right after it, before any other state is named.
const STAYED_OUT =
  /^[^，。；！？,;]{0,16}?(?:(?:没有|沒有|未|拒绝|拒絕|不愿|不願)(?:在[^，。；！？,;]{1,8}上)?(?:加入|签署|簽署|签字|簽字|联署|連署|参与|參與|附议|附議)|拒[签簽]|置身事外)/u;

// "德国当时并未签字": not then, which says nothing of the statement as it now stands.
const THEN = /^[^，。；！？,;]{0,12}?(?:当时|當時|此前|起初|原先|之前|最初|一度)/u;

const JOINED = /^(?:、|和|与|與|及|以及)$/u;

/** The states a Chinese sentence says stayed out of the statement. */
export function chineseStayedOut(sentence: string, states: StateMention[]): string[] {
  // "印度和巴西没有签署": the words after a run of names are said of all.
  return runsSaidToStayOut(sentence, states, {
    joined: JOINED,
    out: (after) => STAYED_OUT.test(after) && !THEN.test(after),
  });
}
