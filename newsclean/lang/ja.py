"""Japanese residue phrases, grouped by junk family and concept.

Written from what Japanese news sites print around their articles (朝日新聞デジタル,
読売新聞オンライン, 毎日新聞, 日本経済新聞, 産経ニュース, 共同通信, 時事ドットコム,
NHK, Yahoo!ニュース, 東洋経済オンライン, ITmedia, WordPress sites in Japanese):
"この記事は有料記事です。残り1035文字", "続きを読むには…", "関連記事：", "あわせて
読みたい", "アクセスランキング", "シェアする", "ツイート", "無断転載を禁じます",
"※本ページはプロモーションが含まれています", "この記事は約3分で読めます".

What the line model can and cannot do for Japanese (no spaces between words):

- Only whole-line modes are used ("line", "label", "header", "button"); a line that is
  wholly junk is junk in any script. There are no "sentence" patterns: sentence mode
  wants no letter before and after a match, and inside Japanese text there always is
  one; and `shapes.sentences` does not split at "。", so one hit would make the whole
  paragraph junk. Where a prompt may run longer than a line, "sentence" with "^"
  (the block opens with it) would be the way; none is needed here.
- `shapes.word_count` counts white-space tokens, so every Japanese line is "one word":
  `shapes.is_prose` is never true, no block is article prose, and the rules that read
  prose (head and tail zones, the safety net, where a paywall wall ends, whether a
  comment header opens a thread) see a text with no body. Hence bare "コメント" is a
  line (only the header goes), and only headers that name a comment section
  ("コメント一覧", "みんなのコメント") open a section, which then runs to the end.
- Bylines, photo credits and datelines are read by the credits rules, which want
  capitalised names and dd.mm.yyyy dates: "写真：ロイター" or "2024年5月10日" are not
  read (only credits with a slash or a Latin agency name, "写真：ロイター/アフロ").
  The wire tag "（共同）" is not in the wire sign-off list either.
- Labels end at a colon, which Japanese type sets full-width ("関連記事："); the
  separator reads it (patterns.LABEL_SEPARATOR). A label in lenticular brackets
  ("【関連記事】タイトル") has no separator: those are whole-line patterns here.

Ambiguities: "コメント" is also a statement ("首相のコメント"); "広告" and "PR" are also
words of reports about advertising; "ランキング" alone heads articles about rankings;
"登録" and "ログイン" are ordinary nouns. All of them stand in whole-line patterns only.
"""

from .schema import LanguagePack

_OPEN = r"(?:[【\[［〔(（<〈《▶▷►■□◆◇●○・▼▽>＞※] ?)?"  # a label's opening mark, if any, and a space after it (a space alone before the label would make a search quadratic on a run of spaces)
_CLOSE = r"[】\]］〕)）>〉》]"
_SITE = r"(?:当|本|この|弊社)(?:ウェブ|web|ｗｅｂ)?(?:サイト|ページ)"

# Parts of a paywall notice that say the text stops here; a notice line chains one to
# four of them, with the notice it follows ("この記事は有料記事です。残り1035文字（全文1835
# 文字）有料会員になると続きをお読みいただけます。"). Only these open the wall: the wall runs
# over lines until prose returns, and no Japanese line is prose to shapes.is_prose, so a
# prompt at the top would take the article under it.
_NOTICE = (r"(?:この記事は(?:有料|会員|有料会員|プレミアム会員|デジタル会員|購読者|登録会員)(?:限定|専用|向け)?(?:の)?(?:記事|コンテンツ)?です"
           r"|(?:有料|プレミアム|デジタル|登録)?会員限定(?:の)?(?:記事|コンテンツ)(?:です)?|有料(?:会員)?記事)")
_WALL_PARTS = "|".join([
    r"残り\d[\d,]*文字(?:[（(]全文\d[\d,]*文字[）)]?)?",  # the closing bracket may be trimmed as decor
    r"(?:ログイン|会員登録|登録|購読)(?:して|すると)続きを(?:読む|お読みください|お読みいただけます)",
    r"(?:この記事の)?続きを(?:読む|お読みいただく|お読みになる|ご覧いただく|ご覧になる)には[、,]? ?[^。]{0,30}?(?:登録|ログイン|購読|契約)[^。]{0,20}",
    r"(?:有料|プレミアム)?会員(?:登録)?(?:になる|する|いただく)?と[、,]?続き(?:を|が)(?:お読み|ご覧)(?:いただけます|になれます)",
    r"続きは(?:有料|プレミアム)?会員(?:登録)?(?:になると|で|の方のみ)(?:お読み|ご覧)(?:いただけます|になれます)",
    r"(?:無料)?(?:会員)?登録すると続きを(?:お読み|ご覧)いただけます",
    r"(?:有料|プレミアム)?会員(?:の方)?(?:のみ|だけ)(?:お読み|ご覧)いただけます",
])

PHRASES = {
    "paywall": {
        "prompt": {
            "line": [rf"(?:{_NOTICE}[。.]? ?)?(?:(?:{_WALL_PARTS})[。.]? ?){{1,4}}"],
        },
        "offer": {
            "line": [
                r"(?:初月|初回|最初の\d{1,2}[かヶケ]月|\d{1,3}日間)(?:無料|0円)(?:で(?:お試し|読める|読み放題))?(?:[^。]{0,30})",
                r"月額\d[\d,]*円(?:[（(]税込[）)])?(?:で)?(?:読み放題|すべての記事が読めます)?",
                r"(?:今すぐ)?(?:有料|プレミアム)?会員(?:に)?登録(?:する|はこちら)",
                r"有料会員になる",
            ],
        },
        "account": {
            "line": [
                rf"{_NOTICE}",  # the notice alone, or the badge at the top: the line goes, no wall opens
                r"(?:既に|すでに)?(?:有料|登録)?会員の方は(?:こちら|ログイン)(?:してください)?",
                r"(?:有料)?会員登録(?:（無料）|\(無料\))?(?:・ログイン)?",
                r"ログイン(?:する|はこちら)?",
            ],
            "button": [r"ログイン", r"会員登録", r"登録する", r"新規登録"],
        },
    },
    "consent": {
        "cookie_notice": {
            "line": [
                # "当サイトではCookieを使用しています。" -- the site speaking of itself
                rf"{_SITE}(?:で)?は[、,]? ?[^。]{{0,60}}(?:cookie|クッキー)[^。]{{0,30}}(?:使用|利用)(?:しています|します)[。.]?(?:[^。]{{0,80}}[。.]?){{0,2}}",
                r"(?:cookie|クッキー)(?:の(?:使用|利用))?に同意(?:する|します)",
                r"(?:すべて|全て)(?:の(?:cookie|クッキー)を)?(?:許可|拒否|同意)(?:する)?",
                r"(?:cookie|クッキー)(?:の)?(?:設定|ポリシー|に関する方針)",
            ],
            "button": [r"同意する", r"同意します", r"拒否する", r"設定"],
        },
        "embed_gate": {
            "line": [r"この(?:コンテンツ|動画|投稿)を(?:表示|再生)するには[、,]?[^。]{0,40}(?:cookie|クッキー)[^。]{0,40}"],
        },
    },
    "newsletter": {
        "signup": {
            "line": [
                r"(?:無料)?(?:ニュースレター|メールマガジン|メルマガ)(?:の|を|に)?(?:登録|購読|配信登録|お申し込み)(?:する|はこちら|（無料）)?",
                r"(?:無料)?(?:ニュースレター|メールマガジン|メルマガ)を(?:受け取る|購読する|登録する|お届けします)",
                r"メールアドレスを入力(?:してください)?",
                r"(?:ご)?登録(?:が)?(?:完了しました|ありがとうございます)",
            ],
            "button": [r"登録する", r"購読する", r"送信"],
        },
    },
    "comments": {
        "section": {
            "header": [
                r"(?:みんなの|読者の|この記事への|この記事に対する|この記事についての)コメント(?:[（(]\d{1,6}件?[）)]?|\d{1,6}件)?",
                r"コメント一覧",
            ],
            "line": [r"コメント(?:[（(]\d{1,6}件?[）)]?| ?\d{1,6}件)?"],  # bare: the header goes, the text under it stays
        },
        "form": {
            "line": [
                r"(?:コメントを|感想を)(?:書く|書き込む|投稿する|送信する|残す|入力(?:してください)?)",
                r"コメントする",
                r"(?:ログイン|会員登録)(?:して|すると)コメント(?:する|を書く|できます)",
                r"コメントを(?:投稿|書き込み)するには(?:ログイン|会員登録)が必要です",
                r"メールアドレスが公開されることはありません[。.]? ?(?:\* ?が付いている欄は必須項目です)?",
                r"\* ?が付いている欄は必須項目です",
                r"(?:まだ)?コメントはまだありません|最初のコメントを(?:書こう|書きましょう|投稿しましょう)",
                r"(?:すべての|全ての)?コメントを(?:表示|見る|読む)(?:する)?",
                r"次回のコメントで使用するためブラウザーに自分の名前、メールアドレス、サイトを保存する。?",
            ],
            "button": [r"返信", r"返信する", r"通報", r"通報する", r"違反報告", r"いいね", r"名前 ?\*?", r"メール ?\*?", r"サイト", r"コメント ?\*?", r"送信"],
        },
    },
    "related": {
        "read_next": {
            "label": [
                rf"{_OPEN}(?:関連記事|関連ニュース|関連|あわせて読みたい|合わせて読みたい|併せて読みたい|こちらもおすすめ|おすすめ記事|こちらも読まれています|こちらもどうぞ|参考記事|前回記事|続報)",
            ],
            "line": [
                # 【関連記事】タイトル -- the bracket is the separator (the decor is trimmed before)
                rf"(?:関連記事|関連ニュース|関連|あわせて読みたい|合わせて読みたい|併せて読みたい|おすすめ記事|こちらもおすすめ){_CLOSE} ?[^。]{{1,100}}",
                r"(?:続きを読む|記事全文を読む|記事を読む|全文を読む|もっと(?:見る|読む)|一覧(?:を|へ)?(?:見る)?|記事一覧へ?)",
                r"(?:前の記事|次の記事|前のページ|次のページ)(?:へ)?",
            ],
        },
        "list": {
            "header": [
                r"(?:アクセス|記事|人気記事|人気|週間|総合)ランキング",
                r"(?:よく|最も|いま|今)(?:読まれている|読まれた|読まれてる)(?:記事|ニュース)?",
                r"人気(?:の)?(?:記事|ニュース)",
                r"(?:注目|おすすめ|オススメ|新着|最新|主要|編集部おすすめの?|編集部のおすすめ)(?:記事|ニュース)",
                r"(?:関連記事|関連ニュース|あわせて読みたい|合わせて読みたい|こちらもおすすめ)",
            ],
        },
        "tail_header": {"header": [r"(?:関連|参考|外部)リンク"]},
        "toc": {"header": [r"(?:この記事の)?目次"]},
        "teaser": {"label": [rf"{_OPEN}(?:動画|写真特集|フォト)"]},
        # not "キーワード": a glossary box ("キーワード：量的緩和とは…") is body, and "。" is no
        # sentence end to the taxonomy rule
        "taxonomy": {"label": [r"(?:タグ|カテゴリー?|関連キーワード|関連タグ)"]},
    },
    "social": {
        "share": {
            "line": [
                r"(?:この記事を|記事を)?(?:シェア|共有)(?:する|しよう)?",
                # a run of share buttons with at least one Japanese one ("Facebook X" alone is any language's), that
                # one looked for behind the run's end, once (the run is possessive; a line has at most 200 characters):
                # a look-ahead at the start reads every line with an "x"
                r"(?:(?:シェア(?:する)?|ツイート|ポスト|x|twitter|facebook|line|はてな(?:ブックマーク)?|はてブ|pocket|メール|印刷(?:する)?|リンク(?:を)?コピー|url(?:を)?コピー|ブックマーク|保存)[\s,|/・]*){2,12}+(?<=[\p{Hiragana}\p{Katakana}\p{Han}].{0,200})",
                r"(?:リンク|url)(?:を|が)?コピー(?:しました|されました)",
                r"(?:x|twitter|facebook|line|はてな(?:ブックマーク)?|threads|bluesky)(?:で|に)(?:シェア|共有|ポスト|投稿)(?:する)?",
                r"ツイート",
            ],
            "button": [r"シェア", r"ツイート", r"ポスト", r"印刷", r"ブックマーク", r"保存"],
        },
        "follow": {
            "line": [
                r"(?:[\p{L}\p{N}・]{1,30}(?:の|を))?(?:公式)?(?:x|twitter|facebook|instagram|line|youtube|tiktok|threads)(?:公式)?(?:アカウント|チャンネル)?(?:を|で)?フォロー(?:する|しよう|して(?:ください|最新情報をチェック))?",
                r"(?:(?:line|ライン)で)?(?:友だち|友達)(?:追加|登録)(?:する)?",
                r"フォローする",
            ],
        },
    },
    "promo": {
        "app": {
            "line": [
                r"(?:[\p{L}\p{N}・]{1,20})?アプリ(?:で|を)(?:読む|開く|見る|ダウンロード(?:する)?|インストール(?:する)?)",
                r"(?:無料)?アプリ(?:の)?ダウンロード(?:はこちら)?",
                r"アプリで(?:ニュース|記事|続き)を(?:読む|見る)",
            ],
        },
        "podcast": {"line": [r"ポッドキャスト(?:を|で)(?:聴く|聞く)|ポッドキャスト配信中"]},
        "affiliate": {
            "line": [
                # the stealth-marketing rules of 2023 made this line common
                r"(?:本|この)(?:記事|ページ)(?:には|は|に)(?:広告|プロモーション|pr|アフィリエイト(?:広告|リンク)?)(?:を|が)含(?:まれています|みます|んでいます)",
                r"(?:記事内に|本文中に)?(?:広告|プロモーション|アフィリエイト(?:広告|リンク)?)(?:が|を)含(?:まれています|みます|んでいます)",
                r"(?:広告企画|スポンサーコンテンツ|タイアップ(?:広告)?)(?: ?[：:] ?[\p{L}\p{N}・ ]{1,30})?",
            ],
        },
        "tips": {
            "line": [
                r"(?:情報|ご意見|情報提供)(?:を)?(?:お寄せください|お待ちしています|はこちら)",
                r"情報提供(?:・|、)?(?:取材依頼)?(?:はこちら|フォーム)",
            ],
        },
    },
    "media": {
        "advert": {
            "line": [
                r"広告|スポンサーリンク|スポンサードリンク",  # not "PR": a Latin line of any language
                r"(?:記事の続きは|この後(?:も)?記事が続きます|記事は)広告の(?:後|あと)(?:に|も)?(?:続きます)?",
                r"広告の(?:後|あと)に(?:記事が|も)?続きます",
            ],
        },
        "embed": {
            "line": [
                r"(?:この記事は)?約?\d{1,3}分で(?:読めます|読める)",
                r"(?:読了時間|読む時間)(?:の目安)?(?: ?[：:] ?| ?)約?\d{1,3}分",
                r"(?:読み込み中|ロード中)(?:…|\.\.\.)?",
                r"(?:動画を|写真を|画像を)(?:再生|拡大|見る)(?:する)?",
                r"写真 ?\d{1,4} ?枚|\d{1,4}枚の(?:写真|画像)",
                r"(?:この)?記事を(?:音声で)?(?:聞く|聴く|読み上げる)",
                r"(?:お使いの|ご利用の)ブラウザ[ー]?(?:は|では)[^。]{0,40}(?:再生|対応)[^。]{0,20}",
            ],
        },
    },
    "legal": {
        "copyright": {
            "line": [
                # "記事・写真の無断転載を禁じます" / "掲載記事の無断転載・複製を禁止します"; a prose
                # sentence ("同社は無断転載を禁止すると発表した") ends otherwise
                r"(?:(?:本|当)?(?:サイト|ページ)に)?(?:掲載(?:されている|の|された)?)?(?:[\p{Han}\p{Katakana}ー・、]{1,20}(?:など|等)?の)?"
                r"無断(?:転載|複製|転用|使用|複写)(?:[・、]\p{Han}{2,3}){0,4}(?:を|は)?(?:禁じます|禁止します|禁止いたします|禁止|禁ず|固くお断りします|お断りします|ご遠慮ください)"
                r"(?:[。.] ?(?:copyright ?)?(?:[©ⓒ]|[(（]c[)）])?[^。]{0,60})?",
                # "（c）朝日新聞社" (its opening bracket is trimmed as decor); a Japanese name, so
                # that no Latin "(c) Name" line of another language is read here
                # (three patterns, each with its own literal for the gate: one holding
                # "c)" or "c）" would be gated by a bare "c", so asked of every line)
                r"c） ?\d{0,4}(?:[-–]\d{4})? ?[\p{Han}\p{Katakana}][\p{L}\p{N}・&., ]{0,59}",
                r"c\) ?\d{0,4}(?:[-–]\d{4})? ?[\p{Han}\p{Katakana}][\p{L}\p{N}・&., ]{0,59}",
                r"copyright ?[(（]?c[)）] ?\d{0,4}(?:[-–]\d{4})? ?[\p{Han}\p{Katakana}][\p{L}\p{N}・&., ]{0,59}",
                r"著作権は[^。]{1,40}に帰属します",
                # "…記事、写真などを許可なく転載することを禁じます。"
                r"[^。]{0,60}?(?:無断で|許可なく|許可なしに)(?:転載|複製|転用|使用)(?:・(?:転載|複製|転用|使用))*する(?:こと)?を(?:禁じます|禁止します|固くお断りします)[。.]?(?:[^。]{0,60}[。.]?)?",
            ],
        },
        "disclaimer": {
            "line": [r"(?:本|この)(?:記事|ページ|コンテンツ)は[^。]{0,30}(?:投資|売買)(?:の)?(?:勧誘|推奨)を目的と(?:した|する)もの(?:では|で)(?:あり|は)?ません[。.]?(?:[^。]{0,80}[。.]?)?"]},
        "ai_disclosure": {
            "line": [r"(?:この|本)(?:記事|文章|コンテンツ)は[、,]?(?:生成)?(?:ai|人工知能)(?:を(?:使って|使用して|利用して|活用して|用いて)|で|が|により|によって)[^。]{0,20}(?:作成|生成|執筆|翻訳|要約)(?:しました|されました|しています|されています|したものです|されたものです)[。.]?(?:[^。]{0,60}[。.]?)?"]},
    },
    "credits": {
        # No byline leads: the names after them are read only when capitalised
        # (credit_reader._is_name), which Japanese names never are.
        "photo_credit": {"label": [r"(?:写真|画像|撮影|写真提供|画像提供|提供写真)"]},
        "role": {"sentence": [r"記者", r"編集委員", r"論説委員", r"特派員", r"支局長", r"カメラマン", r"編集部", r"デスク"]},
        "caption": {"label": [r"写真説明"]},
        "contact": {"label": [r"(?:お)?問い合わせ(?:先)?", r"連絡先"]},
        "dateline": {"lead": [r"(?:公開|更新|配信|掲載|最終更新)(?:日|日時)?"]},
        "date_words": {"sentence": [r"(?:午前|午後|公開|更新|配信|掲載|最終更新|日時|月曜|火曜|水曜|木曜|金曜|土曜|日曜)"]},
    },
    "pitch": {"imperative": {"sentence": [r"^(?:今すぐ|無料で|ぜひ)(?:登録|購読|フォロー|ダウンロード|シェア)"]}},
}

PACK = LanguagePack(
    code="ja",
    phrases=PHRASES,
    stopwords=tuple("の に は を が で と も た です ます".split()),
    # Prompts address the reader by polite verb forms (〜してください), not a pronoun, and
    # a word found without spaces around it is never "a word" to shapes.addresses_reader.
    reader_words=None,
    reader_words_lowercase_only=None,  # no letter case
    polite_reader_words=None,  # no letter case
    # The rest of the credit words join, split or close capitalised names, which the
    # credits rules read only in Latin and Cyrillic capitals: none for Japanese.
    name_joiners=None,
    byline_words=None,
    place_words=None,
    platform_words=None,
    also_words=None,
    photo_words=("写真", "画像"),
    phone_labels=("電話", "ファクス", "ファックス"),
    comment_actions=("返信", "返信する", "通報", "通報する", "違反報告", "いいね"),
    # at the end of a line only ("3時間前"): inside prose "3時間前" is a report's time
    relative_time=(r"\d{1,3}\s*(?:秒|分|時間|日|週間|か月|ヶ月|年)前(?=\s*$)",),
    comment_says=None,  # commenters' lines carry a name and a time, no verb
    self_reference=("この記事", "本記事"),
    clock_words=None,  # clock times are written "10時30分", which the timestamp rule does not read
    ordinal_suffixes=None,  # day numbers take "日", a date shape the date rules do not read
)
