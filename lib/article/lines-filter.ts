// Lines inside the body run that are not the story: editorial lines (kept as metadata), disclaimers,
// share prompts, pagination, and the headings that open a comments or "related" section.
import { parseDate } from './dates';

// Editorial lines: original title, editors, proofreaders, source, sharing.
const METADATA_LINE =
  /^[【[(（]?\s*(原标题|原標題|责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|审校|審校|监制|監製|值班编辑|本文来源|来源|來源|返回搜狐|分享到|轉載|转载|文章来源|文章來源|稿件来源|图片来源|圖片來源|标签|標籤|关键词|關鍵詞|关键字|關鍵字)\s*[:：|｜丨/／]/u;
// "記者：王小明" is a byline; "記者：您怎麼看？" is an interview question, so only short name lines count.
const NAME_LINE =
  /^[【[(（]?\s*(?:作者|記者|记者|撰稿|攝影|摄影|通讯员|通訊員|文|图|圖)\s*[:：|｜丨/／]\s*[^。？！?!，,]{1,20}$/u;
const PAGINATION_LINE =
  /^(?:上一[页頁]|下一[页頁]|首[页頁]|尾[页頁]|末[页頁]|共\d+[页頁]|第\d+[页頁]|[\d\s[\]<>«»‹›…])+$/u;

// The dateline under a headline: "2025年3月6日 09:30 來源：某報 閱讀量：123".
const INFO_WORDS =
  /来源|來源|作者|编辑|編輯|发布|發布|时间|時間|阅读|閱讀|点击|點擊|浏览|瀏覽|字号|字號|评论|評論|更新|修改|发表|發表|记者|記者|通讯员|通訊員/u;

export const ORIGINAL_TITLE = /^[【[(（]?\s*(原标题|原標題)/u;

export const TRAILING_EDITOR =
  /[（(【[](?:责任编辑|責任編輯|编辑|編輯|责编|責編|校对|校對)[:：][^）)】\]]{1,30}[）)】\]]\s*\d{0,8}$/u;

// The print edition a story ran in: 《某某日报》（2025年03月12日 第07版）
const PRINT_EDITION = /^《[^》]{2,12}》\s*[（(]\s*\d{4}年\d{1,2}月\d{1,2}日\s*第?\s*\S{1,4}[版面]\s*[)）]$/u;

// A sentence of the story that happens to hold a date and a word like 时间 or 记者 is not a dateline:
// "一、管制时间为2024年2月1日至4月30日。" Datelines have no full stop and at most one comma.
export const PROSE = /[。！？]|[，；].*[，；]|\p{Script=Han}[，；]\p{Script=Han}{4}/u;

// A forum or blog post's stamp: "本贴由某某于2005年8月12日16:12:21在〖某版〗发表", "发表于 2004-12-27".
const POST_STAMP = /^(?:本[贴帖]由|發表於|发表于|posted\b)/iu;

export function isMetadataLine(line: string, title: string): boolean {
  if (line === title) return true;
  if (line.length > 80) return false;
  if (
    METADATA_LINE.test(line) ||
    NAME_LINE.test(line) ||
    PAGINATION_LINE.test(line) ||
    PRINT_EDITION.test(line)
  )
    return true;
  return (
    !PROSE.test(line) &&
    parseDate(line) !== null &&
    (INFO_WORDS.test(line) ||
      POST_STAMP.test(line) ||
      line.replace(/[\d\s:：年月日/.-]|民國|民国|[上下]午|星期./gu, '').length < 4)
  );
}

// Portal disclaimers and footers (新浪声明, 特别声明, 版权所有 …) and share / app prompts.
const BOILERPLATE =
  /^[【[(（]?\s*(?:新浪声明|新浪聲明|特别声明|特別聲明|免责声明|免責聲明|版权声明|版權聲明|声明[:：]|聲明[:：]|郑重声明|鄭重聲明)|版权所有|版權所有|版权归|版權歸|未经授权|未經授權|不得转载|不得轉載|禁止转载|禁止轉載|^copyright|^©|all rights reserved|^(?:分享|分享到|分享至|转发|轉發|收藏|点赞|點讚|打印|列印|关闭|關閉|纠错|糾錯|举报|檢舉|字号|字體)(?:[:：\s]|$)|扫一扫|掃一掃|扫描二维码|掃描二維碼|长按识别|長按識別|关注(?:我们|我們|公众号|公眾號)|點擊關注|点击关注|下载(?:客户端|APP)|下載(?:客戶端|APP)|打开.{0,6}APP|打開.{0,6}APP|订阅(?:我们|本)|訂閱(?:我們|本)|举报电话|舉報電話|举报邮箱|舉報信箱|违法和不良信息|違法和不良資訊|许可证编号|許可證編號|ICP[备证]|增值电信业务|公网安备|京公网|禁止[^。]{0,6}转载|禁止[^。]{0,6}轉載|转载申请|轉載申請|侵权行为|侵權行為|^(?:延伸阅读|延伸閱讀|相关阅读|相關閱讀|推荐阅读|推薦閱讀|相关新闻|相關新聞)[:：]|^(?:相关|相關)(?:新闻|新聞|阅读|閱讀|文章|报道|報導|链接|連結)[:：]?$/iu;

// Fixed strings of WeChat article pages and portal toolbars.
const FIXED =
  /^[←«<‹\s]*返回(?:列表|首[页頁]|[顶頂]部|上一?[页頁]|目[录錄])?\s*[→»>›]?$|^(?:预览时标签不可点|預覽時標籤不可點|阅读原文|閱讀原文|微信扫一扫|微信掃一掃|赞|在看|纠错|糾錯|返回顶部|返回頂部|打印本页|關閉窗口|关闭窗口)$/u;

// Notices and prompts around a story that are no part of it: a platform's "the content above is
// uploaded by a user" notice, an old portal's browser notice (如欲取得最佳浏览效果…), fan-page and
// follow prompts, an ad-feedback menu (為什麼你不喜歡這個廣告？), a lone ad label between paragraphs, a
// WeChat tail (分享、点赞、在看 / 收录于合集 #tag / 阅读 1.2万), a link block's bare heading (延伸閱讀).
const NOTICE =
  /最佳(?:浏览|瀏覽)效果|(?:请|請)(?:使用|升级|升級|更新)[^。]{0,12}(?:浏览器|瀏覽器)|粉[丝絲](?:团|團|专页|專頁)|(?:这|這)(?:个|個)(?:广告|廣告)|^(?:广告|廣告|advertisement|贊助|赞助|sponsored)$|^(?:点|點)?(?:分享|点赞|點讚|点赞|在看|转发|轉發|收藏)(?:[、，,\s和]+(?:分享|点赞|點讚|在看|转发|轉發|收藏|留言)){1,3}|^收[录錄]于|^收[录錄]於|^(?:#\S{1,20}\s*){1,8}$|^(?:阅读|閱讀|浏览|瀏覽)(?:量|数|數)?\s*[\d.]+\s*[万萬千kK]?\+?$|^(?:延伸阅读|延伸閱讀|相关阅读|相關閱讀|推荐阅读|推薦閱讀|相关新闻|相關新聞|更多新聞|更多新闻|看更多)$/iu;

// A platform's notice under a story, however long: "Notice: The content above … is uploaded by a user",
// an old portal's browser notice.
const PLATFORM_NOTICE =
  /^notice\s*:|^(?:平台|本站|本网|本網|网站|網站)(?:声明|聲明)\s*[:：]|^如欲取得最佳(?:浏览|瀏覽)效果/iu;

export function isBoilerplateLine(line: string): boolean {
  const bare = line.replace(/^[【[(（“"「\s▼▲◆■●★☆►◀→]+|[】\])）”"」\s▼▲◆■●★☆►◀←]+$/gu, '');
  if (line.length <= 600 && PLATFORM_NOTICE.test(bare)) return true;
  if (line.length > 160) return false;
  return (
    BOILERPLATE.test(line) ||
    BOILERPLATE.test(bare) ||
    FIXED.test(bare) ||
    (line.length <= 100 && NOTICE.test(bare))
  );
}

// Headings that open what follows the story.
const SECTION_STOP =
  /^[【[\s]*(?:网友|網友|读者|讀者|热门|熱門|最新|精彩|精选|精選|我要|发表|發表|全部|相关|相關|延伸|推荐|推薦|更多|猜你|热点|熱點|今日|往期)?\s*(?:评论|評論|留言|回复|回覆|跟帖|阅读|閱讀|推荐|推薦|新闻|新聞|文章|报道|報導|专题|專題|喜欢|喜歡|排行|图片|圖片|视频|影音|链接|鏈接|連結)(?:区|區|列表|\d+条|\(\d+\))?[】\]\s:：>»]*$/u;

// Legal notices that portals append after the story.
const NOTICE_STOP =
  /^[【[]?(?:反侵权公告|反侵權公告|侵权公告|侵權公告|版权声明|版權聲明|免责声明|免責聲明|特别声明|特別聲明|郑重声明|鄭重聲明)[】\]:：]*$/u;

// "《標題》已有3件評論", "共有12条评论": the comment thread starts here.
const COMMENT_COUNT = /(?:已有|共有?)\d+(?:件|条|條|篇|则|則|个|個)?(?:评论|評論|回复|回覆|留言|跟帖)/u;

// "You may also like" feeds and comment rules under other names: 你可能還想看, 其他人也在看, 猜你喜欢,
// 精选留言, 留言規則.
const FEED_STOP =
  /^(?:你|您)?(?:可能)?(?:还|還|也)?(?:会)?(?:想看|喜欢|喜歡|感兴趣|感興趣)|^(?:其他人|大家|别人|別人)(?:也|都)?在看|^(?:精选|精選)(?:留言|评论|評論)|^(?:留言|评论|評論|回复|回覆)(?:规则|規則|须知|須知|守则|守則|政策)/u;

export function isSectionStop(raw: string): boolean {
  const text = raw.replace(/\s+|^[▼▲◆■●★☆►◀→—-]+|[▼▲◆■●★☆►◀←—-]+$/gu, '');
  if (text.length >= 2 && text.length <= 16 && FEED_STOP.test(text)) return true;
  return text.length >= 2 && (SECTION_STOP.test(text) || NOTICE_STOP.test(text) || COMMENT_COUNT.test(text));
}
