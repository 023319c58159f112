"""Chinese residue phrases (simplified and traditional), grouped by junk family and concept.

Written from what Chinese-language news sites print around their articles (新华网,
人民网, 央视网, 澎湃新闻, 新浪, 网易, 腾讯, 凤凰网, 联合早报, 中央社, 聯合新聞網, 明報,
WordPress sites in Chinese): "相关阅读", "延伸閱讀", "责任编辑：", "分享到：", "扫一扫",
"展开全文", "版权所有", "未经授权不得转载", "评论", "广告".

As for Japanese (ja.py), lines have no spaces between words: only whole-line modes
("line", "label", "header", "button") are used, no "sentence" patterns; every line is
"one word" to shapes.word_count, so no block is article prose, and the rules that
read prose see a text with no body. Credit lines ("责任编辑：张三", "来源：新华社") want
capitalised names to the credits rules, which Chinese names never are: they are not
read. Simplified and traditional forms stand side by side (相关/相關, 阅读/閱讀).

Ambiguities: "评论" is also an opinion section's name ("新华时评"), "广告" a word of
reports about advertising, "分享" an ordinary verb: all stand in whole-line patterns.
"""

from .schema import LanguagePack

_OPEN = r"(?:[【\[［〔(（<〈《▶▷►■□◆◇●○·>＞※] ?)?"  # a label's opening mark, if any, and a space after it (a space alone before the label would make a search quadratic on a run of spaces)
_CLOSE = r"[】\]］〕)）>〉》]"
_RELATED = r"(?:相关|相關|延伸|推荐|推薦|更多)(?:阅读|閱讀|新闻|新聞|文章|报道|報導|链接|連結)"

PHRASES = {
    "paywall": {
        "prompt": {
            "line": [
                r"(?:本文|此文|该文|該文)?(?:为|為)(?:付费|付費|会员|會員|订阅|訂閱)(?:专享|專享|内容|內容|文章)",
                r"(?:订阅|訂閱|登录|登錄|登入)(?:后|後)(?:可|即可)?(?:阅读|閱讀|查看)(?:全文|完整内容|完整內容)",
            ],
        },
        "account": {"button": [r"登录", r"登錄", r"登入", r"注册", r"註冊"]},
    },
    "newsletter": {
        "signup": {"line": [r"(?:订阅|訂閱)(?:我们的|我們的)?(?:电子报|電子報|新闻通讯|新聞通訊|邮件|郵件)"]},
    },
    "comments": {
        "section": {
            "header": [
                r"(?:网友|網友|读者|讀者|最新|热门|熱門|全部)(?:评论|評論)(?: ?[（(]\d{1,6}[）)]?| ?\d{1,6}条?)?",
                r"(?:评论|評論)(?:区|區|列表)",
            ],
            "line": [r"(?:评论|評論)(?: ?[（(]\d{1,6}[）)]?| ?\d{1,6}条?)?"],  # bare: the header goes, the text under it stays
        },
        "form": {
            "line": [
                r"(?:我要|发表|發表|发布|發佈)(?:评论|評論)",
                r"(?:登录|登錄|登入)(?:后|後)(?:才能|可以)?(?:评论|評論|发表评论|發表評論)",
                r"(?:暂无|暫無|还没有|還沒有)(?:评论|評論)",
                r"已有 ?\d{1,6} ?(?:条|條|人)(?:评论|評論|参与|參與)",
            ],
            "button": [r"回复", r"回覆", r"举报", r"舉報", r"点赞", r"按讚", r"发表", r"發表"],
        },
    },
    "related": {
        "read_next": {
            "label": [rf"{_OPEN}(?:{_RELATED}|猜你喜欢|猜你喜歡|热门推荐|熱門推薦|编辑推荐|編輯推薦|上一篇|下一篇)"],
            "line": [
                # 【相关阅读】标题 -- the bracket is the separator (the decor is trimmed before)
                rf"(?:{_RELATED}){_CLOSE} ?[^。]{{1,100}}",
                r"(?:展开全文|展開全文|阅读全文|閱讀全文|点击查看全文|點擊查看全文|查看更多|更多内容|更多內容)",
                r"(?:返回首页|返回首頁|返回顶部|返回頂部|打印本页|列印本頁|关闭窗口|關閉視窗)",
            ],
        },
        "list": {
            "header": [
                rf"{_RELATED}",
                r"(?:热门|熱門|热点|熱點|最新|精彩|今日)(?:文章|新闻|新聞|推荐|推薦|排行)",
                r"(?:猜你喜欢|猜你喜歡|热门推荐|熱門推薦|编辑推荐|編輯推薦|阅读排行|閱讀排行|点击排行|點擊排行)",
            ],
        },
        "taxonomy": {"label": [r"(?:标签|標籤|关键词|關鍵詞|关键字|關鍵字)"]},
    },
    "social": {
        "share": {
            "line": [
                r"(?:分享到|分享至|分享本文|分享)",
                r"(?:扫一扫|掃一掃|扫码|掃碼|扫描二维码|掃描二維碼)(?:分享|阅读|閱讀|关注|關注)?(?:[^。]{0,30})?",
                r"(?:(?:分享到|分享|微信|微博|朋友圈|qq空间|qq|facebook|twitter|line|复制链接|複製連結)[\s,|/·、]*){2,12}+(?<=[\p{Han}].{0,200})",
            ],
            "button": [r"微信", r"微博", r"朋友圈", r"复制链接", r"複製連結"],
        },
        "follow": {
            "line": [
                r"(?:关注|關注|追踪|追蹤)(?:我们|我們|本站|本报|本報)(?:的)?(?:微信|微博|facebook|youtube|line)?(?:公众号|公眾號|账号|帳號)?",
                r"(?:长按|長按)(?:识别|識別)(?:二维码|二維碼)(?:关注|關注)?[^。]{0,30}",
            ],
        },
    },
    "media": {
        "advert": {"line": [r"广告|廣告|推广|推廣"]},
        "embed": {
            "line": [
                r"(?:视频|視頻|影片|图片|圖片)?(?:加载中|載入中|加載中)(?:…|\.\.\.)?",
                r"(?:点击|點擊)(?:播放|观看|觀看)(?:视频|視頻|影片)?",
            ],
        },
    },
    "legal": {
        "copyright": {
            "line": [
                r"(?:[^。]{0,40}?)?版(?:权|權)所有(?:[，,、 ]?(?:未经|未經)(?:授权|授權|许可|許可)[，,]?(?:不得|禁止|严禁|嚴禁)(?:转载|轉載|复制|複製)[^。]{0,30})?[。.]?",
                r"(?:未经|未經)(?:授权|授權|许可|許可)[，,]?(?:不得|禁止|严禁|嚴禁)(?:转载|轉載|复制|複製|使用)[^。]{0,30}[。.]?",
                r"(?:转载|轉載)(?:请|請)注明(?:出处|出處|来源|來源)[^。]{0,30}[。.]?",
            ],
        },
        "disclaimer": {"label": [r"(?:免责声明|免責聲明)"]},
    },
    "credits": {
        # Labels only: a name of two to four Han characters follows ("责任编辑：张三"); a
        # lead with no colon would open ordinary sentences.
        "byline": {"label": [r"作者", r"文", r"撰文"]},
        "editor": {"label": [r"(?:责任编辑|責任編輯|编辑|編輯|审核|審核|校对|校對)"]},
        "contributor": {"label": [r"(?:来源|來源|稿源|综合|綜合)"]},
        "photo_credit": {"label": [r"(?:图片来源|圖片來源|图片|圖片|摄影|攝影|图|圖)"]},
        "role": {"sentence": [r"记者", r"記者", r"编辑", r"編輯", r"通讯员", r"通訊員", r"特派员", r"特派員"]},
    },
    "pitch": {"imperative": {"sentence": [r"^(?:立即|马上|馬上|赶快|趕快)(?:订阅|訂閱|关注|關注|下载|下載|分享)"]}},
}

PACK = LanguagePack(
    code="zh",
    phrases=PHRASES,
    stopwords=tuple("的 了 是 在 和 也 有 就 不 都".split()),
    # Prompts address the reader as 您/你 inside unspaced text, where no word is found
    # with spaces around it (shapes.addresses_reader).
    reader_words=None,
    reader_words_lowercase_only=None,  # no letter case
    polite_reader_words=None,  # no letter case
    # The credit words join, split or close capitalised names: none for Chinese.
    name_joiners=None,
    byline_words=None,
    place_words=None,
    platform_words=None,
    also_words=None,
    photo_words=("图片", "圖片", "摄影", "攝影"),
    phone_labels=("电话", "電話", "传真", "傳真"),
    comment_actions=("回复", "回覆", "举报", "舉報", "点赞", "按讚"),
    # at the end of a line only ("3小时前"): inside prose it is a report's time
    relative_time=(r"\d{1,3}\s*(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月|年)前(?=\s*$)",),
    comment_says=None,  # commenters' lines carry a name and a time, no verb
    self_reference=("本文", "此文"),
    clock_words=None,
    ordinal_suffixes=None,
)
