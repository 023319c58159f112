"""One-line navigation shapes: a menu's item, a menu kept on one line, a trail of
links, a line of a page's script, a blog's links to the posts before and after it.
Shapes only (no words of any language): the related and title rules read them.
"""

from __future__ import annotations

import regex

from . import shapes


#: A menu item: one to three capitalised words, nothing else ("Sport", "Real Estate", "NEWS & NUMBERS").
_MENU_ITEM = regex.compile(r"\p{Lu}[\p{L}'’.\-]*+(?:\s+(?:\p{Lu}[\p{L}'’.\-]*+|\p{Ll}{1,3}|&)){0,2}")
MAX_MENU_ITEM_CHARS = 40


def is_menu_item(text: str) -> bool:
    """A line shaped like one entry of a site's navigation menu: at most three words, each
    capitalised but for short function words ("of", "und", "de") and "&", no digit, no
    punctuation after it. Scripts without case are never menu items."""
    text = text.strip()
    return len(text) <= MAX_MENU_ITEM_CHARS and _MENU_ITEM.fullmatch(text) is not None and not text.endswith(".")


#: What parts the items of a menu on one line: bars, bullets, guillemets, and tabs.
_MENU_BARS = "|•·»›"
MENU_SEPARATORS = _MENU_BARS + "\t"
# a bar may be escaped inside a table cell ("\|", as trafilatura writes it)
_MENU_SEPARATOR = regex.compile(rf"[ \xa0]*+(?:\\?[{regex.escape(_MENU_BARS)}]|\t)\s*+")
#: Any of them (a document with none has no menu line).
MENU_SEPARATOR_CHAR = regex.compile(f"[{regex.escape(MENU_SEPARATORS)}]")
#: Longest line read as a menu (a paragraph is not one: the test skips it unread).
MAX_MENU_LINE_CHARS = 400
#: Items a one-line menu has at least ("Home | News | Sport | Weather").
MIN_MENU_LINE_ITEMS = 4


def is_menu_line(text: str) -> bool:
    """A site's menu kept on one line: MIN_MENU_LINE_ITEMS or more menu items parted by
    bars, tabs or bullets, nothing else ("Home | UK | Business | Audio | Search").
    Three items may be a sentence's list or a table's header; a row with a cell of
    text or a number is no menu."""
    if len(text) > MAX_MENU_LINE_CHARS or MENU_SEPARATOR_CHAR.search(text) is None:
        return False
    items = [item for item in _MENU_SEPARATOR.split(text) if item]
    return len(items) >= MIN_MENU_LINE_ITEMS and all(is_menu_item(item) for item in items)


#: What parts a menu on one line as no headline's kicker does: bars and tabs (bullets
#: and guillemets part headlines too: "Mode d'emploi · Grève SNCF · Ce qui change").
_BAR = regex.compile(r"[ \xa0]*+(?:\\?\||\t)\s*+")
#: A trail of links to where the page sits ("Home > News > World"); "»" counts only in a
#: line with no "«" (French quotes stand between spaces).
_TRAIL = regex.compile(r"\s[>›]\s")
_TRAIL_GUILLEMET = regex.compile(r"\s»\s")
#: What a script's text holds and a headline does not ("print()" and "E=mc²" do not count).
_CODE_MARKS = regex.compile(r"[{}]|\)\)")


def is_navigation_or_code(text: str) -> bool:
    """A line that is no headline, whatever its words: three parts or more between
    bars or tabs ("Home | Celebs | Gossip", "Log in | Register | Subscribe"), a trail of
    two steps or more ("You are here: Site > Management > IT Pro"), or script text
    ("0)) { document.getElementById(…"). One bar is a headline's own ("Update |
    Crash victims named")."""
    if sum(1 for part in _BAR.split(text) if part.strip()) >= 3:
        return True
    steps = len(_TRAIL.findall(text)) + (0 if "«" in text else len(_TRAIL_GUILLEMET.findall(text)))
    return steps >= 2 or _CODE_MARKS.search(text) is not None


#: What opens a blog's line of links to the posts before and after it, and what may close
#: it: a guillemet or an arrow closes the line only at its end ("« Grève | Mode d'emploi »
#: : la CGT …" is a quote, "<< EOF | grep" code).
_NAV_ARROWS = {"«": "»", "‹": "›", "←": "→", "<<": ">>"}
_NAV_BAR = regex.compile(r"\s+\\?\|+\s*|\s*\\?\|+\s+")
#: Words a part of such a line has at most (a post's title, not a paragraph).
MAX_NAV_PART_WORDS = 25


def is_post_navigation(text: str) -> bool:
    """A blog's links to the posts before and after it, on one line ("« Older post's
    title | Main | Newer post's title »"): a back arrow opens it, its closing arrow
    stands nowhere but at the end (a quote in guillemets closes inside the line), and
    bars part it into two or more titles, none longer than a headline. "<<" needs its
    ">>" at the end."""
    text = text.strip()
    opener = next((a for a in _NAV_ARROWS if text.startswith(a)), None)
    if opener is None or len(text) > MAX_MENU_LINE_CHARS:
        return False
    closer = _NAV_ARROWS[opener]
    if closer in text[len(opener):len(text) - len(closer)] or opener == "<<" and not text.endswith(closer):
        return False
    parts = [part for part in _NAV_BAR.split(text) if part.strip()]
    return (len(parts) >= 2 and all(shapes.word_count(part) <= MAX_NAV_PART_WORDS for part in parts)
            and any(ch.isalpha() for ch in text))
