"""Class / id / role / aria-label / data-* tokens that announce a junk container,
grouped by concept. A token must stand alone between separators ("share-bar"
matches `share`, "shared-content" does not).

Sources: the markup of news CMSs (WordPress themes and plugins, Arc, Drupal,
Piano/TinyPass, OneTrust, Usercentrics, Didomi, Disqus, Coral, Outbrain, Taboola,
Shariff), trafilatura's own discard lists in ``xpaths.py``, and German sites'
naming (``kommentare``, ``anzeige``, ``abo``).
"""

from __future__ import annotations

CONCEPTS: dict[str, tuple[str, ...]] = {
    "comments": (
        # the plural or a compound: a bare "comment" class marks one item, and live
        # tickers use it for their (article) entries
        r"comments", r"comment-(?:section|list|area|form|thread|respond|wrapper|container|block)s?", r"commentlist",
        r"disqus(?:_thread)?", r"respond", r"coral(?:-talk)?", r"fb-comments", r"talk-stream",
        r"kommentare", r"leserkommentare", r"user-comments", r"reader-comments", r"discussion-?(?:section|thread)?",
    ),
    "newsletter": (
        r"newsletters?", r"newsletter-?(?:signup|box|form|teaser|promo|widget|cta)", r"nl-(?:signup|form|box)",
        r"(?:email|e-mail)-(?:signup|capture|subscribe|optin)", r"sign-?up-?(?:box|form|widget|module)",
        r"subscribe-?(?:box|form|widget|module|cta|banner)", r"mc4wp(?:-form)?", r"mailchimp", r"optin(?:monster)?",
    ),
    "paywall": (
        r"paywall", r"pay-wall", r"regwall", r"piano(?:-(?:container|inline|paywall|offer))?", r"tp-(?:modal|backdrop|container|iframe-wrapper)",
        r"metered(?:-content|-paywall)?", r"premium-(?:banner|teaser|overlay|wall|box|barrier)", r"subscription-(?:wall|prompt|banner|box)",
        r"plus-?(?:teaser|wall|paywall)", r"abo-?(?:teaser|box|wall|hinweis|banner)", r"laterpay", r"steady-(?:paywall|checkout)",
        r"article-?locked", r"locked-content", r"register-?wall",
    ),
    "consent": (
        # not a bare "cmp": Adobe's core components ("cmp-text") and OJS ("cmp_notification") use it
        r"cookies?(?:-(?:banner|notice|consent|bar|policy|law|info|overlay|message|wall|settings))?", r"consent(?:-(?:banner|box|wall|layer|placeholder|message))?",
        r"gdpr(?:-(?:banner|consent|notice))?", r"cmp(?:box|wrapper|-?consent|-?banner|_message)", r"onetrust(?:-\w+)?", r"usercentrics",
        r"didomi(?:-\w+)?", r"qc-cmp2?(?:-\w+)?", r"sp_message(?:_container)?(?:_\d+)?", r"cookiebot", r"borlabs(?:-cookie)?", r"truste(?:-\w+)?",
        r"privacy-(?:banner|notice|overlay)", r"embed-?(?:consent|placeholder|privacy)", r"external-content-(?:consent|placeholder)",
    ),
    "related": (
        r"related(?:-(?:articles?|posts?|stories|content|links|news|reading|topics))?", r"recommend(?:ed|ations?)?(?:-\w+)?",
        r"read-?next", r"more-(?:stories|articles|news|from|on)", r"most-(?:read|popular|viewed|shared|commented)",
        r"popular(?:-posts|-articles|-stories)?", r"trending(?:-\w+)?", r"outbrain", r"taboola", r"also-read", r"further-reading",
        r"weitere-artikel", r"mehr-zum-thema", r"empfehlungen?", r"meistgelesen", r"teaser-(?:list|rail|strip)", r"you-may-(?:also-)?like",
    ),
    "social": (
        r"share(?:-(?:bar|buttons?|links?|tools?|icons?|box|this|article|menu|wrapper|container))?", r"sharing(?:-\w+)?",
        r"social(?:-(?:media|share|buttons?|links?|icons?|bar|follow|sharing|networks?))?", r"follow-us", r"addthis(?:_\w+)?",
        r"shariff", r"sharethis", r"a2a_kit", r"sociallinks",
    ),
    "promo": (
        r"ads?", r"ad-(?:slot|container|wrapper|unit|banner|label|placeholder|box|leaderboard|mpu|billboard)", r"advert(?:isement|ising)?s?",
        r"sponsor(?:ed)?(?:-\w+)?", r"promo(?:-(?:box|banner|teaser|block))?", r"dfp(?:-\w+)?", r"google-?ads?", r"adsbygoogle",
        r"banner-?ad", r"anzeigen?", r"werbung", r"app-?(?:promo|banner|teaser)", r"podcast-?(?:promo|teaser|banner)",
        r"membership-?(?:prompt|banner|ask)", r"donat(?:e|ion)-?(?:box|banner|prompt|ask)", r"contributions?-(?:epic|banner)",
    ),
    "author_bio": (
        r"author-?(?:bio|box|info|card|profile|about|details|description)", r"about-(?:the-)?author", r"bio-?box",
        r"autor(?:en)?-?(?:box|info|profil|bio)", r"byline-?bio",
    ),
}

#: Prefixes after which no token announces junk: a BEM modifier ("Section--Ads" is a
#: section that holds ads), "has-"/"with-" (what a box holds), a taxonomy slug (the
#: post's own wrapper carries its categories and tags: "category-social-media",
#: "entry-category-social_media", "tag-comments"), a script hook ("js-social-images":
#: what a script does to the element, not what it is).
NOT_AFTER_ANY: tuple[str, ...] = ("--", "has-", "with-", "category-", "tag-", "js-")

#: Prefixes that turn a concept's token into something else: a live ticker's
#: "live-match-comments" are the article.
NOT_AFTER: dict[str, str] = {"comments": r"(?<!live-)(?<!match-)(?<!ticker-)"}

#: Attributes whose values are read for tokens.
ATTRIBUTES: tuple[str, ...] = ("class", "id", "role", "aria-label", "data-component", "data-module", "data-type", "data-testid", "data-qa")
