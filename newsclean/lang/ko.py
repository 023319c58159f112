"""Korean residue phrases, grouped by junk family and concept.

Written from what Korean news sites print around their articles (연합뉴스, 조선일보,
중앙일보, 동아일보, 한겨레, 경향신문, 한국일보, 한국경제, 매일경제, 서울신문, 뉴시스,
뉴스1, 오마이뉴스, 네이버 뉴스 / 다음 뉴스 pages): "<저작권자 © 연합뉴스, 무단 전재-재배포,
AI 학습 및 활용 금지>", "ⓒ 한국일보 무단전재 및 재배포 금지", "관련기사", "많이 본 뉴스",
"댓글 3", "공유하기", "네이버에서 … 구독하세요", "이 기사는 유료 회원 전용입니다".

What the line model can and cannot do for Korean:

- Korean writes spaces between word units (eojeol), so word counts and "is prose"
  work roughly, but particles stick to nouns ("댓글을", "기사는"): a phrase ends where
  its eojeol ends, and the patterns spell out the particle forms they accept.
- `shapes.sentences` splits only before a capital letter or digit, so a Korean
  paragraph is one sentence and one "sentence" hit would make all of it junk. There
  are no "sentence" patterns: every phrase is a whole line ("line", "label",
  "header", "button"), which a Korean residue line is.
- Bylines put the role after the name ("홍길동 기자", "(서울=연합뉴스) 홍길동 기자 = ..."),
  and the credits rules read a lead *before* capitalised names: Korean bylines,
  e-mail sign-offs ("hong@yna.co.kr") and "사진=연합뉴스" credits are not read. The
  dateline in front of the first paragraph ("(서울=연합뉴스) 홍길동 기자 =") is part of a
  body line; cuts take whole lines, so it stays. "입력 2024.05.10 10:30" is not read
  as a date (the date rules read dd.mm.yyyy and yyyy-mm-dd).

Ambiguities: "댓글" is also the subject of reports about comments (only "댓글" alone
or with a count is a header; not "독자 의견", which also heads readers' letters); "광고", "공유", "구독", "로그인" are ordinary nouns; "제보"
is also a report's "tip-off" ("제보는 지난 3일 접수됐다"): the tip line needs a channel
and an address after it.
"""

from .schema import LanguagePack

_OPEN = r"(?:[\[［【(（<〈《▶▷►■□◆◇●○☞·>※] ?)?"  # a label's opening mark, if any, and a space after it (a space alone before the label would make a search quadratic on a run of spaces)
_CLOSE = r"[\]］】)）>〉》]"
_SITE = r"(?:이|본|당) ?(?:웹 ?)?(?:사이트|홈페이지)(?:는|에서는)"
_PAID = r"(?:유료 ?)?(?:회원|구독자|가입자|프리미엄 ?회원|멤버십 ?회원)"

PHRASES = {
    "paywall": {
        "prompt": {
            # lines that say the text stops here; the members-only notice alone (the badge
            # at the top, too) is an account line and opens no wall
            "line": [
                r"(?:이 ?)?기사(?:의)? ?전문은 [^.]{0,30}(?:회원|구독자)[^.]{0,20}(?:수 있습니다|가능합니다)",
                r"(?:기사 ?)?(?:전문|전체 ?기사|나머지 ?기사)을 (?:보시려면|읽으시려면|보려면|읽으려면)[^.]{0,40}(?:로그인|구독|회원 ?가입)[^.]{0,30}",
                r"(?:로그인|구독|회원 ?가입)(?:하고|하시면|후) (?:기사 ?전문을|전체 ?기사를|나머지 ?기사를|계속) (?:보세요|읽어 ?보세요|보실 수 있습니다|읽으실 수 있습니다)",
            ],
        },
        "offer": {
            "line": [
                r"첫 ?(?:달|\d{1,2}개월) ?(?:무료|\d[\d,]*원)(?: ?[^.]{0,30})?",
                r"월 ?\d[\d,]*원(?:으로|에)? ?(?:모든 ?기사|무제한|구독)[^.]{0,30}",
                r"지금 ?구독하(?:기|세요)",
            ],
        },
        "account": {
            "line": [
                rf"(?:이 ?기사는 )?{_PAID} ?(?:전용|만 (?:보실|읽으실|열람하실|이용하실) 수 있는) ?(?:기사|콘텐츠)(?:입니다)?",
                rf"이 ?기사는 {_PAID} ?전용(?:입니다)?",
                rf"{_PAID}만 (?:열람|이용) 가능한 (?:기사|콘텐츠)입니다",
                r"이미 (?:회원|구독자|구독 ?중)이신가요\??(?: ?로그인(?:하기)?)?",
                r"(?:로그인|회원 ?가입)(?:하기)?",
            ],
            "button": [r"로그인", r"회원 ?가입", r"구독하기", r"구독"],
        },
    },
    "consent": {
        "cookie_notice": {
            "line": [
                rf"{_SITE} [^.]{{0,60}}(?:쿠키|cookie)(?:를|을)? (?:사용|이용|수집)합니다\.?(?: ?[^.]{{0,80}}\.?){{0,2}}",
                r"(?:쿠키|cookie) (?:사용|이용|수집)에 동의(?:합니다|하기)?",
                r"(?:쿠키|cookie) ?(?:설정|정책|관리)",
                r"(?:모두|전체) (?:허용|거부|동의)(?:하기)?",
            ],
            "button": [r"동의", r"동의하기", r"거부", r"거부하기", r"확인"],
        },
    },
    "newsletter": {
        "signup": {
            "line": [
                r"(?:무료 ?)?뉴스레터 ?(?:구독|신청)(?:하기)?",
                r"(?:무료 ?)?뉴스레터(?:를|을)? (?:구독|신청)하(?:세요|기)",
                r"[\p{Hangul}\p{N} ]{1,20} 뉴스레터를? (?:받아 ?보세요|구독하세요)",
                r"(?:이메일|메일) ?주소를 입력(?:하세요|해 ?주세요)",
                r"(?:뉴스레터 )?구독 ?(?:신청이)? ?완료(?:되었습니다|됐습니다)",
            ],
            "button": [r"구독하기", r"신청하기", r"신청"],
        },
    },
    "comments": {
        "section": {
            "header": [
                r"(?:전체 )?댓글(?: ?\d{1,6}(?:개|건)?| ?\(\d{1,6}\)?| ?\[\d{1,6}\]?)?",  # a closing bracket may be trimmed as decor
                r"(?:독자 ?)?댓글 ?(?:보기|목록)",
            ],
        },
        "form": {
            "line": [
                r"댓글을? (?:입력|작성|남겨)(?:하세요|해 ?주세요|주세요)",
                r"댓글 ?(?:작성|쓰기|등록|달기)(?:하기)?",
                r"로그인(?: 후| ?하고| ?하셔야| ?하시면) 댓글을? (?:작성하실|작성할|남기실|남길|쓰실|쓸|다실|달) 수 있습니다",
                r"(?:첫 (?:번째 )?)?댓글을 (?:남겨|작성해) ?(?:주세요|보세요)",
                r"(?:아직 )?(?:등록된 )?댓글이 없습니다",
                r"(?:최신순|공감순|추천순|과거순|답글순)",
            ],
            "button": [r"등록", r"답글", r"답글 ?쓰기", r"신고", r"공감", r"비공감", r"추천", r"삭제"],
        },
    },
    "related": {
        "read_next": {
            "label": [
                rf"{_OPEN}(?:관련 ?기사|관련 ?뉴스|추천 ?기사|함께 (?:보면|읽으면) 좋은 (?:기사|뉴스)|이 기사도 (?:읽어 ?보세요|함께 보세요)|더 읽어 ?보기){_CLOSE}?",
            ],
            "line": [
                rf"(?:관련 ?기사|관련 ?뉴스|추천 ?기사){_CLOSE} ?[^.]{{1,120}}",  # [관련기사] 제목
                r"(?:관련 ?기사|관련 ?뉴스|기사 ?전문|원문|기사 ?원문) ?(?:바로 ?가기|보기)",
                r"(?:더보기|더 보기|(?:기사|뉴스) ?더 ?보기|목록 ?보기)",
                r"(?:이전|다음) ?기사(?: ?보기)?",
            ],
        },
        "list": {
            "header": [
                r"(?:가장 )?많이 (?:본|읽은|공유한|댓글 단) (?:뉴스|기사)",
                r"(?:실시간 )?(?:인기|주요|최신|추천|관련|화제의) ?(?:기사|뉴스)",
                r"이 시각 (?:주요|많이 본|인기) ?(?:뉴스|기사)",
                r"(?:오늘의|주간|실시간) (?:인기 ?)?(?:뉴스|기사)",
                r"(?:기자의 )?다른 기사(?: ?보기)?|이 기자의 다른 기사",
            ],
        },
        "tail_header": {"header": [r"(?:관련|참고) ?(?:링크|자료)"]},
        "toc": {"header": [r"목차"]},
        "taxonomy": {"label": [r"(?:# ?)?(?:관련 ?)?(?:태그|키워드)"]},
    },
    "social": {
        "share": {
            "line": [
                r"(?:기사 ?)?(?:공유|인쇄|스크랩)(?:하기)?",
                # a run of toolbar buttons with at least one Korean one ("Facebook X" alone is any language's)
                r"(?:(?:공유(?:하기)?|페이스북|facebook|트위터|twitter|x|카카오톡|카카오 ?스토리|카카오|네이버 ?블로그|밴드|라인|링크 ?복사|url ?복사|주소 ?복사|이메일|메일|인쇄(?:하기)?|스크랩|글자 ?크기(?: ?(?:변경|조절|설정))?|기사 ?저장|북마크|기사 ?듣기)[\s,|/·•]*){2,16}+(?<=\p{Hangul}.{0,200})",
                r"(?:링크|url|주소)(?:가|이)? ?복사(?:되었습니다|됐습니다)",
                r"글자 ?크기 ?(?:변경|조절|설정)?",
            ],
            "button": [r"공유", r"인쇄", r"스크랩", r"카카오톡", r"페이스북"],
        },
        "follow": {
            "line": [
                r"(?:네이버|다음|구글)(?:에서| ?뉴스(?:에서)?)? [\p{L}\p{N}'’&. ]{1,30}(?:을|를)? ?(?:채널 )?(?:구독|팔로우)(?:하세요|하기|해 ?주세요)!?",
                r"(?:카카오톡|텔레그램|유튜브|인스타그램|페이스북|x|트위터|스레드)(?:에서|으로|로)? ?[\p{L}\p{N}'’&. ]{0,30}(?:채널|계정)?(?:을|를)? ?(?:구독|팔로우|친구 ?추가|추가)(?:하세요|하기|해 ?주세요)!?",
            ],
        },
    },
    "promo": {
        "app": {
            "line": [
                r"(?:[\p{L}\p{N}]{1,20} )?앱 ?(?:다운로드|설치)(?:하기|하세요)?",
                r"앱(?:에서|으로) (?:보기|읽기|더 ?보기|기사 ?보기)",
            ],
        },
        "membership": {"line": [r"(?:좋은 ?기사 ?)?(?:원고료로 )?(?:응원하|후원하)(?:기|세요)", r"(?:[\p{L}\p{N}]{1,20} )?후원(?:하기|회원 ?가입)"]},
        "affiliate": {
            "line": [
                r"(?:이 ?)?(?:포스팅|기사|콘텐츠)은? [\p{L}\p{N} ]{1,20} 활동의 일환으로,? 이에 따른 (?:일정액의 )?수수료를 제공받습니다",
                r"(?:이 ?)?(?:기사|콘텐츠)는 [\p{L}\p{N} ]{1,30}(?:의|와|과) (?:협찬|후원|지원)(?:을|으로)? (?:받아 )?(?:작성|제작)(?:되었습니다|됐습니다|했습니다)",
                r"(?:광고|협찬|스폰서) ?(?:기사|콘텐츠)",
            ],
        },
        "tips": {
            "line": [
                # a tip line names a channel and an address ("제보는 카카오톡 okjebo"), not a report's tip-off
                r"(?:기사 |뉴스 |독자 )?제보(?:는|하기)? ?(?:카카오톡|이메일|e-?mail|전화|메일|문자)[\s:：]*[a-z0-9@._\-]{2,40}(?: ?[/|,·] ?(?:(?:카카오톡|이메일|e-?mail|전화|메일|문자)[\s:：]*)?[a-z0-9@._\-]{2,40}){0,4}",
                r"(?:독자 ?)?제보를 기다립니다",
            ],
        },
    },
    "media": {
        "advert": {"line": [r"광고|광고 ?영역"]},
        "embed": {
            "line": [
                r"(?:기사 ?)?(?:읽는 시간|읽는시간|읽는 데 걸리는 시간|읽기 시간|읽기시간) ?:? ?(?:약 )?\d{1,3}분",
                r"(?:약 )?\d{1,3}분 (?:분량|읽기)",
                r"(?:로딩 ?중|불러오는 ?중)(?:입니다)?(?:…|\.\.\.)?",
                r"(?:동영상|영상) ?(?:재생|보기)",
                r"(?:사진|이미지) ?(?:확대(?: ?보기)?|크게 보기|\d{1,4}장)",
                r"(?:ai가 |음성으로 )?(?:기사 ?)?(?:듣기|읽어 ?주기)",
            ],
        },
    },
    "legal": {
        "copyright": {
            "line": [
                # "<저작권자 © 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>", "ⓒ 한국일보 무단전재 및
                # 재배포 금지": the formula, not a report's "무단 전재를 금지하는 법안"
                r"(?:.{0,100}?[ ,.]|)무단 ?(?:전재|복제|도용) ?(?:및|[-·ㆍ/,]|와) ?(?:재배포|배포|복제)(?: ?(?:및|[-·ㆍ/,]) ?(?:재배포|배포|복제))?"
                r"(?:(?:,| 및)? ?(?:ai|인공지능) ?(?:학습|활용|이용)(?: ?(?:및|[-·ㆍ/,])? ?(?:활용|이용|학습))?)? ?금지(?:합니다)?(?: ?[\])>〉》])?",
                # the holder's name in Hangul: a Latin "Copyright (c) Press Association" line is
                # any language's (and the English pack's call)
                r"(?:저작권자|copyright) ?(?:[©ⓒ]|\(c\)) ?\p{Hangul}[\p{L}\p{N}&.,()/ ]{0,59}",
            ],
        },
        "disclaimer": {"line": [r"(?:이|본) (?:기사|콘텐츠|자료)는 (?:투자 ?)?(?:참고용|정보 제공)[^.]{0,60}(?:않습니다|없습니다|바랍니다)\.?(?: ?[^.]{0,80}\.?)?"]},
        "ai_disclosure": {"line": [r"(?:이|본) (?:기사|콘텐츠)는 (?:생성형 )?(?:ai|인공지능)(?:를|을|로|가)? ?(?:활용|이용|사용)?(?:해|하여)? ?[^.]{0,20}(?:작성|생성|번역|요약)(?:되었습니다|됐습니다|했습니다)\.?(?: ?[^.]{0,60}\.?)?"]},
    },
    "credits": {
        # No byline leads: Korean puts the role after the name ("홍길동 기자"), and the
        # names after a lead are read only when capitalised (credit_reader._is_name).
        "photo_credit": {"label": [r"(?:사진|이미지|그래픽)(?: ?(?:제공|출처))?", r"출처"]},
        "role": {"sentence": [r"기자", r"특파원", r"논설위원", r"선임기자", r"객원기자", r"편집국", r"데스크", r"칼럼니스트"]},
        "contact": {
            "label": [r"문의", r"연락처"],
            # "홍길동 기자 hong@yna.co.kr" closing an article: the line goes as a contact line
            # (its name is not read, see above); only when an e-mail address is all that follows
            "lead": [r"\p{Hangul}{2,4} ?(?:기자|특파원|선임기자|객원기자)(?= [\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+\s*$)"],
        },
        "dateline": {"lead": [r"(?:기사 ?)?(?:입력|수정|승인|등록|업데이트|최종 ?수정)(?: ?일(?:시)?)?"]},
        "date_words": {"sentence": [r"(?:오전|오후|입력|수정|승인|등록|업데이트|월요일|화요일|수요일|목요일|금요일|토요일|일요일)"]},
    },
    "pitch": {"imperative": {"sentence": [r"^(?:지금 )?(?:구독|가입|팔로우|공유|다운로드|로그인|신청)(?:하기|하세요|해 ?보세요)"]}},
}

PACK = LanguagePack(
    code="ko",
    phrases=PHRASES,
    stopwords=tuple("및 등 이 그 것 수 더 또 이번 위해".split()),
    # "여러분" and "당신" are in every quoted speech ("국민 여러분"); prompts address the
    # reader by the polite imperative (-세요), not a pronoun.
    reader_words=None,
    reader_words_lowercase_only=None,  # no letter case
    polite_reader_words=None,  # no letter case
    # The rest of the credit words join, split or close capitalised names, which the
    # credits rules read only in Latin and Cyrillic capitals: none for Korean.
    name_joiners=None,
    byline_words=None,
    place_words=None,
    platform_words=None,
    also_words=None,
    photo_words=("사진",),
    phone_labels=("전화", "팩스", "휴대전화"),
    comment_actions=("답글", "답글쓰기", "신고", "신고하기", "공감", "비공감"),
    # at the end of a line only ("홍길동 3시간 전"): inside prose it is a report's time
    relative_time=(r"\d{1,3}\s*(?:초|분|시간|일|주|개월|달|년)\s*전(?=\s*$)",),
    comment_says=None,  # commenters' lines carry a name and a time, no verb
    self_reference=("이 기사는", "본 기사는", "이 기사를", "이 콘텐츠는"),  # particles stick to the noun
    clock_words=None,  # "오후 3:30" puts its word before the time
    ordinal_suffixes=None,  # day numbers take "일", a date shape the date rules do not read
)
