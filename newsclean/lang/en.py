"""English residue phrases, grouped by junk family and concept.

Written from what English-language news sites print around their articles (box
headers, buttons, consent and paywall copy) and the seeds in ``seeds/``. Sentence
patterns speak to the reader ("your inbox", "we use cookies"): reports about
cookies, newsletters or paywalls speak about them in the third person and must
not match.
"""

from .schema import LanguagePack

PHRASES = {
    "paywall": {
        # The sentence that stops the article: the wall starts here.
        "prompt": {
            "line": [
                r"(?:to |please )?(?:continue|keep) reading(?: this| the)?(?: article| story| post)?(?: \.\.\.|…)?",
                r"(?:subscribe|sign in|log in|login|register|sign up) (?:now )?to (?:continue|keep) reading(?: this| the)?(?: article| story)?",
                r"(?:this|the rest of this) (?:article|story|content|post) is (?:only )?(?:available|exclusive|reserved|for) (?:to |for )?(?:our )?(?:subscribers|members|premium \w+)(?: only)?",
                r"(?:for )?subscribers only",
                r"(?:premium|exclusive|subscriber)(?:-only)? (?:article|content|story)",
            ],
            "sentence": [
                r"to (?:continue|keep) reading(?: this| the)?(?: article| story)?,? (?:please )?(?:subscribe|sign in|log in|register|create)",
                r"(?:subscribe|sign in|log in|register|sign up|create a free account) (?:now |today )?to (?:continue|keep) reading",
                r"(?:you've|you have) (?:reached|hit|used up|used|read) (?:your|the|all (?:of )?your) (?:limit|maximum|quota|monthly limit|\d{1,6})(?: of)?(?: free)? (?:articles|stories)",
                r"(?:you've|you have) read \d{1,6} (?:of|out of) (?:your )?\d{1,6} free (?:articles|stories)",
                r"(?:you've|you have)(?: got)? \d{1,6} free (?:articles?|stories) (?:left|remaining)",
                r"this is your last free (?:article|story)",
                r"(?:this|the rest of this) (?:article|story|content) is (?:only )?(?:available|exclusive|reserved) (?:to|for) (?:our )?(?:subscribers|members|premium)",
                r"(?:unlock|read) (?:this|the full|the rest of this) (?:article|story) (?:by|with|when you) (?:subscrib|sign|log|regist)\w*",
                r"to (?:view|read|see|access) (?:the|this) (?:full|whole|complete|rest of the) (?:story|article),? (?:please )?(?:subscribe|log in|sign in|register)",
                r"subscribe (?:now |today )?(?:to [\p{L}\p{N}'’ ]{1,40} )?(?:for|to read) the (?:full|whole|complete) (?:story|article)",
            ],
        },
        # The offer around the wall: prices, trials, access.
        "offer": {
            "sentence": [
                r"(?:get|enjoy|unlock) (?:unlimited|full|complete) (?:digital |website |online )?access",
                r"(?:limited|unlimited|full) (?:website |digital |online )?access (?:each|every|per) (?:month|week)",
                r"continue reading (?:this article|this story) and get",
                r"(?:start|begin|try) (?:your|a|our) (?:free|\d{1,6}-day|risk-free) trial",
                r"(?:cancel|pause) (?:or (?:cancel|pause) )?(?:at )?any ?time",
                r"subscribe (?:now|today) (?:for|and|to get) (?:just|only|unlimited|full|\p{Sc} ?\d{1,6})",
                r"(?:for )?(?:just|only) \p{Sc} ?\d{1,6}(?:[.,]\d{1,6})?(?: a| per) (?:month|week|year)",
                r"(?:join|become) (?:today|now) (?:for|and)",
                r"(?:exclusive|subscriber-only) (?:newsletters|content|articles|benefits),? (?:plus|and) (?:much )?more",
            ],
        },
        # The sign-in line under the wall.
        "account": {
            "line": [
                r"already (?:a )?(?:subscriber|member|registered)(?: to [\p{L}\p{N}'’ ]{1,40})?\?? ?(?:(?:log|sign) ?in(?: here)?)?",
                r"already have an account\?? ?(?:(?:log|sign) ?in(?: here)?)?",
                r"forgot (?:your )?(?:password|username)\??",
                r"(?:log|sign) in(?: here)? to (?:your account|read|access)",
            ],
            "sentence": [
                r"already (?:a )?(?:subscriber|member)(?: to [\p{L}\p{N}'’ ]{1,40})?\?",
                r"not sure which e-?mail you used",
                r"(?:if you(?:'re|’re| are) )?already a subscriber,? (?:you can )?(?:log|sign) in",
                r"first-time subscribers (?:also )?(?:receive|get)",
                r"(?:need|having) (?:help|trouble) (?:with your|logging in|signing in)",
            ],
            "button": [r"(?:log|sign) ?in", r"subscribe(?: now)?", r"contact us", r"register"],
        },
    },
    "consent": {
        # Cookie banners and the consent gates that replace third-party embeds.
        "cookie_notice": {
            "sentence": [
                r"we (?:and our (?:\d{1,6} )?(?:partners|vendors) )?(?:use|store|place|process)(?: and/or access)? (?:cookies|similar technologies|tracking technologies|information on (?:a|your) device)",
                r"you (?:can|may) change your (?:preferences|choices) at any time by returning to (?:this|our) (?:web)?site",  # the IAB consent framework's banner
                r"(?:this|our) (?:web)?site uses cookies",
                r"by (?:continuing to (?:use|browse|visit)|using|browsing) (?:this|our) (?:web)?site,? you (?:agree|accept|consent)",
                r"you (?:agree|consent) to (?:our|the) use of cookies",
                # settings named as the cookies' or the consent's: "update your privacy settings",
                # "you can change your mind" are a how-to's advice too
                r"(?:to )?(?:manage|amend|change|update|review) your (?:cookie|consent) (?:preferences|settings|choices)",
                r"you (?:can|may) change your (?:cookie|consent) (?:settings|preferences|choices)",
                r"click (?:on )?[\"“']?(?:accept|agree|i agree|ok|allow)",
                r"by clicking [\"“']?(?:accept|agree|allow|ok)",
            ],
            "line": [
                r"(?:(?:accept|allow|enable|reject|refuse|deny|manage|decline)(?: all)?(?: cookies)?(?: once| just once| for this session)? ?)+",
                r"cookie (?:settings|preferences|policy|consent|notice|banner)",
                r"(?:privacy|consent) (?:settings|options|preferences|manager)",
                r"(?:manage|customi[sz]e) (?:consent|preferences|options|choices|settings)",
            ],
            "button": [r"accept", r"agree", r"i agree", r"ok", r"got it", r"settings", r"more (?:info|information|options)", r"allow", r"reject", r"decline"],
        },
        "embed_gate": {
            "sentence": [
                r"(?:this|the following) content is (?:provided|hosted|served) by [^.]{1,60}(?:which|that) (?:may be|is) using cookies",
                r"(?:which|that) may be using cookies",
                r"we need your (?:permission|consent)",
                r"to (?:view|see|show you|display|watch|play) this (?:content|video|embed|post),? (?:you|we)",
                r"(?:use|click) the buttons? below to (?:allow|accept|enable|amend|consent)",
                r"allow [\p{L}\p{N}\- ]{0,30}cookies (?:for this session|just once|once)",
                r"(?:unable|not able) to verify (?:if|whether|that) you(?: have)? consented",
                r"you have (?:not )?(?:consented|given consent|accepted)",
                r"allow (?:content|social media content|third-party content) provided by",
                r"(?:this|the) (?:article|page) contains content provided by",
                r"(?:we ask for your permission|with your permission) before (?:anything is loaded|loading)",
                r"(?:enable|accept) (?:cookies|javascript) to (?:view|see|watch|display)",
                r"^(?:this|the) (?:content|video|embed|post) is not (?:available|displayed|shown) (?:due to|because of) your (?:privacy|cookie|consent) (?:preferences|settings|choices)",
                r"^(?:please )?update your (?:privacy |cookie |consent )?(?:settings|preferences) (?:here )?to (?:see|view|show|watch|display) it",
            ],
        },
    },
    "newsletter": {
        "signup": {
            "line": [
                r"sign (?:up|me up) (?:for|to) (?:our|the|[\p{L}\p{N}'’&.\- ]{1,60}) (?:free )?(?:daily |weekly |morning |evening |breaking news )?(?:e-?mail )?(?:newsletters?|briefing|bulletin|alerts|digest)",
                r"(?:subscribe|sign up) to (?:our|the) (?:free )?(?:[\p{L}'’ ]{1,30} )?(?:newsletters?|briefing|digest)",
                r"subscribe to (?:the )?[\p{L}\p{N}'’&.\- ]{1,40}",
                r"(?:get|receive) (?:our|the) [\p{L}\p{N}'’ ]{0,40}newsletter",
                r"(?:newsletter|e-?mail) sign ?-?up",
                r"(?:our |the )?(?:free )?newsletters?",
                r"(?:thanks?|thank you) for (?:signing up|subscribing|registering)",
                r"sign up (?:here|now|today)(?: for free)?",
                r"you(?:'re|’re| are) (?:now )?(?:signed up|subscribed|all set)",
                r"there was (?:an? )?(?:error|problem) (?:processing your (?:subscription|sign-?up|request)|signing you up)\.?(?: please try again(?: later)?\.?)?",
                r"(?:enter|type|your) (?:your )?e-?mail(?: address)?(?: here)?",
                r"e-?mail address",
                r"never miss (?:a|an) (?:story|update|thing|headline)",
                r"(?:get|stay) (?:informed|updated|up to date)(?: with [\p{L}\p{N}'’ ]{1,40})?",
            ],
            "sentence": [
                r"(?:delivered|sent|straight|direct(?:ly)?|right) (?:directly |straight |right )?to your (?:inbox|e-?mail)",
                r"in your inbox (?:every|each)",
                r"sign (?:up|me up) (?:for|to) (?:our|the|[\p{L}\p{N}'’&.\- ]{1,60}) newsletters?",
                # a sentence that opens by telling the reader to sign up ("Sign up for the X Dispatch, which …");
                # not a tip of the article's own ("Sign up for your county's alerts", "… to vote")
                r"^\W*(?:sign up|subscribe)(?: now| today| here)? (?:for|to)(?! your\b| vote\b| ?:)",
                r"(?:by|when) (?:signing|you sign) up,? you (?:agree|accept|consent)",
                r"you (?:can|may) unsubscribe at any ?time",
                r"(?:see|read) our privacy (?:policy|notice)",
                r"newsletters? may contain info(?:rmation)? about",
                r"we use google recaptcha",
                r"the google privacy policy and terms of service apply",
                r"(?:get|receive) the (?:best|latest|top|biggest)[^.]{0,80}(?:delivered|in your inbox|to your inbox|every (?:morning|day|week))",
                r"by signing up (?:to|for) (?:our|the) (?:free )?(?:newsletter|alerts|e-?mails?)",
                r"never miss (?:the latest|a story|an update)[^.]{0,40}(?:sign|subscrib)",
                r"(?:do you want|would you like) to (?:be informed|stay informed|stay up to date|be updated|receive (?:our|the))",
            ],
            "button": [r"sign ?up(?: now| today| here)?", r"subscribe(?: now| today| here)?", r"sign me up", r"join(?: now)?", r"submit", r"subscribe (?:&|and) save", r"register(?: now)?", r"go"],
        },
    },
    "comments": {
        "section": {
            "header": [
                r"(?:\d{1,6} )?comments?(?: \(?\d{1,6}\)?)?",
                # counted only: a bare "Reactions" or "Responses" is a report's own subheading
                r"\d{1,6} (?:responses?|replies|reactions)|(?:responses?|replies|reactions) \(?\d{1,6}\)?",
                r"(?:\d{1,6}|one) (?:responses?|comments?|replies|thoughts) (?:to|on) [\"“‘'][^\"”’'.!?]{1,150}[\"”’']?",
                r"(?:reader|user|readers['’]) comments",
                r"(?:show|view|read|see|load|open)(?: all)?(?: \d{1,6})? comments?",
                r"leave a (?:comment|reply|response)",
                r"(?:post|add|write|submit) (?:a|your) (?:comment|reply)",
                r"join the (?:conversation|discussion|debate)",
                r"(?:discuss this article|have your say)",
                r"comments are (?:closed|disabled|now closed)",
            ],
        },
        "form": {
            "line": [
                r"was this (?:(?:article|story|page|information|content) )?(?:helpful|useful)(?:\?? yes,? no)?",  # the widget alone on its line
                r"your e-?mail(?: address)? will not be published\.?(?: required fields are marked ?\*?)?",
                r"required fields are marked ?\*?",
                r"you must be (?:logged|signed) in to (?:post|leave) a comment",
                r"(?:log|sign) in to (?:comment|reply|join the conversation)",
                r"be the first to comment",
                r"cancel reply",
                r"(?:post|submit) (?:comment|reply)",
                r"notify me of (?:follow-?up comments|new (?:posts|comments)) (?:by|via) e-?mail",
                r"save my name,? e-?mail,? and website in this browser[^.]*",
                r"(?:loading|load) comments(?:…|\.\.\.)?",
                r"no comments(?: yet)?",
                r"(?:comments?|commenting) (?:are|is|has been|have been) (?:now )?(?:closed|disabled|turned off)(?: (?:for|on) this (?:article|story|post))?",
                # blog engines' comment furniture (trackbacks, comment feeds, the form's mail field)
                r"trackback ur[il](?: for this (?:entry|post))?:?",
                r"trackbacks?(?: \(\d{1,5}\))?", r"permalink", r"\{? ?\d{1,5} comments?(?:…|\.\.\.)? read (?:them|it) below or add one ?\}?",
                r"(?:rss|atom) feed for comments on this (?:post|entry)\.?(?: trackback ur[il])?",
                r"(?:subscribe to: )?post comments \(atom\)?",  # a line's closing bracket is trimmed
                r"subscribe to:?",  # the same, its link text lost
                r"\*? ?(?:e-?mail|mail)(?: address)?:? \(?will not be published\)?(?: \(required\)?)?",
                r"(?:previewing|verify|preview) your comment",
                r"blog comments powered by [\p{L}\p{N}.\- ]{2,30}",
                r"(?:report|submit|suggest) (?:an? )?(?:error|correction|typo)(?: in this (?:article|story))?",
                r"contact the (?:author|reporter|writer)s?",
            ],
            "sentence": [
                r"your e-?mail(?: address)? will not be published",
                r"required fields are marked",
                r"save my name,? e-?mail",
                r"notify me of (?:follow-?up|new) (?:comments|posts)",
                r"comments (?:are|will be) (?:moderated|reviewed|pre-moderated)",
                r"(?:read|see|please follow) our (?:community|commenting|comment) (?:guidelines|standards|rules|policy)",
                r"^we welcome (?:thoughtful|civil|constructive) comments(?: from (?:our )?readers)?(?:[.!]|$)",  # a comment box's rules (not "we welcome comments on the draft plan")
                r"this site uses akismet to reduce spam",
                r"(?:we want to hear|tell us|let us know) what you think(?: (?:about|of) this (?:article|story))?",
                r"^was this (?:article|story|page|information|content) (?:helpful|useful)\?",
                r"submit (?:a|your) letter to the editor",
                r"you can follow any responses to this (?:entry|post) through the (?:rss|atom)",
                r"(?:both comments and pings|comments and trackbacks|trackbacks and pingbacks) are (?:currently )?(?:closed|open)",
                # a comment form's states and its image check
                r"your comment (?:could not be posted|has (?:not yet )?been (?:posted|saved|submitted|received))",
                r"^this is only a preview\W*$",
                r"this prevents automated (?:programs|bots|spam) from posting comments",
                r"(?:enter|type) the (?:letters|characters|words|code)(?: and numbers)? (?:you see )?(?:in|from) the image",
                r"the (?:letters|characters|code)(?: and numbers)? you entered (?:did not|do not|don['’]t) match",
                r"having trouble reading (?:this|the) image",
                r"you can follow this conversation by subscribing to the comment feed",
            ],
            "button": [r"reply", r"report", r"yes,? no", r"like", r"name ?\*?", r"e-?mail ?\*?", r"website", r"comment ?\*?", r"submit", r"post", r"cancel"],
        },
    },
    "related": {
        # A label, then a link to another story.
        "read_next": {
            "label": [
                r"see also", r"read next", r"read more", r"related", r"also read", r"also see", r"read also",
                r"related (?:article|story|stories|content|coverage|reading|news|video)",
                r"more on (?:this|that)(?: story| topic)?", r"recommended(?: for you| reading)?",
                r"don['’]?t miss", r"must read", r"editor['’]?s picks?", r"further reading",
                r"what to read next", r"up next", r"you (?:may|might) also like", r"more (?:coverage|reading)",
                r"(?:catch|read) up", r"previously", r"you (?:may|might) also (?:like|enjoy|read)", r"recommended reading",
                r"(?:next|previous|prev) (?:article|post|story|entry)", r"related on [\p{L}\p{N}.\-]{2,30}",
            ],
            "line": [
                r"read (?:more|the full (?:story|article))(?: here)?(?: (?:at|on) [\p{L}\p{N}'’&.\- ]{1,40})?",
                r"click here (?:to read more|for more|to read the full (?:story|article))",
                r"(?:back|return|go|jump|scroll) to top(?: of (?:the )?(?:page|article))?", r"(?:back|return) to the top of the (?:page|article)", r"top of (?:the )?page",
                r"(?:newer|older) (?:posts?|entries|articles)", r"skip to (?:the )?(?:main )?(?:content|navigation|main|search|footer|menu)", r"(?:text|font)[ -]?size(?::|(?: ?[aA][+\-−]?){1,3})(?: ?[aA][+\-−]?){0,3}",
                r"(?:increase|decrease|reset|larger|smaller) (?:text|font)(?: size)?",
                r"(?:see|view|show|load) (?:all|more)(?: [\p{L}\p{N}'’ ]{1,30})?",
                r"more (?:stories|news|articles) (?:from|on|about) [\p{L}\p{N}'’&.\- ]{1,40}",
                r"(?:next|previous|prev) (?:article|post|story)(?: [\p{L}\p{N}'’&.\- ]{1,60})?",
                r"(?:follow|read|see) (?:our|the) (?:full|complete|latest|live) coverage(?: of [\p{L}\p{N}'’&.\- ]{1,60})?(?: (?:at|on|here)(?: \S{1,120})?)?\.?",
            ],
        },
        # Tail sections of press releases and blogs: only after the last body paragraph.
        "tail_header": {"header": [r"(?:more|further|additional) information", r"related links", r"about the author", r"about this series", r"release date", r"notes to editors", r"media (?:contact|enquiries)"]},
        # "Go to ...", ">> Headline <<" teasers.
        "arrow": {"sentence": [r"^(?:>>|►|▶|→)\s?[^<>.!?]{5,150}(?:\s?(?:<<|◄))?$"]},
        # A table of contents repeats the subheadings that follow.
        "toc": {"header": [r"(?:table of )?contents", r"in this (?:article|story|guide)", r"jump to"]},
        # "WATCH: <headline>" teasers; the labels are ordinary words, so a headline must follow.
        "teaser": {"label": [r"watch", r"listen", r"video", r"gallery", r"photos", r"in pictures"]},
        # Taxonomy lines: "Tags: a, b", "Category: News", "Filed under: ...".
        "taxonomy": {"label": [r"tags?", r"tagged(?: with| as| in)?", r"(?:explore )?related (?:topics|tags)", r"categor(?:y|ies)", r"filed under", r"topics?", r"keywords?", r"posted in", r"section", r"labels"]},
        # "Ukraine war latest: ..." / "Israel-Gaza live: ..." teasers.
        "topic_latest": {
            "label": [r"[\p{L}\p{N}'’\- ]{2,50} latest", r"[\p{L}\p{N}'’\- ]{2,50} live(?: updates| blog)?"],
        },
        "list": {
            "header": [
                r"related(?: articles| stories| content| coverage| topics| posts| news| reading| links)?",
                r"most (?:read|popular|viewed|shared|commented|watched)(?: (?:stories|articles|news|today|this week))?",
                r"(?:more|top|latest|trending|popular) (?:stories|news|headlines|articles|posts)",
                r"recommended(?: stories| articles| for you| reading)?",
                r"you (?:may|might) (?:also )?(?:like|be interested in|enjoy)",
                r"trending(?: now| stories)?", r"popular(?: now| today)?", r"don['’]?t miss",
                r"more (?:from|in|on) [\p{L}\p{N}'’&.\- ]{1,30}", r"further reading", r"what to read next",
                r"recent (?:posts|entries|articles|stories)",
                r"editor['’]?s picks?", r"around the web", r"(?:sponsored|promoted) (?:stories|content|links)",
                r"from (?:our|the) partners?", r"latest(?: news| stories)?", r"read more", r"more stories",
                r"more on this (?:story|topic)", r"top stories", r"related topics", r"explore more on these topics",
            ],
        },
    },
    "social": {
        "share": {
            "line": [
                r"share (?:this|the) (?:article|story|post|page|video)(?: (?:on|via|with) [\p{L}\p{N} ]{1,30})?",
                r"share this with (?:your )?friends",
                r"share (?:on|via|with|to) (?:facebook|twitter|x|linkedin|whatsapp|e-?mail|pinterest|reddit|telegram|messenger|bluesky|threads)",
                r"(?:click to )?share on [\p{L}\p{N} ]{1,30}(?: \(opens in new window\))?",
                r"(?:(?:share|tweet|e-?mail|print|pin|copy(?: link)?|link|facebook|twitter|linkedin|whatsapp|telegram|reddit|pinterest|flipboard|messenger|mail|threads|bluesky|mastodon|xing|save|gift(?: this)? article)[\s,|/·•]*){2,14}",
                r"(?:opens|open) in (?:a )?new (?:window|tab)",
                r"share (?:page|full article)", r"about sharing", r"gift (?:this )?article", r"send any friend a story",
                r"save (?:this )?(?:article|story)(?: for later)?",
                r"copy(?:ied)? (?:link|url)(?: to clipboard)?",
                r"share this", r"bookmark and share",  # a share bar's header ("Share this:") whose buttons were lost
            ],
            "button": [r"share", r"tweet", r"e-?mail", r"print", r"copy link", r"save", r"facebook", r"twitter", r"whatsapp", r"linkedin",
                       r"like this", r"like", r"pin it!?", r"pinterest", r"reddit", r"flipboard", r"print(?:er)?[ -]friendly(?: version| page)?",
                       r"e-?mail (?:this|to a friend)"],
        },
        "follow": {
            "line": [
                r"follow (?:us|me|[\p{L}\p{N}'’.\- ]{1,40}) on (?:facebook|twitter|x|instagram|tiktok|linkedin|youtube|threads|bluesky|mastodon|google news|whatsapp|telegram)(?:[\s,]+(?:and |or )?(?:facebook|twitter|x|instagram|tiktok|linkedin|youtube|threads|bluesky))*",
                r"(?:like|follow) us(?: on [\p{L} ]{1,30})?",
                r"join (?:us|our community|the conversation) on [\p{L} ]{1,30}",
                r"join our (?:free )?(?:whatsapp|telegram|discord|signal) (?:channel|group|community)(?: for [^.!?]{1,50})?",
                r"(?:connect with|find) us on (?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|threads|bluesky)(?:[\s,]+(?:and |or )?(?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|threads|bluesky))*",
                r"follow (?:the )?(?:topics?|authors?)(?: in this story)?",
            ],
            "sentence": [  # (not "if you follow me on Twitter, you know ...": a blogger's own sentence)
                r"(?<!\bif you )follow (?:us|me) on (?:facebook|twitter|x|instagram|tiktok|linkedin|youtube|threads|bluesky|google news)",
                r"(?<!\bif you )(?:like|follow) (?:us|our page) (?:on|for)",
                r"(?:please )?share this (?:article|story|post) with (?:your )?(?:friends|family)",
                r"^follow [\p{L}\p{N}'’.@\- ]{1,40} on (?:facebook|twitter|x|instagram|tiktok|linkedin|youtube|threads|bluesky)",
                r"^follow @\w{2,30}(?: (?:on [\p{L}]+|for (?:[\p{L}'’]+ ){0,5}(?:news|updates|headlines|coverage|analysis)))?(?:[.!]|$)",  # "Follow @nytimesworld for breaking news."
            ],
        },
    },
    "promo": {
        "app": {
            "line": [
                r"(?:download|get|install|try) (?:the|our) (?:free )?[\p{L}\p{N}'’&.\- ]{0,30}app(?: (?:now|today|for (?:free|ios|android)))?",
                r"(?:open|read|continue) in (?:the )?app",
                r"click here (?:to get|to download|for) the [\p{L}\p{N}'’&.\- ]{0,30}app",
                r"(?:available|get it|download it) on (?:the )?(?:app store|google play)(?: (?:and|or) (?:the )?(?:app store|google play))?",
            ],
            "sentence": [r"download (?:the|our) [\p{L}\p{N}'’&.\- ]{0,30}apps? (?:for|to|and|on)", r"available (?:for free )?on (?:the )?app store and google play"],
        },
        "podcast": {
            "line": [r"(?:listen|subscribe|follow)(?: to)? (?:our|the) podcast(?: on [\p{L} ]{1,30})?", r"listen (?:on|to (?:it|this) on) (?:apple podcasts|spotify|google podcasts|amazon music)"],
            "sentence": [
                r"wherever you get your podcasts",
                r"(?:subscribe|listen|follow) (?:to )?[^.]{1,60} on (?:apple podcasts|spotify|google podcasts|amazon music)",
            ],
        },
        "trading": {
            "sentence": [
                r"trade confidently with",
                r"(?:get|receive|free) (?:real-time |free )?(?:stock|trading|market) (?:alerts|ideas|picks|signals)",
                r"(?:insights|alerts) from analyst ratings",
            ],
        },
        "affiliate": {
            "label": [r"advertisement", r"sponsored(?: content)?", r"paid (?:post|content)"],
            "sentence": [
                r"(?:this|the) (?:article|post|page|story) (?:may )?contains? affiliate links",
                r"we (?:may )?(?:earn|receive|get) (?:a )?(?:small )?(?:commission|compensation|share of (?:the )?(?:sales|revenue))",
                r"(?:when|if) you (?:buy|purchase|shop|click) (?:something )?(?:through|via|using) (?:links|our links|a link)",
                r"as an amazon associate",
                r"(?:contains|includes) references to products from (?:one or more of )?our (?:advertisers|partners)",
                r"(?:our )?advertisers? (?:do|does) not (?:influence|affect) (?:our|the)",
                r"we (?:may )?receive compensation when you click",
                r"we recommend the best products through an independent review process",
                r"terms (?:and conditions )?apply to (?:the|all) offers",
            ],
            "line": [r"(?:sponsored|promoted)(?: (?:content|post|story|by [\p{L}\p{N}'’&.\- ]{1,40}))?", r"supported by", r"brought to you by [\p{L}\p{N}'’&.\- ]{1,40}", r"paid (?:post|content|partnership)(?: with [\p{L}\p{N}'’&.\- ]{1,40})?", r"advertiser content(?: from [\p{L}\p{N}'’&.\- ]{1,40})?"],
        },
        # Tip lines: "Have a news tip? Email us at ...".
        "tips": {"sentence": [r"(?:have|got) (?:a )?(?:news )?tips?\?", r"(?:have|got) a (?:news )?story(?: (?:for us|idea|to tell))?\?", r"send us (?:a |your )?(?:news )?tips?", r"^send (?:your )?(?:news )?tips to\b"]},
        "membership": {
            "sentence": [
                r"(?:become|join as) a (?:member|supporter|subscriber|patron)",
                r"support (?:our|independent|quality|local|this) (?:journalism|reporting|newsroom|work)",
                r"(?:make|give) a (?:one-off |monthly )?(?:contribution|donation)",
                r"we have a small favou?r to ask",
                r"if you (?:value|enjoyed|appreciate|liked|like)(?: reading)? (?:this|our) (?:article|post|story|journalism|reporting|work|content)",
                r"(?:please )?consider (?:supporting|subscribing|donating|becoming)",
                r"(?:support|donate to) [\p{L}\p{N}'’ ]{1,30} (?:from|for) (?:as little as )?\p{Sc} ?\d{1,6}",
            ],
            # (what is supported is the site or its journalism: "Support and QA", "Support for
            # Ukraine" are an article's subheadings)
            "line": [r"support (?:us|our (?:work|journalism|reporting|newsroom)|(?:independent|local|quality|nonprofit) (?:journalism|news|reporting))(?: today| now)?", r"donate to (?:us|[\p{L}\p{N}'’ ]{1,30})(?: today| now)?", r"(?:donate|contribute)(?: now| today)?"],
        },
    },
    "media": {
        "advert": {
            "line": [
                r"(?:advertisement|advertising|advert|ad|ads|sponsored)",
                r"(?:ads|advertisements?|sponsored (?:content|links|stories|posts)|promoted (?:content|stories|links)) by [\p{L}\p{N}.\- ]{2,30}",
                r"(?:the )?(?:story|article) continues (?:below|after (?:this )?(?:advertisement|ad))",
                r"(?:story|article|content) continues below(?: advertisement)?",
                r"skip (?:advertisement|ad|ads)", r"continue reading the main story", r"remove ads", r"ad feedback",
                r"continue reading below", r"scroll (?:down )?to continue(?: with content| reading)?",
            ],
        },
        "embed": {
            "line": [
                r"(?:loading|load)(?: comments| video| content| more)?(?:…|\.\.\.)?",
                r"(?:play|watch|replay|pause) (?:video|now|the video)",
                r"(?:video|image|photo|gallery|media|embed|close|expand|enlarge|fullscreen)",
                r"(?:view|open|see|enlarge|expand) (?:image|photo|gallery|this image|full ?screen|slideshow)",
                r"(?:toggle|hide|show) caption",
                r"(?:view|watch) this post on (?:instagram|facebook|tiktok|twitter|x)",
                r"a post shared by .{1,80}",
                r"\d{1,6} (?:photos|images|pictures|videos)",
                r"pic\.twitter\.com/\w+",
                r"embed from getty images", r"0:00 / \d{1,2}:\d{2}(?::\d{2})?",  # a photo embed's label; a player's clock before play
                r"(?:listen to (?:this )?(?:article|story)(?: \d{1,6} min(?:utes?)?)?|\d{1,6}[- ]min(?:ute)?s? (?:read|listen))",
                r"(?:(?:estimated |approximate )?reading time|read time|lesezeit):? (?:about |approx\.? |ca\. )?\d{1,6} min(?:utes?)?",
                r"(?:your browser does not support|this browser does not support) (?:the )?(?:video|audio|iframe)[^.]{0,40}",
                r"(?:audio|video) (?:is )?not supported (?:on|by|in) your browser\.?(?: please (?:upgrade|update)(?: your browser)?\.?)?",
                r"listen(?: to (?:this )?(?:article|story))? ?[·•|-] ?\d{1,2}:\d{2}(?: min(?:utes?)?)?",
                r"(?:image|photo|video) (?:\d{1,6} )?(?:of|/) \d{1,6}",
                r"video (?:available|online) (?:until|till) [\p{L}\p{N}.,: ]{4,30}",
                r"(?:published|updated|posted) \d{1,6} (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?) ago",
                # a widget's state message, left where the widget stood
                r"(?:this|the) (?:service|feature|content|video|audio|player|widget|map|page) is (?:temporarily|temporary|currently) (?:unavailable|not available)(?: due to [\p{L} ]{1,40})?\.?(?: please try again(?: later)?\.?)?",
                r"(?:oops[!,.]? )?(?:something went wrong|an error (?:has )?occurred)[.!]?(?: please (?:try again|refresh the page)(?: later)?[.!]?)?",
                r"please try again(?: later)?[.!]?",
                r"this (?:video|clip) is (?:playable across all supported devices|(?:currently |no longer )?(?:unavailable|not available)(?: in (?:your (?:country|region)|the format required for your device(?:/os)?))?)\.?",
                # a web video player's screen-reader strings
                r"this is a modal window\.?(?: this modal can be closed by pressing the escape key or activating the close button\.?)?",
                r"(?:beginning|end) of dialog window\.?",
                r"(?:descriptions|subtitles|captions) off, selected",
                r"(?:subtitles|captions) settings, opens (?:subtitles|captions) settings dialog",
            ],
            "sentence": [
                r"— [^()\n]{1,60} \(@\w{1,30}\) (?:\p{L}+ \d{1,2}, \d{4}|\d{1,2} \p{L}+ \d{4})",
                r"(?:your browser does not support|this browser does not support) (?:the )?(?:video|audio|iframe)",
            ],
        },
        # File download stubs: "PDF | 38 KB".
        "download": {"sentence": [r"(?:pdf|docx?|xlsx?|pptx?|zip|mp3|epub)\s?[|,(]?\s?\d{1,6}(?:[.,]\d{1,6})?\s?(?:kb|mb|kib|mib)", r"datei ist nicht barrierefrei"]},
    },
    "legal": {
        "copyright": {
            # the reprint desk's links ("Reprints & Permissions"); not "Reprints" or "Licensing" alone, subheadings too
            "line": [r"order (?:a )?reprints?", r"reprints? (?:&|and) (?:permissions|licensing)", r"republish this (?:article|story)"],
            "sentence": [
                r"©",
                r"\(c\) ?\d{4}",
                r"copyright (?:©\s*)?(?:\d{4}|by)",  # not "copyright <Name>": case-blind, that is "copyright law"
                r"all rights reserved",
                r"this material may not be published, broadcast, rewritten,? or redistributed",
                r"(?:no|any) (?:part|portion) of this (?:article|publication|material) may be reproduced",
                r"(?:this|the) (?:article|content|story) is the copyright(?:ed)? property of",
                r"written permission must be obtained before (?:reprint|republication|reproduction)",
                r"(?:reproduction|republication|reprinting) (?:is )?(?:prohibited|not permitted|forbidden) without (?:prior )?(?:written )?permission",
                # reprint and licence notices: how the reader may (not) use this copy
                r"(?:this copy is )?for your personal,? non-?commercial use only",
                r"to order (?:presentation-ready|multiple|additional) copies",
                r"(?:distribution and use|use and distribution) of this material (?:is|are) governed by",
                r"(?:this|the) material (?:on this (?:site|page) )?may not be (?:reproduced|copied|republished),? (?:distributed|redistributed)",
                # the copy itself, not "the photos may not be reproduced" of a story about a ruling
                r"(?:this (?:copyrighted )?(?:article|story|content)|copyrighted material|material (?:from|on) this (?:site|website|page)) may not be (?:reproduced|reprinted|published|republished|copied|redistributed|distributed|broadcast)",
                r"for (?:reprints?|licensing|permissions?)(?: (?:and|or|&) (?:reprints?|licensing|permissions?))? (?:requests|inquiries|enquiries|information)",
                r"(?:to )?(?:inquire|enquire|ask) about (?:a|the) licen[cs]e to reproduce",
                r"copyright ?: ?[\p{L}]+",
                r"our (?:editorial )?standards ?:",
                r"^reuse this content$",
                # reprint notices: this very copy came from elsewhere ("republished from X under a Creative Commons license")
                r"^this (?:article|story|post|piece|essay|column|report|interview) (?:is|was|has been) (?:re-?published|reprinted|syndicated) (?:here )?(?:from|with (?:the )?permission|courtesy of)",
                r"^this (?:article|story|post|piece|essay|column|report|interview) (?:was )?(?:originally|first) (?:published|appeared|ran) (?:on page \d{1,4} of|on|in|at|by) [\p{L}\p{N}'’&.:/\- ]{2,60}(?:,? \d{4})?(?:[.!]|$)",
                r"^a version of this (?:article|story|post|piece|essay|column|report|interview) (?:originally |first )?(?:appeared|ran|was published)",
                r"^(?:re-?published|reprinted|reproduced) (?:here )?with (?:the )?(?:kind )?permission (?:of|from) [\p{L}\p{N}'’&.:/\- ]{2,60}(?:[.!]|$)",
                r"^read the original (?:article|story|post)",
            ],
        },
        # the site's own footer notices: its software, the browser it wants
        "site_notice": {
            "line": [r"(?:(?:blog|site|website) )?(?:proudly )?powered by [\p{L}\p{N}.\-]+(?: [\p{L}\p{N}.\-]+){0,2}"],
            "sentence": [
                r"(?:this (?:page|site|website) is |site )?best viewed (?:in|with|at|using) (?:an? )?(?:up-to-date |modern |recent |the latest )?(?:web )?(?:browsers?|internet explorer|ie ?\d|netscape|firefox|chrome|safari|\d{3,4} ?x ?\d{3,4})",
                r"^site requirements ?:",
            ],
        },
        "disclaimer": {
            "sentence": [
                r"(?:does|do) not (?:provide|offer|constitute|give) (?:investment|financial|legal|tax) advice",
                r"(?:is|are) not (?:intended as|to be construed as) (?:investment|financial|legal) advice",
                r"(?:the )?views (?:and opinions )?expressed (?:here|in this (?:article|column|piece)) are (?:those of|the author)",
            ],
        },
        "ai_disclosure": {
            "sentence": [
                r"(?:this|the) (?:article|story|content|report|summary|text|piece|post) (?:was|is|has been) (?:\w+ ){0,3}(?:generated|written|produced|created|drafted|compiled|translated|summari[sz]ed)(?: in part| partially| partly)? (?:by|with|using) (?:the )?(?:help |assistance |support )?(?:of )?(?:\w+ ){0,3}(?:ai|a\.i\.|artificial intelligence|gpt[\w.\-]*|chatgpt|llms?|large language models?|generative|automated|machine|an algorithm)",
                r"(?:ai|a\.i\.)-generated (?:content|article|story|text|summary)",
                r"generated (?:by|with|using) (?:an? )?(?:ai|artificial intelligence|generative ai|language model)",
                r"content generation (?:system|engine|tool|platform)",
                r"(?:gpt[\w.\-]*|ai|llm)[- ](?:based|powered|assisted|generated) [\p{L} ]{0,40}(?:system|content|stories|articles|summary)",
                r"(?:written|produced|created) with the (?:help|assistance|support) of (?:ai|artificial intelligence|generative ai)",
            ],
        },
    },
    "credits": {
        "byline": {"lead": [r"by", r"written by", r"words by", r"story by", r"text by"], "label": [r"author", r"authors", r"byline"]},
        "editor": {"lead": [r"edited by", r"editing by", r"edited and produced by", r"produced by", r"sub-?edited by"], "label": [r"editor", r"editors", r"editing"]},
        "contributor": {
            "lead": [r"additional reporting by", r"additional reporting", r"reporting by", r"writing by", r"with reporting (?:by|from)", r"compiled by", r"research by"],
            "label": [r"reporting", r"additional reporting", r"contributors?"],
            "sentence": [r"contributed (?:reporting )?to this (?:report|story|article)", r"contributed reporting"],
        },
        "photo_credit": {
            "label": [r"photo(?:graph)?s?(?: credit)?", r"image(?: credit)?s?", r"picture(?: credit)?s?", r"credits?", r"illustration", r"(?:top|main|header|cover|lead|featured) (?:image|photo)", r"photography", r"image source"],
            "lead": [r"photo(?:graph)?s? by", r"images? by", r"pictures? by", r"illustrations? by", r"image source,"],
        },
        "ai_author": {"lead": [r"engineered by", r"generated by"]},
        "credit_other": {"lead": [r"designed by", r"graphics? by", r"videos? by", r"animations? by", r"development by", r"data (?:analysis )?by", r"design by", r"translated by", r"produced with"]},
        "role": {"sentence": [r"correspondents?", r"reporters?", r"editors?", r"writers?", r"staff", r"journalists?", r"columnists?", r"contributors?", r"bureau", r"chief", r"analysts?", r"producers?", r"news desk", r"desk", r"interns?", r"freelance", r"authors?", r"photographers?", r"in [\p{Lu}][\p{L}\- ]+", r"for [\p{Lu}][\p{L}\- ]+"]},
        "bio": {
            "sentence": [r"(?:is|was|has been|joined [\p{L} ]{1,40} as) (?:a|an|the|our) (?:[\p{L}\- ]{1,40} )?(?:journalist|reporter|correspondent|editor|writer|columnist|contributor|freelancer|author|photographer|producer|analyst)", r"has been (?:part of|with|at|working (?:for|at)) [\p{L}\p{N}'’ ]{1,60}(?:team|desk|staff|newsroom|since|for)", r"(?:she|he|they) (?:is|was) (?:also )?(?:the )?author of", r"(?:he|she|they) (?:now )?(?:writes|has written) (?:regularly )?for"],
        },
        "date_words": {"sentence": [r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?", r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?", r"at|on|am|pm|a\.m\.|p\.m\.|gmt|bst|utc|et|est|edt|cst|cdt|mst|mdt|pt|pst|pdt|ist|jst|aest|aedt|cet|cest|updated|published|posted|last|first|modified|today|yesterday"]},
        # A reporter's sign-off after the article: how to reach or follow the writer.
        # Read only in the tail, and only on a line holding an address (e-mail, handle, URL).
        "signoff": {
            "sentence": [
                r"(?:can|may) be (?:reached|contacted|e-?mailed) (?:at|by|on|via)",
                r"^(?:e-?mail|write to|contact|reach) (?:the )?(?:authors?|reporters?|writers?|columnists?|correspondents?)\b",
                r"^(?:e-?mail|write to|contact|reach|follow) (?!(?:the|a|an|our|us|your|this|these|that)\b)[\p{L}.'’\-]+(?: [\p{L}.'’\-]+){0,3} (?:at|on|via)\b",
                r"^(?:e-?mail|contact|reach|follow) (?:him|her|them|me) (?:at|on|via)\b",
            ],
        },
        # Press-release tails: who to call. Only after the last body paragraph.
        "contact": {"label": [r"(?:media |press )?contacts?", r"for (?:more|further) information,? (?:please )?contact", r"phone", r"tel\.?", r"telephone", r"fax", r"e-?mail", r"website"]},
        "caption": {"lead": [r"image caption,", r"media caption,"], "label": [r"pictured", r"caption", r"above", r"top", r"main picture", r"in the photo"]},
        "dateline": {"lead": [r"published(?: on)?", r"updated(?: on)?", r"posted(?: on)?", r"last (?:updated|modified)(?: on)?", r"first published(?: on)?", r"originally published(?: on)?", r"modified(?: on)?"]},
    },
    # Imperative openings: what a pitch line starts with. Used as evidence only.
    "pitch": {
        "imperative": {
            "sentence": [
                r"^(?:get|join|sign|subscribe|download|listen|watch|read|follow|share|click|tap|try|start|discover|enjoy|escape|unlock|become|support|register|learn more|find out|never miss|don['’]t miss|stay (?:informed|up to date|updated|connected)|save|claim|grab|shop|upgrade|explore|check out|sign up|log in|sign in|contact us|see more|see all|go to)\b",
            ],
        },
    },
}

PACK = LanguagePack(
    code='en',
    phrases=PHRASES,
    stopwords=tuple('the a an in on to of and or for is are by at it as be this that with from more all you your our we'.split()),
    reader_words=tuple('you your yours we our'.split()),
    reader_words_lowercase_only=tuple('us'.split()),
    polite_reader_words=None,
    name_joiners=tuple('and'.split()),
    byline_words=tuple('by'.split()),
    place_words=tuple('in from'.split()),
    platform_words=tuple('on via from'.split()),
    also_words=tuple('also'.split()),
    photo_words=tuple('photograph photo photos image picture credit illustration'.split()),
    phone_labels=tuple('tel telephone phone fax mobile t f m'.split()),
    comment_actions=tuple('reply report like'.split()),
    relative_time=(r"\d+\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago",),
    comment_says=tuple('says said'.split()),
    self_reference=("this", "the following"),
    clock_words=tuple('am pm a.m. p.m. hrs et'.split()),
    ordinal_suffixes=tuple('st nd rd th'.split()),
)
